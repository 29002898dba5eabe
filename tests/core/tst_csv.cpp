#include "core/common/CsvReader.h"
#include "core/directory/DirectoryExporter.h"
#include "core/directory/DirectoryImporter.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sa::core;

namespace {
const QString Org = QStringLiteral("NW");
const QString Site = QStringLiteral("SEATTLE");
const QByteArray Header =
    "Obj-Class,Mode,Common-Name,Display-Name,Mail-Nickname,Target-Address,Proxy-Addresses,Members\r\n";
} // namespace

/// Directory Import and Export: the CSV reader, a round trip of 1,000 recipients, and every bad
/// input refused with its line and column and nothing written.
class TestCsv : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DirectoryStore> m_store;

    Dn recipients() const { return SiteBuilder::recipientsDn(Org, Site); }
    std::unique_ptr<DirectoryStore> newOrganization(const QString& name)
    {
        auto org = Organization::create(m_dir->filePath(name), Org, Site, QStringLiteral("X1"));
        if (!org)
            return nullptr;
        return std::move(DirectoryStore::open(org->sitePath(Site))).value();
    }
    QByteArray exportAll(DirectoryStore& store)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        DirectoryExporter::Options options;
        options.container = recipients();
        options.subcontainers = true;
        auto n = DirectoryExporter::exportTo(store, options, buffer);
        if (!n)
            qWarning() << n.error().message();
        return buffer.data();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = newOrganization(QStringLiteral("a"));
        QVERIFY(m_store);
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void readerFollowsRfc4180()
    {
        const QByteArray text = "\xEF\xBB\xBF"
                                "a,b,c\r\n"
                                "1,\"two, with comma\",\"say \"\"hi\"\"\"\n"
                                "\"multi\nline\",,\"\"\r\n"
                                "\n"
                                "last,row,here";
        const auto r = CsvReader::parse(text);
        QVERIFY(!r.problem);
        QCOMPARE(r.rows.size(), 4);
        QCOMPARE(r.rows.at(0).fields,
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(r.rows.at(1).fields.at(1), QStringLiteral("two, with comma"));
        QCOMPARE(r.rows.at(1).fields.at(2), QStringLiteral("say \"hi\""));
        QCOMPARE(r.rows.at(2).fields.at(0), QStringLiteral("multi\nline"));
        QCOMPARE(r.rows.at(2).line, 3);
        QCOMPARE(r.rows.at(3).line, 6);
        QCOMPARE(r.rows.at(3).fields.at(2), QStringLiteral("here"));
    }

    void readerProblems_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unclosed") << QByteArray("a,b\n1,\"open\n2,3\n") << 2 << 2 << "not closed";
        QTest::newRow("after quote") << QByteArray("a,b\n\"x\"y,2\n") << 2 << 1 << "after the closing quote";
        QTest::newRow("quote inside") << QByteArray("a,b\n1,x\"y\n") << 2 << 2 << "quote inside";
        QTest::newRow("utf8") << QByteArray("a,b\nok,bad\xff\n") << 2 << 2 << "not UTF-8";
    }
    void readerProblems()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, reason);
        const auto r = CsvReader::parse(text);
        QVERIFY(r.problem);
        QCOMPARE(r.problem->line, line);
        QCOMPARE(r.problem->column, column);
        QVERIFY2(r.problem->reason.english().contains(reason), qPrintable(r.problem->reason.english()));
    }

    void roundTripOfAThousandRecipients()
    {
        // 900 mailboxes, 60 custom recipients (some hidden), 40 lists whose members come later in the
        // file than the lists themselves (they sort before "User ..."), in two containers.
        ChangeSet c;
        const Dn sub = recipients().child(QStringLiteral("cn"), QStringLiteral("Partners"));
        c.create(QStringLiteral("recipients-container"), recipients(),
                 {{attr::DisplayName, {QStringLiteral("Partners")}}}, QStringLiteral("Partners"));
        for (int i = 0; i < 900; ++i) {
            c.create(QStringLiteral("mailbox"), recipients(),
                     {{attr::MailNickname, {QStringLiteral("u%1").arg(i)}},
                      {attr::DisplayName, {QStringLiteral("User %1, \"Q\"").arg(i, 4, 10, QLatin1Char('0'))}},
                      {attr::GivenName, {QStringLiteral("Given%1").arg(i)}},
                      {attr::Title, {i % 3 ? QStringLiteral("Clerk") : QStringLiteral("Manager, Sales")}},
                      {attr::extensionAttribute(3), {QStringLiteral("100%% sure")}}});
        }
        for (int i = 0; i < 60; ++i) {
            c.create(
                QStringLiteral("custom-recipient"), sub,
                {{attr::MailNickname, {QStringLiteral("cr%1").arg(i)}},
                 {attr::DisplayName, {QStringLiteral("Partner %1").arg(i)}},
                 {attr::TargetAddress, {QStringLiteral("MS:PARTNER/PO%1/USER%1").arg(i)}},
                 {attr::HideFromAddressBook, {i % 2 ? QStringLiteral("TRUE") : QStringLiteral("FALSE")}}});
        }
        for (int i = 0; i < 40; ++i) {
            c.create(QStringLiteral("distribution-list"), recipients(),
                     {{attr::MailNickname, {QStringLiteral("dl%1").arg(i)}},
                      {attr::DisplayName, {QStringLiteral("A List %1").arg(i)}},
                      {attr::Member,
                       {recipients().child(QStringLiteral("cn"), QStringLiteral("u%1").arg(i)).toString(),
                        sub.child(QStringLiteral("cn"), QStringLiteral("cr%1").arg(i)).toString()}}});
        }
        QVERIFY(m_store->commit(c).ok());
        const QByteArray first = exportAll(*m_store);
        QCOMPARE(first.count("\r\n"), 1 + 1000);

        auto empty = newOrganization(QStringLiteral("b"));
        ChangeSet partners;
        partners.create(QStringLiteral("recipients-container"), recipients(),
                        {{attr::DisplayName, {QStringLiteral("Partners")}}}, QStringLiteral("Partners"));
        QVERIFY(empty->commit(partners).ok());
        const auto report = DirectoryImporter::importBytes(*empty, first, recipients());
        QVERIFY2(report.ok(), qPrintable(report.lines(QStringLiteral("file")).join(QLatin1Char('\n'))));
        QCOMPARE(report.created, 1000);
        QCOMPARE(exportAll(*empty), first);
        QCOMPARE(empty->object(recipients().child(QStringLiteral("cn"), QStringLiteral("u5")))
                     ->value(attr::extensionAttribute(3)),
                 QStringLiteral("100%% sure"));
    }

    void modifyDeleteAndClear()
    {
        const QByteArray create = Header + "Mailbox,,ann,Ann Lee,ann,,,\r\n"
                                           "Mailbox,,bob,Bob Ray,bob,,smtp:bob@old.example,\r\n"
                                           "Dist-List,,team,Team,team,,,/o=NW/ou=SEATTLE/cn=Recipients/"
                                           "cn=ann%/o=NW/ou=SEATTLE/cn=Recipients/cn=bob\r\n";
        QVERIFY(DirectoryImporter::importBytes(*m_store, create, recipients()).ok());
        const QByteArray change = Header + "Mailbox,Modify,ann,Ann Lee-Smith,,,,\r\n"
                                           "Mailbox,Modify,bob,,,,~DEL,\r\n"
                                           "Mailbox,Delete,ann,,,,,\r\n";
        const auto report = DirectoryImporter::importBytes(*m_store, change, recipients());
        QVERIFY2(report.ok(), qPrintable(report.lines(QStringLiteral("f")).join(QLatin1Char('\n'))));
        QCOMPARE(report.modified, 2);
        QCOMPARE(report.deleted, 1);
        QVERIFY(!m_store->object(recipients().child(QStringLiteral("cn"), QStringLiteral("ann"))).ok());
        const auto bob =
            m_store->object(recipients().child(QStringLiteral("cn"), QStringLiteral("bob"))).value();
        QVERIFY(!bob.valuesOf(attr::ProxyAddresses).contains(QStringLiteral("smtp:bob@old.example")));
        // The deleted member left the list too.
        QCOMPARE(m_store->object(recipients().child(QStringLiteral("cn"), QStringLiteral("team")))
                     ->valuesOf(attr::Member),
                 QStringList{bob.dn.toString()});
    }

    void badInputIsRefusedWithLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown class") << Header + "Printer,,p1,P1,p1,,,\r\n"
                                       << 2 << 1 << "unknown class \"Printer\"";
        QTest::newRow("unknown attribute") << QByteArray("Obj-Class,Shoe-Size\r\nMailbox,42\r\n") << 1 << 2
                                           << "unknown attribute \"Shoe-Size\"";
        QTest::newRow("missing required") << Header + "Remote,,r1,R1,r1,,,\r\n"
                                          << 2 << 6 << "Target-Address is required";
        QTest::newRow("duplicate alias in file")
            << Header + "Mailbox,,a1,A1,same,,,\r\nMailbox,,a2,A2,same,,,\r\n"
            << 3 << 5 << "the alias \"same\" is already used by A1";
        QTest::newRow("duplicate alias in store") << Header + "Mailbox,,x,Existing Again,existing,,,\r\n"
                                                  << 2 << 5 << "already used by Existing One";
        QTest::newRow("bad ms address") << Header + "Remote,,r2,R2,r2,MS:NET/TOOLONGPOSTO/X,,\r\n"
                                        << 2 << 6 << "the postoffice name \"TOOLONGPOSTO\" is longer than 10";
        QTest::newRow("bad smtp address") << Header + "Mailbox,,m2,M2,m2,,SMTP:no-at-sign,\r\n"
                                          << 2 << 7 << "name@domain";
        QTest::newRow("bad x400 address") << Header + "Remote,,r3,R3,r3,X400:p=X;s=Y;,,\r\n"
                                          << 2 << 6 << "needs c=";
        QTest::newRow("unknown mode") << Header + "Mailbox,Replace,m3,M3,m3,,,\r\n"
                                      << 2 << 2 << "unknown mode \"Replace\"";
        QTest::newRow("broken quoting") << Header + "Mailbox,,m4,\"M4,m4,,,\r\n" << 2 << 4 << "not closed";
        QTest::newRow("invalid utf8") << Header + "Mailbox,,m5,M\xc3\x28,m5,,,\r\n" << 2 << 4 << "not UTF-8";
        QTest::newRow("empty file") << QByteArray() << 1 << 1 << "the file is empty";
        QTest::newRow("header only") << Header << 2 << 1 << "no rows after its header";
        QTest::newRow("short row") << Header + "Mailbox,,m6\r\n" << 2 << 4 << "the row has 3 fields";
        QTest::newRow("unknown member")
            << Header + "Dist-List,,l1,L1,l1,,,/o=NW/ou=SEATTLE/cn=Recipients/cn=ghost\r\n"
            << 2 << 8 << "Member: no object";
    }
    void badInputIsRefusedWithLineAndColumn()
    {
        QFETCH(QByteArray, file);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, reason);
        ChangeSet existing;
        existing.create(QStringLiteral("mailbox"), recipients(),
                        {{attr::MailNickname, {QStringLiteral("existing")}},
                         {attr::DisplayName, {QStringLiteral("Existing One")}}});
        QVERIFY(m_store->commit(existing).ok());
        // A good row before the bad one: it must not be written either.
        QByteArray withGood = file;
        if (file.startsWith(Header) && file.size() > Header.size())
            withGood.insert(Header.size(), "Mailbox,,good,Good Row,good,,,\r\n");
        const int shift = withGood.size() != file.size() && line > 1 ? 1 : 0;
        const QString before = sa::test::databaseDigest(m_store->path());
        const auto report = DirectoryImporter::importBytes(*m_store, withGood, recipients());
        QVERIFY(!report.ok());
        QCOMPARE(report.created, 0);
        const CsvProblem p = report.problems.first();
        QCOMPARE(p.line, line + shift);
        QCOMPARE(p.column, column);
        QVERIFY2(p.reason.english().contains(reason), qPrintable(p.reason.english()));
        QCOMPARE(sa::test::databaseDigest(m_store->path()), before);
        QVERIFY(!m_store->object(recipients().child(QStringLiteral("cn"), QStringLiteral("good"))).ok());
    }

    void everyBadRowIsReported()
    {
        const QByteArray file =
            Header + "Printer,,p,P,p,,,\r\nMailbox,,ok,OK,ok,,,\r\nMailbox,Nope,n,N,n,,,\r\n";
        const auto report = DirectoryImporter::importBytes(*m_store, file, recipients());
        QCOMPARE(report.problems.size(), 2);
        QCOMPARE(report.lines(QStringLiteral("in.csv")).first(),
                 QStringLiteral("in.csv:2:1: unknown class \"Printer\" (use mailbox, dl or remote)"));
    }

    void cancelWritesNothing()
    {
        QByteArray file = Header;
        for (int i = 0; i < 500; ++i)
            file += QStringLiteral("Mailbox,,c%1,C %1,c%1,,,\r\n").arg(i).toUtf8();
        std::atomic_bool cancel{false};
        const QString before = sa::test::databaseDigest(m_store->path());
        int seen = 0;
        const auto report = DirectoryImporter::importBytes(
            *m_store, file, recipients(),
            [&](int done, int) {
                seen = done;
                if (done >= 200)
                    cancel = true;
            },
            &cancel);
        QVERIFY(report.cancelled);
        QVERIFY(seen >= 200);
        QCOMPARE(sa::test::databaseDigest(m_store->path()), before);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
