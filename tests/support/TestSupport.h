#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace sa::core {
class DirectoryStore;
}

namespace sa::test {

/// A linked demo organization made afresh in a new folder of `dir`, and its SEATTLE site's store
/// (nullptr when either fails): the fixture of the Directory Import tests.
std::unique_ptr<sa::core::DirectoryStore> freshDemoSeattle(const QTemporaryDir& dir);

/// Everything a site database holds, as text in a fixed order: two equal digests mean nothing was
/// written. Read through a private connection that is closed again.
QString databaseDigest(const QString& path);
/// The digests of every file of an organization folder (site databases by content, others by size).
QString folderDigest(const QString& dir);
/// Where tests leave PNGs and other artefacts to look at.
QString outputDir();
/// Makes the database `path` as an older program left it: runs the statements of `sqlFile`
/// (tests/data: each ends with ";" at the end of a line; "--" comment lines allowed) and sets PRAGMA
/// user_version and application_id. What went wrong, or an empty string.
QString loadSqlFixture(const QString& sqlFile, const QString& path, int userVersion, quint32 applicationId);

/// Writes `text` to `path` under `root`, making the folders on the way; a failed check otherwise.
/// (For the guard tests' small source trees.)
void writeFile(const QString& root, const QString& path, const QString& text);

/// One run of a command-line program: its exit code (-1 if it did not finish, -2 if it crashed) and
/// what it printed.
struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
ProcessRun runProcess(const QString& program, const QStringList& args);
/// The same with `input` on its standard input, which is then closed.
ProcessRun runProcess(const QString& program, const QStringList& args, const QByteArray& input);

/// Runs a command that must be refused: a non-zero exit, nothing on stdout, exactly one line on
/// stderr that starts with "<prefix>: " and contains `expected`, and `folder` unchanged. Returns
/// what was wrong, or an empty string.
QString checkRefused(const QString& program, const QString& prefix, const QStringList& args,
                     const QString& expected, const QString& folder);

/// siteadminctl and msmail-po (the programs CTest names in SITEADMIN_CTL and MSMAIL_PO) run on the
/// organization folder `org`, each call with "--org ORG" first.
struct Cli
{
    QString org;

    static QString ctlProgram();
    static QString poProgram();
    ProcessRun ctl(QStringList args) const;
    ProcessRun po(QStringList args) const;
    /// siteadminctl with `input` on its standard input.
    ProcessRun ctlFed(const QByteArray& input, QStringList args) const;
    /// msmail-po with `input` on its standard input.
    ProcessRun poFed(const QByteArray& input, QStringList args) const;
    /// checkRefused on the folder: what was wrong with the refusal, or an empty string.
    QString ctlRefused(QStringList args, const QString& expected) const;
    QString poRefused(QStringList args, const QString& expected) const;
};

/// Starts `program` with `args`, waits a random 1..maxWaitMs-1 ms and kills it (SIGKILL) if it is
/// still running, then waits until it is gone. `killed` says whether it was killed mid-way; `error`
/// is set when it did not start or would not go.
struct KillRun
{
    bool killed = false;
    QString error;
};
KillRun killPartway(const QString& program, const QStringList& args, int maxWaitMs, QRandomGenerator& random);

/// PRAGMA integrity_check of each of `databases` and of every postoffice of the organization folder
/// `orgDir`: what is not "ok", or an empty string.
QString integrityProblems(const QString& orgDir, const QStringList& databases);

} // namespace sa::test
