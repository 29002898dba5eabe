#include "core/directory/Dn.h"

#include <QTest>

using namespace sa::core;

class TestDn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("organization") << QStringLiteral("/o=NORTHWIND");
        QTest::newRow("site") << QStringLiteral("/o=NORTHWIND/ou=SEATTLE");
        QTest::newRow("mailbox") << QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients/cn=NancyD");
        QTest::newRow("server") << QStringLiteral(
            "/o=NORTHWIND/ou=SEATTLE/cn=Configuration/cn=Servers/cn=X1");
        QTest::newRow("spaces") << QStringLiteral(
            "/o=NORTHWIND/ou=SEATTLE/cn=Configuration/cn=Directory Replication");
        QTest::newRow("escaped slash") << QStringLiteral("/o=NW/ou=S/cn=Recipients/cn=a\\/b");
        QTest::newRow("escaped equals") << QStringLiteral("/o=NW/ou=S/cn=Recipients/cn=a\\=b");
        QTest::newRow("escaped backslash") << QStringLiteral("/o=NW/ou=S/cn=Recipients/cn=a\\\\b");
        QTest::newRow("dollar") << QStringLiteral("/o=NW/ou=S/cn=MSMail Recipients/cn=$SYSTEM");
    }
    void roundTrip()
    {
        QFETCH(QString, text);
        const auto dn = Dn::parse(text);
        QVERIFY2(dn.ok(), qPrintable(dn.error().message()));
        QCOMPARE(dn->toString(), text);
        const auto again = Dn::parse(dn->toString());
        QVERIFY(again.ok());
        QCOMPARE(again.value(), dn.value());
    }

    void componentsAndNavigation()
    {
        const Dn dn = Dn::parse(QStringLiteral("/o=NW/ou=SEATTLE/cn=Recipients/cn=a\\/b")).value();
        QCOMPARE(dn.depth(), 4);
        QCOMPARE(dn.rdn().value, QStringLiteral("a/b"));
        QCOMPARE(dn.parent().toString(), QStringLiteral("/o=NW/ou=SEATTLE/cn=Recipients"));
        QCOMPARE(dn.parent().child(QStringLiteral("cn"), QStringLiteral("x=y")).toString(),
                 QStringLiteral("/o=NW/ou=SEATTLE/cn=Recipients/cn=x\\=y"));
        QVERIFY(dn.isWithin(Dn::parse(QStringLiteral("/o=nw/OU=seattle")).value()));
        QVERIFY(!dn.isWithin(Dn::parse(QStringLiteral("/o=NW/ou=LONDON")).value()));
    }

    void caseInsensitive()
    {
        const Dn a = Dn::parse(QStringLiteral("/o=NW/ou=SEATTLE/cn=Recipients")).value();
        const Dn b = Dn::parse(QStringLiteral("/O=nw/OU=Seattle/CN=recipients")).value();
        QCOMPARE(a, b);
        QCOMPARE(a.key(), b.key());
        QCOMPARE(b.toString(), QStringLiteral("/o=nw/ou=Seattle/cn=recipients")); // types lower-case
    }

    void whitespaceAroundComponents()
    {
        QCOMPARE(Dn::parse(QStringLiteral("  /o=NW/ou=S ")).value().toString(), QStringLiteral("/o=NW/ou=S"));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QStringLiteral("it is empty");
        QTest::newRow("no slash") << QStringLiteral("o=NW") << QStringLiteral("must start with /o=");
        QTest::newRow("no equals") << QStringLiteral("/o=NW/Recipients") << QStringLiteral("has no '='");
        QTest::newRow("unknown type")
            << QStringLiteral("/o=NW/dc=x") << QStringLiteral("unknown component type");
        QTest::newRow("empty value") << QStringLiteral("/o=NW/cn=") << QStringLiteral("has no value");
        QTest::newRow("starts with cn") << QStringLiteral("/cn=x") << QStringLiteral("must start with /o=");
        QTest::newRow("second o") << QStringLiteral("/o=NW/o=X") << QStringLiteral("o= may only come first");
        QTest::newRow("ou deep") << QStringLiteral("/o=NW/cn=a/ou=b") << QStringLiteral("ou= (the site)");
        QTest::newRow("trailing slash") << QStringLiteral("/o=NW/") << QStringLiteral("has no '='");
        QTest::newRow("lone backslash") << QStringLiteral("/o=NW\\") << QStringLiteral("lone '\\'");
    }
    void malformed()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto dn = Dn::parse(text);
        QVERIFY(!dn.ok());
        QCOMPARE(dn.error().code(), ErrorCode::InvalidArgument);
        QVERIFY2(dn.error().message().contains(expected), qPrintable(dn.error().message()));
        QVERIFY(dn.error().message().startsWith(QStringLiteral("malformed DN")));
    }
};

QTEST_GUILESS_MAIN(TestDn)
#include "tst_dn.moc"
