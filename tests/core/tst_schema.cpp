#include "core/directory/Schema.h"

#include <QTest>

using namespace sa::core;

class TestSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classesOfTheIssue()
    {
        const Schema& s = Schema::instance();
        for (const char* name :
             {"organization", "site", "configuration", "servers", "server", "directory-service",
              "directory-synchronization", "message-transfer-agent", "system-attendant",
              "recipients-container", "mailbox", "distribution-list", "custom-recipient"}) {
            QVERIFY2(s.findClass(QString::fromLatin1(name)), name);
        }
        QCOMPARE(s.findClass(QStringLiteral("MAILBOX"))->name, QStringLiteral("mailbox"));
        QCOMPARE(s.findClass(QStringLiteral("Remote-Address"))->name, QStringLiteral("custom-recipient"));
        QVERIFY(!s.findClass(QStringLiteral("printer")));
    }

    void attributesOfTheIssue()
    {
        const Schema& s = Schema::instance();
        for (const char* name : {"Obj-Class",        "Common-Name",
                                 "Display-Name",     "Mail-Nickname",
                                 "Given-Name",       "Surname",
                                 "Initials",         "Title",
                                 "Company",          "Department",
                                 "Telephone-Number", "Target-Address",
                                 "Proxy-Addresses",  "Hide-From-Address-Book",
                                 "Trust-Level",      "Imported-From",
                                 "Admin-Note",       "USN-Created",
                                 "USN-Changed",      "When-Created",
                                 "When-Changed"}) {
            QVERIFY2(s.findAttribute(QString::fromLatin1(name)), name);
        }
        QVERIFY(s.findAttribute(QStringLiteral("proxy-addresses"))->multiValued);
        QVERIFY(!s.findAttribute(QStringLiteral("Display-Name"))->multiValued);
        QVERIFY(s.findAttribute(QStringLiteral("USN-Changed"))->system);
    }

    void requiredAndAllowed()
    {
        const Schema& s = Schema::instance();
        const ClassDef& mailbox = *s.findClass(QStringLiteral("mailbox"));
        QVERIFY(s.isRequired(mailbox, QStringLiteral("Display-Name")));
        QVERIFY(s.isRequired(mailbox, QStringLiteral("Mail-Nickname")));
        QVERIFY(!s.allows(mailbox, QStringLiteral("Target-Address")));
        const ClassDef& custom = *s.findClass(QStringLiteral("custom-recipient"));
        QVERIFY(s.isRequired(custom, QStringLiteral("Target-Address")));
        QVERIFY(s.allows(custom, QStringLiteral("Imported-From")));
        QVERIFY(s.allowedAttributes(mailbox).contains(QStringLiteral("USN-Changed")));
        QVERIFY(s.findClass(QStringLiteral("recipients-container"))
                    ->possibleSuperiors.contains(QStringLiteral("site")));
    }

    void normalize_data()
    {
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("output"); // canonical value, or a piece of the error
        QTest::newRow("bool yes") << "Hide-From-Address-Book"
                                  << "yes" << true << "TRUE";
        QTest::newRow("bool 0") << "Hide-From-Address-Book"
                                << "0" << true << "FALSE";
        QTest::newRow("bool bad") << "Hide-From-Address-Book"
                                  << "maybe" << false << "use TRUE or FALSE";
        QTest::newRow("int") << "Trust-Level"
                             << " 20 " << true << "20";
        QTest::newRow("int range") << "Trust-Level"
                                   << "101" << false << "from 0 to 100";
        QTest::newRow("int text") << "Trust-Level"
                                  << "ten" << false << "not a whole number";
        QTest::newRow("alias") << "Mail-Nickname"
                               << "NancyD" << true << "NancyD";
        QTest::newRow("alias space") << "Mail-Nickname"
                                     << "Nancy D" << false << "space";
        QTest::newRow("alias at") << "Mail-Nickname"
                                  << "n@d" << false << "'@'";
        QTest::newRow("alias long") << "Mail-Nickname" << QString(65, QLatin1Char('a')) << false
                                    << "longer than 64";
        QTest::newRow("proxy") << "Proxy-Addresses"
                               << "SMTP:a@b.example" << true << "SMTP:a@b.example";
        QTest::newRow("proxy no type") << "Proxy-Addresses"
                                       << "a@b.example" << false << "TYPE:address";
        QTest::newRow("target") << "Target-Address"
                                << "MS:NWNET/PO2/$system" << true << "MS:NWNET/PO2/$system";
        QTest::newRow("string long") << "Initials"
                                     << "ABCDEFG" << false << "longer than 6";
        QTest::newRow("string newline") << "Title"
                                        << "a\nb" << false << "line breaks";
        QTest::newRow("string") << "Display-Name"
                                << "Nancy Davolio" << true << "Nancy Davolio";
    }
    void normalize()
    {
        QFETCH(QString, attribute);
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, output);
        const Schema& s = Schema::instance();
        const auto r = s.normalizeValue(*s.findAttribute(attribute), input);
        QCOMPARE(r.ok(), valid);
        if (valid) {
            QCOMPARE(r.value(), output);
        } else {
            QVERIFY2(r.error().message().contains(output), qPrintable(r.error().message()));
            QVERIFY2(r.error().message().startsWith(attribute), qPrintable(r.error().message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
