#include "TestSupport.h"

#include "core/directory/DirectoryStore.h"
#include "core/host/DemoOrganization.h"
#include "core/msmail/ExternalStore.h"
#include "core/msmail/PostofficeStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

namespace sa::test {

std::unique_ptr<sa::core::DirectoryStore> freshDemoSeattle(const QTemporaryDir& dir)
{
    auto org = sa::core::DemoOrganization::build(
        dir.filePath(QStringLiteral("org%1").arg(QRandomGenerator::global()->generate())),
        sa::core::DemoStage::Linked);
    if (!org)
        return nullptr;
    auto store = sa::core::DirectoryStore::open(org->sitePath(QStringLiteral("SEATTLE")));
    return store ? std::move(store).value() : nullptr;
}

QString databaseDigest(const QString& path)
{
    QString out;
    const QString name = QStringLiteral("digest-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return QStringLiteral("<cannot open %1>").arg(path);
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString& table : names) {
            out += QStringLiteral("[%1]\n").arg(table);
            QSqlQuery rows(db);
            // Table names come from sqlite_schema, not from input.
            rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table));
            while (rows.next()) {
                QStringList cells;
                for (int i = 0; i < rows.record().count(); ++i)
                    cells << rows.value(i).toString();
                out += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
            }
        }
        QSqlQuery version(db);
        version.exec(QStringLiteral("PRAGMA user_version"));
        if (version.next())
            out += QStringLiteral("user_version=%1\n").arg(version.value(0).toInt());
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

QString folderDigest(const QString& dir)
{
    QString out;
    if (!QFileInfo::exists(dir))
        return QStringLiteral("<no folder>");
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString& f : files) {
        if (f.endsWith(QLatin1String("-wal")) || f.endsWith(QLatin1String("-shm")))
            continue; // WAL side files come and go with connections; their content is in the digest
        out += QDir(dir).relativeFilePath(f) + QLatin1Char('\n');
        // A database by its content (its pages move between the file and its WAL), read through
        // SQLite only: opening it otherwise would drop this process's SQLite locks on it (see
        // tst_shared_files). Other files by their bytes.
        if (f.endsWith(QLatin1String(".sqlite")) && QFileInfo(f).size() > 0) {
            out += QString::fromLatin1(
                QCryptographicHash::hash(databaseDigest(f).toUtf8(), QCryptographicHash::Sha256).toHex());
        } else if (QFile file(f); QFileInfo(f).isFile() && file.open(QIODevice::ReadOnly)) {
            out += QString::fromLatin1(
                QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
        }
        out += QLatin1Char('\n');
    }
    return out;
}

QString loadSqlFixture(const QString& sqlFile, const QString& path, int userVersion, quint32 applicationId)
{
    QFile sql(sqlFile);
    if (!sql.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1").arg(sqlFile);
    const QString script = QString::fromUtf8(sql.readAll());
    const QString connection = QStringLiteral("fixture-%1").arg(path);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery q(db);
            // Statements end with ";" at the end of a line (a value may hold a ";").
            QStringList statements = script.split(QRegularExpression(QStringLiteral(";[ \\t]*(\\n|$)")));
            // As every version of the program keeps its files: in WAL mode.
            statements << QStringLiteral("PRAGMA journal_mode=WAL")
                       << QStringLiteral("PRAGMA user_version=%1").arg(userVersion)
                       << QStringLiteral("PRAGMA application_id=%1").arg(applicationId);
            for (QString statement : statements) {
                QStringList lines = statement.split(QLatin1Char('\n'));
                lines.erase(std::remove_if(
                                lines.begin(), lines.end(),
                                [](const QString& l) { return l.trimmed().startsWith(QLatin1String("--")); }),
                            lines.end());
                statement = lines.join(QLatin1Char('\n')).trimmed();
                if (statement.isEmpty())
                    continue;
                if (!q.exec(statement)) {
                    problem = q.lastError().text() + QStringLiteral(": ") + statement;
                    break;
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return problem;
}

QString outputDir()
{
    const QString dir = QStringLiteral(SITEADMIN_TEST_OUTPUT);
    QDir().mkpath(dir);
    return dir;
}

void writeFile(const QString& root, const QString& path, const QString& text)
{
    const QString full = root + QLatin1Char('/') + path;
    QVERIFY(QDir().mkpath(QFileInfo(full).path()));
    QFile f(full);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.write(text.toUtf8()) >= 0);
}

ProcessRun runProcess(const QString& program, const QStringList& args)
{
    return runProcess(program, args, {});
}

ProcessRun runProcess(const QString& program, const QStringList& args, const QByteArray& input)
{
    QProcess p;
    p.start(program, args);
    if (!input.isEmpty() && p.waitForStarted(60000)) {
        p.write(input);
        p.waitForBytesWritten(60000);
    }
    p.closeWriteChannel();
    ProcessRun r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString checkRefused(const QString& program, const QString& prefix, const QStringList& args,
                     const QString& expected, const QString& folder)
{
    const QString before = folderDigest(folder);
    const ProcessRun r = runProcess(program, args);
    const QString command = args.join(QLatin1Char(' '));
    if (r.exitCode <= 0)
        return QStringLiteral("%1: exit code %2").arg(command).arg(r.exitCode);
    if (!r.out.isEmpty())
        return QStringLiteral("%1: printed on stdout: %2").arg(command, r.out);
    if (!r.err.endsWith(QLatin1Char('\n')) || r.err.count(QLatin1Char('\n')) != 1)
        return QStringLiteral("%1: not one line on stderr: %2").arg(command, r.err);
    if (!r.err.startsWith(prefix + QStringLiteral(": ")))
        return QStringLiteral("%1: stderr does not start with \"%2: \": %3").arg(command, prefix, r.err);
    if (!r.err.contains(expected))
        return QStringLiteral("%1: wanted \"%2\" in: %3").arg(command, expected, r.err);
    if (folderDigest(folder) != before)
        return QStringLiteral("%1: the folder changed").arg(command);
    return {};
}

QString Cli::ctlProgram()
{
    return QString::fromLocal8Bit(qgetenv("SITEADMIN_CTL"));
}

ProcessRun Cli::ctlFed(const QByteArray& input, QStringList args) const
{
    return runProcess(ctlProgram(), QStringList{QStringLiteral("--org"), org} + args, input);
}

ProcessRun Cli::poFed(const QByteArray& input, QStringList args) const
{
    return runProcess(poProgram(), QStringList{QStringLiteral("--org"), org} + args, input);
}

QString Cli::poProgram()
{
    return QString::fromLocal8Bit(qgetenv("MSMAIL_PO"));
}

ProcessRun Cli::ctl(QStringList args) const
{
    return runProcess(ctlProgram(), QStringList{QStringLiteral("--org"), org} + args);
}

ProcessRun Cli::po(QStringList args) const
{
    return runProcess(poProgram(), QStringList{QStringLiteral("--org"), org} + args);
}

QString Cli::ctlRefused(QStringList args, const QString& expected) const
{
    return checkRefused(ctlProgram(), QStringLiteral("siteadminctl"),
                        QStringList{QStringLiteral("--org"), org} + args, expected, org);
}

QString Cli::poRefused(QStringList args, const QString& expected) const
{
    return checkRefused(poProgram(), QStringLiteral("msmail-po"),
                        QStringList{QStringLiteral("--org"), org} + args, expected, org);
}

KillRun killPartway(const QString& program, const QStringList& args, int maxWaitMs, QRandomGenerator& random)
{
    KillRun out;
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        out.error = QStringLiteral("%1 did not start: %2").arg(program, p.errorString());
        return out;
    }
    QTest::qWait(int(random.bounded(1, maxWaitMs)));
    if (p.state() == QProcess::Running) {
        p.kill();
        out.killed = true;
    }
    if (p.state() != QProcess::NotRunning && !p.waitForFinished(30000))
        out.error = QStringLiteral("%1 did not finish").arg(program);
    return out;
}

QString integrityProblems(const QString& orgDir, const QStringList& databases)
{
    QStringList problems;
    const auto check = [&](const QString& what, sa::core::SqliteConnection& db) {
        auto r = db.scalar(QStringLiteral("PRAGMA integrity_check"));
        const QString said = r ? r->toString() : r.error().message();
        if (said != QLatin1String("ok"))
            problems << QStringLiteral("%1: %2").arg(what, said);
    };
    for (const QString& path : databases) {
        auto store = sa::core::DirectoryStore::open(path);
        if (!store)
            problems << QStringLiteral("%1: %2").arg(path, store.error().message());
        else
            check(path, store.value()->connection());
    }
    for (const QString& name : sa::core::PostofficeStore::list(orgDir)) {
        auto po = sa::core::PostofficeStore::open(orgDir, name);
        if (!po)
            problems << QStringLiteral("%1: %2").arg(name, po.error().message());
        else
            check(name, po.value()->connection());
    }
    for (const QString& name : sa::core::ExternalStore::list(orgDir)) {
        auto external = sa::core::ExternalStore::open(orgDir, name);
        if (!external)
            problems << QStringLiteral("External %1: %2").arg(name, external.error().message());
        else
            check(QStringLiteral("External ") + name, external.value()->connection());
    }
    return problems.join(QLatin1Char('\n'));
}

} // namespace sa::test
