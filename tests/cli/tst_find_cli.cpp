#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using sa::test::ProcessRun;

namespace {
const QString Recipients = QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients");
constexpr int Bulk = 10050; // more than the 10,000 find once stopped at without a word
} // namespace

/// siteadminctl find and list over many recipients (issue 18, finding 5): find reads its matches page by
/// page and prints every one of them, in the window's order, each once, as text and as JSON; list
/// prints each line without a write of its own.
class TestFindCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    sa::test::Cli m_cli;

private Q_SLOTS:
    void initTestCase()
    {
        m_cli.org = m_dir.filePath(QStringLiteral("org"));
        QCOMPARE(m_cli
                     .ctl({QStringLiteral("init"), QStringLiteral("--organization"),
                           QStringLiteral("NORTHWIND"), QStringLiteral("--site"), QStringLiteral("SEATTLE"),
                           QStringLiteral("--server"), QStringLiteral("X1")})
                     .exitCode,
                 0);
        QByteArray csv = "Obj-Class,Common-Name,Display-Name,Mail-Nickname,Department\r\n";
        for (int i = 0; i < Bulk; ++i) // the same display name for some: the order's ties are broken by id
            csv += QStringLiteral("Mailbox,u%1,User %2,u%1,Bulk\r\n")
                       .arg(i)
                       .arg(i % 7000, 5, 10, QLatin1Char('0'))
                       .toUtf8();
        csv += "Mailbox,other,Other Person,other,Elsewhere\r\n";
        const QString file = m_dir.filePath(QStringLiteral("bulk.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        const ProcessRun r =
            m_cli.ctl({QStringLiteral("import"), file, QStringLiteral("--container"), Recipients});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void findPrintsEveryMatchOnce()
    {
        const ProcessRun r = m_cli.ctl({QStringLiteral("find"), QStringLiteral("Department=bulk")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), Bulk);
        QSet<QString> dns;
        QString previous;
        for (const QString& line : lines) {
            dns.insert(line.section(QStringLiteral("  "), 1));
            const QString name = line.section(QStringLiteral("  "), 0, 0);
            QVERIFY2(previous <= name, qPrintable(previous + QStringLiteral(" > ") + name));
            previous = name;
        }
        QCOMPARE(dns.size(), Bulk);
        QVERIFY(!r.out.contains(QStringLiteral("Other Person")));
    }

    void findAsJsonIsOneArrayOfThemAll()
    {
        const ProcessRun r =
            m_cli.ctl({QStringLiteral("--json"), QStringLiteral("find"), QStringLiteral("Department=Bulk")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(doc.isArray(), qPrintable(error.errorString()));
        QCOMPARE(doc.array().size(), Bulk);
        // Nothing found is an empty array, as before.
        const ProcessRun none = m_cli.ctl(
            {QStringLiteral("--json"), QStringLiteral("find"), QStringLiteral("Department=nobody")});
        QCOMPARE(none.out, QStringLiteral("[\n]\n"));
        // The same form as a whole document's: each object indented within the array.
        const ProcessRun one = m_cli.ctl(
            {QStringLiteral("--json"), QStringLiteral("find"), QStringLiteral("Department=Elsewhere")});
        QCOMPARE(
            one.out.toUtf8(),
            QJsonDocument(QJsonDocument::fromJson(one.out.toUtf8()).array()).toJson(QJsonDocument::Indented));
    }

    void listPrintsThemAll()
    {
        const ProcessRun r = m_cli.ctl({QStringLiteral("list"), Recipients});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(int(r.out.count(QLatin1Char('\n'))), Bulk + 2); // the container, the others
        const ProcessRun json = m_cli.ctl({QStringLiteral("--json"), QStringLiteral("list"), Recipients});
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().size(), Bulk + 2);
    }
};

QTEST_GUILESS_MAIN(TestFindCli)
#include "tst_find_cli.moc"
