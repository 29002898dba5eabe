// One JSON vocabulary (issue 21): every field siteadminctl and msmail-po print with --json is in the
// dictionary the manual pages list (app/common/JsonFields), with the type it has there, whichever
// command prints it; and the dictionary holds nothing the programs no longer make. Two ways: the
// programs' source, for every field any command can print, and a run of the commands on the demo
// (Q152167 done, a cycle run, mail queued), for the types they really have.
#include "app/common/JsonFields.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace sa::app;
using sa::test::Cli;
using sa::test::ProcessRun;
using sa::test::runProcess;

namespace {

QString typeOf(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("null");
    }
}

/// Every field of `v` and below, with the type it has and the command that printed it.
void collect(const QJsonValue& v, const QString& command, QMap<QString, QMap<QString, QString>>& seen)
{
    if (v.isArray()) {
        for (const QJsonValue& item : v.toArray())
            collect(item, command, seen);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        seen[it.key()].insert(typeOf(it.value()), command);
        if (!isJsonMap(it.key()))
            collect(it.value(), command, seen);
    }
}

} // namespace

class TestJsonFields : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString org() const { return m_dir.filePath(QStringLiteral("org")); }
    QMap<QString, QMap<QString, QString>> m_seen;

    /// Runs `program --org ORG --json args` and keeps the fields of what it printed, on standard output
    /// (a document, or one object a line) and on standard error.
    ProcessRun run(const QString& program, const QStringList& args)
    {
        const ProcessRun r =
            runProcess(program, QStringList{QStringLiteral("--org"), org(), QStringLiteral("--json")} + args);
        const QString command =
            QFileInfo(program).fileName() + QLatin1Char(' ') + args.join(QLatin1Char(' '));
        for (const QString& stream : {r.out, r.err}) {
            if (stream.trimmed().isEmpty())
                continue;
            QJsonParseError error{};
            const QJsonDocument whole = QJsonDocument::fromJson(stream.toUtf8(), &error);
            if (error.error == QJsonParseError::NoError) {
                collect(whole.isArray() ? QJsonValue(whole.array()) : QJsonValue(whole.object()), command,
                        m_seen);
                continue;
            }
            for (const QString& line : stream.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                const QJsonDocument one = QJsonDocument::fromJson(line.toUtf8(), &error);
                if (error.error != QJsonParseError::NoError)
                    m_problems << command + QStringLiteral(": not JSON: ") + line.left(120);
                else
                    collect(QJsonValue(one.object()), command, m_seen);
            }
        }
        return r;
    }
    QStringList m_problems;

private Q_SLOTS:
    void theSourceMakesWhatTheDictionaryHolds()
    {
        // A field is written as {QStringLiteral("name"), value} or insert(QStringLiteral("name"), ...)
        // in the programs (and in the core's object and schema JSON); std::pair{...} holds values.
        static const QRegularExpression key(
            QStringLiteral(R"re((?:(?<!pair)\{|insert\()QStringLiteral\("([a-z][A-Za-z0-9]*)"\),)re"));
        const QDir source(QStringLiteral(SITEADMIN_SOURCE_DIR));
        QStringList files{source.filePath(QStringLiteral("core/directory/ObjectFormatter.cpp"))};
        for (const QString& folder : {QStringLiteral("app/siteadminctl"), QStringLiteral("app/msmail-po"),
                                      QStringLiteral("app/common")}) {
            QDirIterator it(source.filePath(folder), {QStringLiteral("*.cpp")});
            while (it.hasNext())
                files << it.next();
        }
        QSet<QString> made;
        for (const QString& path : files) {
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            const QString text = QString::fromUtf8(f.readAll());
            for (auto m = key.globalMatch(text); m.hasNext();)
                made.insert(m.next().captured(1));
        }
        // The command table's own -h and -v are options, not fields.
        made.remove(QStringLiteral("h"));
        made.remove(QStringLiteral("v"));
        QSet<QString> documented;
        for (const JsonField& f : jsonFields()) {
            QVERIFY2(!documented.contains(f.name),
                     qPrintable(f.name + QStringLiteral(" is in the dictionary twice")));
            documented.insert(f.name);
            static const QSet<QString> types{QStringLiteral("string"), QStringLiteral("number"),
                                             QStringLiteral("boolean"), QStringLiteral("array"),
                                             QStringLiteral("object")};
            QVERIFY2(types.contains(f.type), qPrintable(f.name + QStringLiteral(": ") + f.type));
            QVERIFY2(f.meaning.endsWith(QLatin1Char('.')), qPrintable(f.name));
        }
        QStringList undocumented(made.begin(), made.end());
        undocumented.removeIf([&](const QString& k) { return documented.contains(k); });
        undocumented.sort();
        QVERIFY2(undocumented.isEmpty(), qPrintable(QStringLiteral("not in app/common/JsonFields.cpp: ") +
                                                    undocumented.join(QLatin1Char(' '))));
        QStringList dead(documented.begin(), documented.end());
        dead.removeIf([&](const QString& k) { return made.contains(k); });
        dead.sort();
        QVERIFY2(dead.isEmpty(),
                 qPrintable(QStringLiteral("no program makes: ") + dead.join(QLatin1Char(' '))));
    }

    void everyFieldPrintedHasItsDictionaryType()
    {
        QVERIFY(m_dir.isValid());
        const QString ctl = Cli::ctlProgram();
        const QString po = Cli::poProgram();
        const QString recipients = QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients");
        const QString csv = m_dir.filePath(QStringLiteral("export.csv"));
        QCOMPARE(run(ctl, {QStringLiteral("demo")}).exitCode, 0);
        for (const QStringList& args : QList<QStringList>{
                 {QStringLiteral("list"), recipients},
                 {QStringLiteral("show"), recipients + QStringLiteral("/cn=NancyD")},
                 {QStringLiteral("create"), QStringLiteral("mailbox"), recipients,
                  QStringLiteral("Given-Name=Ada"), QStringLiteral("Surname=Lovelace")},
                 {QStringLiteral("modify"), recipients + QStringLiteral("/cn=AdaL"),
                  QStringLiteral("Title=Countess")},
                 {QStringLiteral("find"), QStringLiteral("Surname=love")},
                 {QStringLiteral("schema")},
                 {QStringLiteral("services"), QStringLiteral("status")},
                 {QStringLiteral("dirsync"), QStringLiteral("cycle")},
                 {QStringLiteral("dirsync"), QStringLiteral("status")},
                 {QStringLiteral("dirsync"), QStringLiteral("now")},
                 {QStringLiteral("dirsync"), QStringLiteral("history"), QStringLiteral("--limit"),
                  QStringLiteral("3")},
                 {QStringLiteral("dirsync"), QStringLiteral("preview")},
                 {QStringLiteral("dirsync"), QStringLiteral("approve-deletes"), QStringLiteral("PO1")},
                 {QStringLiteral("dirsync"), QStringLiteral("reset"), QStringLiteral("PO1")},
                 {QStringLiteral("events"), QStringLiteral("--limit"), QStringLiteral("5")},
                 {QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("5")},
                 {QStringLiteral("export"), csv, recipients},
                 {QStringLiteral("import"), csv, QStringLiteral("--container"), recipients},
                 {QStringLiteral("delete"), recipients + QStringLiteral("/cn=AdaL")},
                 {QStringLiteral("services"), QStringLiteral("stop"), QStringLiteral("--server"),
                  QStringLiteral("X1"), QStringLiteral("PO1 Connector MTA")},
                 {QStringLiteral("queue"), QStringLiteral("settings"), QStringLiteral("--server"),
                  QStringLiteral("X1")},
                 {QStringLiteral("add-site"), QStringLiteral("--site"), QStringLiteral("PARIS"),
                  QStringLiteral("--server"), QStringLiteral("X3")},
                 {QStringLiteral("replication"), QStringLiteral("status")},
                 {QStringLiteral("serve"), QStringLiteral("--max-seconds"), QStringLiteral("2")},
                 {QStringLiteral("no-such-command")},
             })
            run(ctl, args);
        // Mail for PO1 while its connector MTA is stopped waits in the site's queue.
        for (const QStringList& args : QList<QStringList>{
                 {QStringLiteral("list")},
                 {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("NWNET/PO1")},
                 {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("NWNET/PO2"),
                  QStringLiteral("ZED"), QStringLiteral("--name"), QStringLiteral("Zed Zed")},
                 {QStringLiteral("mail"), QStringLiteral("send"), QStringLiteral("NWNET/PO2"),
                  QStringLiteral("--from"), QStringLiteral("ZED"), QStringLiteral("--to"),
                  QStringLiteral("NWNET/PO1/AMARTIN"), QStringLiteral("--subject"), QStringLiteral("hi"),
                  QStringLiteral("--body"), QStringLiteral("x")},
                 {QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("NWNET/PO2")},
                 {QStringLiteral("dispatch"), QStringLiteral("NWNET/PO2")},
                 {QStringLiteral("route"), QStringLiteral("list"), QStringLiteral("NWNET/PO2")},
                 {QStringLiteral("gal"), QStringLiteral("NWNET/PO1")},
                 {QStringLiteral("settings"), QStringLiteral("NWNET/PO1")},
                 {QStringLiteral("log"), QStringLiteral("NWNET/PO1")},
                 {QStringLiteral("dirsync"), QStringLiteral("status"), QStringLiteral("NWNET/PO1")},
                 {QStringLiteral("dirsync"), QStringLiteral("log"), QStringLiteral("NWNET/PO1")},
                 {QStringLiteral("dirsync"), QStringLiteral("export"), QStringLiteral("NWNET/PO1")},
                 {QStringLiteral("dirsync"), QStringLiteral("t1"), QStringLiteral("NWNET/PO1")},
                 {QStringLiteral("dirsync"), QStringLiteral("t3"), QStringLiteral("NWNET/PO1")},
                 {QStringLiteral("external"), QStringLiteral("create"), QStringLiteral("EXT1"),
                  QStringLiteral("--serve"), QStringLiteral("NWNET/PO1,NWNET/PO2")},
                 {QStringLiteral("external"), QStringLiteral("start"), QStringLiteral("EXT1")},
                 {QStringLiteral("external"), QStringLiteral("list")},
                 {QStringLiteral("external"), QStringLiteral("queue"), QStringLiteral("EXT1")},
                 {QStringLiteral("external"), QStringLiteral("run"), QStringLiteral("EXT1")},
                 {QStringLiteral("external"), QStringLiteral("log"), QStringLiteral("EXT1")},
                 {QStringLiteral("mail"), QStringLiteral("list"), QStringLiteral("NWNET/PO1"),
                  QStringLiteral("AMARTIN")},
                 {QStringLiteral("mail"), QStringLiteral("read"), QStringLiteral("NWNET/PO1"),
                  QStringLiteral("AMARTIN"), QStringLiteral("1")},
                 {QStringLiteral("user"), QStringLiteral("bogus")},
             })
            run(po, args);
        run(ctl, {QStringLiteral("run")});
        run(ctl, {QStringLiteral("queue"), QStringLiteral("list")});

        QMap<QString, QString> types;
        for (const JsonField& f : jsonFields())
            types.insert(f.name, f.type);
        for (auto it = m_seen.constBegin(); it != m_seen.constEnd(); ++it) {
            if (!types.contains(it.key())) {
                const QStringList printedBy = it.value().values();
                m_problems << QStringLiteral("%1 is not in the dictionary (%2)")
                                  .arg(it.key(), printedBy.join(QStringLiteral(", ")));
                continue;
            }
            for (auto t = it.value().constBegin(); t != it.value().constEnd(); ++t) {
                // null: a value not known (an empty time is "" instead; none is expected).
                if (t.key() != types.value(it.key()))
                    m_problems << QStringLiteral("%1 is a %2 in \"%3\", the dictionary says %4")
                                      .arg(it.key(), t.key(), t.value(), types.value(it.key()));
            }
        }
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
        // The run reached most of the vocabulary, and the fields of both programs and of stderr.
        QVERIFY2(m_seen.size() >= 120, qPrintable(QString::number(m_seen.size())));
        for (const char* name : {"error", "exitCode", "kind", "warning", "dirsyncServer", "srvSync",
                                 "attributes", "event", "queue", "id"})
            QVERIFY2(m_seen.contains(QLatin1String(name)), name);
    }
};

QTEST_GUILESS_MAIN(TestJsonFields)
#include "tst_json_fields.moc"
