#include "core/common/Csv.h"
#include "core/common/CsvReader.h"
#include "core/directory/ChangeSet.h"
#include "core/directory/DirectoryExporter.h"
#include "core/directory/DirectoryImporter.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/host/DemoOrganization.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sa::core;

/// Directory Import's modes as the original's (issue 15, finding 5): an empty Mode is Update
/// (create when missing, change when present), and Update, Create, Modify and Delete are accepted.
/// The administrator's bulk edit works: export 1,000 recipients, change 100 cells in a spreadsheet,
/// import again: exactly those attributes change, each changed object's USN moves once, every other
/// object stays as it was. A '%' inside a value travels as "%%"; an empty value between separators
/// is refused with its line and column, and nothing is written.
class TestImportUpdate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<DirectoryStore> m_store;
    Dn m_recipients;

    QByteArray exported()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        DirectoryExporter::Options options;
        options.container = m_recipients;
        options.classes = {QStringLiteral("mailbox")};
        auto n = DirectoryExporter::exportTo(*m_store, options, buffer);
        if (!n)
            qWarning("%s", qPrintable(n.error().message()));
        return buffer.data();
    }
    static QByteArray write(const QList<CsvRow>& rows)
    {
        QByteArray out;
        for (const CsvRow& r : rows)
            out += Csv::line(r.fields);
        return out;
    }
    /// usn_changed of every object in Recipients, by DN key.
    QHash<QString, qint64> usns() const
    {
        QHash<QString, qint64> out;
        auto q = m_store->connection().exec(QStringLiteral("SELECT dn_key, usn_changed FROM objects"));
        while (q.value().next())
            out.insert(q.value().value(0).toString(), q.value().value(1).toLongLong());
        return out;
    }
    int changeLogRows(const QString& dnKey, qint64 after) const
    {
        return m_store->connection()
            .scalar(QStringLiteral("SELECT count(*) FROM change_log c JOIN objects o ON o.id = c.object_id"
                                   " WHERE o.dn_key = ? AND c.usn > ?"),
                    {dnKey, after})
            ->toInt();
    }

private Q_SLOTS:
    void init()
    {
        m_store = sa::test::freshDemoSeattle(m_dir);
        QVERIFY(m_store);
        m_recipients = SiteBuilder::recipientsDn(QStringLiteral("NORTHWIND"), QStringLiteral("SEATTLE"));
    }
    void cleanup() { m_store.reset(); }

    void exportEditImportChangesExactlyTheEditedCells()
    {
        ChangeSet many;
        for (int i = 0; i < 1000; ++i)
            many.create(
                QStringLiteral("mailbox"), m_recipients,
                {{attr::DisplayName, {QStringLiteral("Bulk Person %1").arg(i, 4, 10, QLatin1Char('0'))}},
                 {attr::MailNickname, {QStringLiteral("Bulk%1").arg(i)}},
                 {attr::Title, {QStringLiteral("Clerk")}},
                 {attr::Department, {QStringLiteral("Sales")}}});
        QVERIFY(m_store->commit(many).ok());

        const CsvReader::Result csv = CsvReader::parse(exported());
        QVERIFY(!csv.problem);
        QList<CsvRow> rows = csv.rows;
        QVERIFY(rows.size() > 1000);
        const QStringList header = rows.first().fields;
        QVERIFY2(!header.contains(QStringLiteral("Mode")), "the export has no Mode: an empty Mode is Update");
        const int title = int(header.indexOf(attr::Title));
        const int department = int(header.indexOf(attr::Department));
        const int cn = int(header.indexOf(QStringLiteral("Common-Name")));
        QVERIFY(title >= 0 && department >= 0 && cn >= 0);
        // 100 cells: Title of rows 1..60, Department of rows 41..80 (rows 41..60 get both).
        QMap<QString, QMap<QString, QString>> edited; // Common-Name -> attribute -> new value
        QMap<QString, QStringList> original;          // Common-Name -> {Title, Department} before
        for (int r = 1; r <= 80; ++r)
            original.insert(rows[r].fields[cn], {rows[r].fields[title], rows[r].fields[department]});
        for (int r = 1; r <= 60; ++r) {
            rows[r].fields[title] = QStringLiteral("Manager %1").arg(r);
            edited[rows[r].fields[cn]][attr::Title] = rows[r].fields[title];
        }
        for (int r = 41; r <= 80; ++r) {
            rows[r].fields[department] = QStringLiteral("Dept %1").arg(r);
            edited[rows[r].fields[cn]][attr::Department] = rows[r].fields[department];
        }
        QCOMPARE(edited.size(), 80);
        const QHash<QString, qint64> before = usns();
        const qint64 highest = m_store->highestUsn();

        const DirectoryImporter::Report report =
            DirectoryImporter::importBytes(*m_store, write(rows), m_recipients);
        QVERIFY2(report.ok(), qPrintable(report.lines(QStringLiteral("edited.csv")).join(QLatin1Char('\n'))));
        QCOMPARE(report.created, 0);
        QCOMPARE(report.modified, 80);
        QCOMPARE(report.unchanged, int(rows.size()) - 1 - 80);
        QCOMPARE(report.deleted, 0);
        QCOMPARE(m_store->highestUsn(), highest + 80); // one USN per changed object, no more

        const QHash<QString, qint64> after = usns();
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const auto dn = Dn::parse(it.key());
            const QString name = dn ? dn->rdn().value : QString();
            bool wasEdited = false;
            for (auto e = edited.cbegin(); e != edited.cend(); ++e)
                wasEdited = wasEdited || e.key().compare(name, Qt::CaseInsensitive) == 0;
            if (!wasEdited) {
                QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
                continue;
            }
            QVERIFY(after.value(it.key()) > highest);
            QCOMPARE(changeLogRows(it.key(), highest), 1);
        }
        for (auto e = edited.cbegin(); e != edited.cend(); ++e) {
            auto o = m_store->object(m_recipients.child(QStringLiteral("cn"), e.key()));
            QVERIFY(o.ok());
            for (auto v = e.value().cbegin(); v != e.value().cend(); ++v)
                QCOMPARE(o->value(v.key()), v.value());
            if (!e.value().contains(attr::Title))
                QCOMPARE(o->value(attr::Title), original.value(e.key()).at(0));
            if (!e.value().contains(attr::Department))
                QCOMPARE(o->value(attr::Department), original.value(e.key()).at(1));
        }
        // The same file again changes nothing at all.
        const DirectoryImporter::Report again =
            DirectoryImporter::importBytes(*m_store, write(rows), m_recipients);
        QVERIFY(again.ok());
        QCOMPARE(again.modified, 0);
        QCOMPARE(m_store->highestUsn(), highest + 80);
    }

    void theModesAreTheOriginals()
    {
        const QString container = m_recipients.toString();
        const QByteArray file =
            QStringLiteral("Mode,Obj-Class,Obj-Container,Common-Name,Display-Name,Mail-Nickname,Title\r\n"
                           ",Mailbox,%1,NewOne,New One,NewOne,Clerk\r\n"
                           "Update,Mailbox,%1,NewTwo,New Two,NewTwo,Clerk\r\n"
                           "Create,Mailbox,%1,NewThree,New Three,NewThree,Clerk\r\n")
                .arg(container)
                .toUtf8();
        auto r = DirectoryImporter::importBytes(*m_store, file, Dn());
        QVERIFY2(r.ok(), qPrintable(r.lines(QStringLiteral("f")).join('\n')));
        QCOMPARE(r.created, 3);
        // Blank and Update change what exists; Create refuses it; Modify needs it to exist.
        const QByteArray second = QStringLiteral("Mode,Obj-Class,Obj-Container,Common-Name,Title\r\n"
                                                 ",Mailbox,%1,NewOne,Boss\r\n"
                                                 "update,Mailbox,%1,NewTwo,Boss\r\n")
                                      .arg(container)
                                      .toUtf8();
        r = DirectoryImporter::importBytes(*m_store, second, Dn());
        QVERIFY(r.ok());
        QCOMPARE(r.modified, 2);
        QCOMPARE(r.created, 0);
        QCOMPARE(m_store->object(m_recipients.child(QStringLiteral("cn"), QStringLiteral("NewOne")))
                     ->value(attr::Title),
                 QStringLiteral("Boss"));
        const qint64 usn = m_store->highestUsn();
        for (const auto& [row, expected] :
             {std::pair{QStringLiteral("Create,Mailbox,%1,NewThree,Boss"), QStringLiteral("already")},
              std::pair{QStringLiteral("Modify,Mailbox,%1,Nobody,Boss"), QStringLiteral("no object")},
              std::pair{
                  QStringLiteral("Replace,Mailbox,%1,NewOne,Boss"),
                  QStringLiteral(
                      "unknown mode \"Replace\" (use Update, Create, Modify or Delete; empty is Update)")}}) {
            const QByteArray bad = (QStringLiteral("Mode,Obj-Class,Obj-Container,Common-Name,Title\r\n") +
                                    row.arg(container) + QStringLiteral("\r\n"))
                                       .toUtf8();
            r = DirectoryImporter::importBytes(*m_store, bad, Dn());
            QVERIFY(!r.ok());
            QCOMPARE(r.problems.size(), 1);
            QCOMPARE(r.problems.first().line, 2);
            QVERIFY2(r.problems.first().reason.english().contains(expected),
                     qPrintable(r.problems.first().reason.english()));
            QCOMPARE(m_store->highestUsn(), usn); // nothing written
        }
    }

    void aRowWithPlainValuesAndAReferenceTakesOneUsn()
    {
        // The importer writes references in a second pass (every row's object exists by then); a
        // row's change is still one change: one USN per object, whether made or changed.
        const QString container = m_recipients.toString();
        const QString boss = m_recipients.child(QStringLiteral("cn"), QStringLiteral("BossOne")).toString();
        const QByteArray file =
            QStringLiteral("Obj-Class,Obj-Container,Common-Name,Display-Name,Mail-Nickname,Title,Manager\r\n"
                           "Mailbox,%1,BossOne,Boss One,BossOne,Chief,\r\n"
                           "Mailbox,%1,BossTwo,Boss Two,BossTwo,Chief,\r\n"
                           "Mailbox,%1,Worker,Worker Bee,Worker,Clerk,\"%2\"\r\n")
                .arg(container, boss)
                .toUtf8();
        qint64 highest = m_store->highestUsn();
        auto r = DirectoryImporter::importBytes(*m_store, file, Dn());
        QVERIFY2(r.ok(), qPrintable(r.lines(QStringLiteral("f")).join('\n')));
        QCOMPARE(r.created, 3);
        QCOMPARE(m_store->highestUsn(), highest + 3);
        const Dn worker = m_recipients.child(QStringLiteral("cn"), QStringLiteral("Worker"));
        auto made = m_store->object(worker);
        QCOMPARE(made->value(attr::Manager).compare(boss, Qt::CaseInsensitive), 0);
        QCOMPARE(made->usnChanged, made->usnCreated);

        // Title and Manager changed in one row: one USN, the plain value and the reference both in.
        const QByteArray again =
            QStringLiteral("Obj-Class,Obj-Container,Common-Name,Title,Manager\r\n"
                           "Mailbox,%1,BossOne,Chief,\r\n"
                           "Mailbox,%1,Worker,Senior Clerk,\"%2\"\r\n")
                .arg(container,
                     m_recipients.child(QStringLiteral("cn"), QStringLiteral("BossTwo")).toString())
                .toUtf8();
        highest = m_store->highestUsn();
        r = DirectoryImporter::importBytes(*m_store, again, Dn());
        QVERIFY2(r.ok(), qPrintable(r.lines(QStringLiteral("f")).join('\n')));
        QCOMPARE(r.modified, 1);
        QCOMPARE(r.unchanged, 1);
        QCOMPARE(m_store->highestUsn(), highest + 1);
        auto changed = m_store->object(worker);
        QCOMPARE(changed->value(attr::Title), QStringLiteral("Senior Clerk"));
        QVERIFY(changed->value(attr::Manager)
                    .startsWith(QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients/cn=BossTwo"),
                                Qt::CaseInsensitive));
        QCOMPARE(changed->usnChanged, highest + 1);
    }

    void aPercentSignTravelsEscapedAndAStrayOneIsRefused()
    {
        ChangeSet c;
        c.create(QStringLiteral("mailbox"), m_recipients,
                 {{attr::DisplayName, {QStringLiteral("100% Club")}},
                  {attr::MailNickname, {QStringLiteral("Club")}},
                  {attr::ProxyAddresses,
                   {QStringLiteral("SMTP:club@northwind.example"),
                    QStringLiteral("smtp:sales%team@northwind.example")}}});
        QVERIFY(m_store->commit(c).ok());
        const QByteArray file = exported();
        QVERIFY2(file.contains("100%% Club"), file.constData());
        QVERIFY(file.contains("smtp:sales%%team@northwind.example"));
        const qint64 usn = m_store->highestUsn();
        auto r = DirectoryImporter::importBytes(*m_store, file, m_recipients);
        QVERIFY2(r.ok(), qPrintable(r.lines(QStringLiteral("f")).join('\n')));
        QCOMPARE(r.modified, 0); // read back exactly as written
        QCOMPARE(m_store->highestUsn(), usn);
        auto club = m_store->object(m_recipients.child(QStringLiteral("cn"), QStringLiteral("Club")));
        QVERIFY(club.ok());
        QCOMPARE(club->value(attr::DisplayName), QStringLiteral("100% Club"));
        QVERIFY(club->valuesOf(attr::ProxyAddresses)
                    .contains(QStringLiteral("smtp:sales%team@northwind.example")));
        const QStringList proxies = club->valuesOf(attr::ProxyAddresses);

        // A lone '%' (or one at the end) is an empty value: refused where it is, nothing written.
        for (const QString& field : {QStringLiteral("%"), QStringLiteral("SMTP:club@northwind.example%")}) {
            const QByteArray bad = QStringLiteral("Obj-Class,Obj-Container,Common-Name,Proxy-Addresses\r\n"
                                                  "Mailbox,%1,Club,%2\r\n")
                                       .arg(m_recipients.toString(), field)
                                       .toUtf8();
            r = DirectoryImporter::importBytes(*m_store, bad, Dn());
            QVERIFY(!r.ok());
            QCOMPARE(r.problems.size(), 1);
            QCOMPARE(r.problems.first().line, 2);
            QCOMPARE(r.problems.first().column, 4);
            QVERIFY2(r.problems.first().reason.english().contains(
                         QStringLiteral("empty value between its '%' separators")),
                     qPrintable(r.problems.first().reason.english()));
            QCOMPARE(m_store->highestUsn(), usn);
            QCOMPARE(m_store->object(club->dn)->valuesOf(attr::ProxyAddresses), proxies);
        }
    }

    void aFileThatIsNoFileSaysWhatItIs()
    {
        QCOMPARE(DirectoryImporter::readFile(m_dir.path()).error().message(),
                 QStringLiteral("is a folder, not a file to import"));
        QCOMPARE(DirectoryImporter::readFile(QStringLiteral("/dev/null")).error().message(),
                 QStringLiteral("is not a regular file (a device or a pipe), nothing to import"));
        QCOMPARE(DirectoryImporter::readFile(m_dir.filePath(QStringLiteral("missing.csv"))).error().message(),
                 QStringLiteral("no such file"));
    }
};

QTEST_GUILESS_MAIN(TestImportUpdate)
#include "tst_import_update.moc"
