#include "PostfixHosts.h"

#include <QDir>
#include <QFile>

namespace sa::test {

PostfixHosts::PostfixHosts()
    : m_dir(qEnvironmentVariable("SITEADMIN_POSTFIX_DIR")),
      m_port(qEnvironmentVariable("SITEADMIN_POSTFIX_PORT"))
{
    // msmail-po beside the fixture's siteadminctl: nobody may not enter the build folder.
    const QString po = m_dir + QStringLiteral("/bin/msmail-po");
    if (missing().isEmpty() && !QFile::exists(po) && QFile::copy(Cli::poProgram(), po))
        QFile::setPermissions(po, QFile::permissions(po) | QFile::ExeOther | QFile::ReadOther |
                                      QFile::ExeGroup | QFile::ReadGroup);
}

bool PostfixHosts::required()
{
    return !qEnvironmentVariable("SITEADMIN_REQUIRE_POSTFIX").isEmpty();
}

QString PostfixHosts::missing() const
{
    if (m_dir.isEmpty() || !QFile::exists(m_dir + QStringLiteral("/conf/main.cf")))
        return QStringLiteral(
            "no private Postfix instance (the postfix_start test makes it; it needs root and "
            "Debian's postfix)");
    return {};
}

QString PostfixHosts::host(const QString& name) const
{
    return m_dir + QStringLiteral("/hosts/") + name;
}

QString PostfixHosts::sitePath(const QString& folder, const QString& site)
{
    return folder + QStringLiteral("/sites/") + site + QStringLiteral(".sqlite");
}

namespace {

/// env HOME=... setpriv as nobody -- PROGRAM --org FOLDER: the program and its arguments.
QStringList asNobody(const QString& dir, const QString& program, const QString& folder)
{
    return {QStringLiteral("HOME=") + dir + QStringLiteral("/home"),
            QStringLiteral("setpriv"),
            QStringLiteral("--reuid=nobody"),
            QStringLiteral("--regid=nogroup"),
            QStringLiteral("--clear-groups"),
            QStringLiteral("--"),
            dir + QStringLiteral("/bin/") + program,
            QStringLiteral("--org"),
            folder};
}

} // namespace

ProcessRun PostfixHosts::run(const QString& program, const QString& folder, const QStringList& args,
                             const QByteArray& input) const
{
    return runProcess(QStringLiteral("env"), asNobody(m_dir, program, folder) + args, input);
}

QString PostfixHosts::ok(const QString& program, const QString& folder, const QStringList& args,
                         const QByteArray& input) const
{
    const ProcessRun r = run(program, folder, args, input);
    if (r.exitCode == 0)
        return {};
    return QStringLiteral("%1 %2 (exit %3): %4")
        .arg(program, args.join(QLatin1Char(' ')))
        .arg(r.exitCode)
        .arg(r.err.trimmed());
}

std::unique_ptr<QProcess> PostfixHosts::serve(const QString& folder, const QStringList& args) const
{
    auto p = std::make_unique<QProcess>();
    p->setProgram(QStringLiteral("env"));
    // env and setpriv exec the program: the process started is siteadminctl itself, which SIGTERM
    // stops.
    p->setArguments(asNobody(m_dir, QStringLiteral("siteadminctl"), folder) +
                    QStringList{QStringLiteral("serve")} + args);
    p->start();
    return p;
}

QString PostfixHosts::postfix(const QString& action) const
{
    const ProcessRun r = runProcess(QStringLiteral("postfix"),
                                    {QStringLiteral("-c"), m_dir + QStringLiteral("/conf"), action});
    return r.exitCode == 0 ? QString() : QStringLiteral("postfix %1: %2").arg(action, r.err);
}

QString PostfixHosts::log() const
{
    QFile f(m_dir + QStringLiteral("/postfix.log"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString PostfixHosts::makeHost(const QString& name, const QString& site, const QString& server,
                               const QString& mailbox, const QString& otherSite, const QString& domain) const
{
    const QString folder = host(name);
    QDir(folder).removeRecursively();
    const QString own = site.toLower() + QLatin1Char('.') + domain;
    const QString other = otherSite.toLower() + QLatin1Char('.') + domain;
    const QString siteDn = QStringLiteral("/o=NORTHWIND/ou=") + site;
    const QString serverDn = QStringLiteral("%1/cn=Configuration/cn=Servers/cn=%2").arg(siteDn, server);
    const QString ctl = QStringLiteral("siteadminctl");
    for (const QStringList& args : QList<QStringList>{
             {QStringLiteral("init"), QStringLiteral("--organization"), QStringLiteral("NORTHWIND"),
              QStringLiteral("--site"), site, QStringLiteral("--server"), server},
             {QStringLiteral("create"), QStringLiteral("mailbox"), siteDn + QStringLiteral("/cn=Recipients"),
              QStringLiteral("Display-Name=") + mailbox, QStringLiteral("Mail-Nickname=") + mailbox},
             {QStringLiteral("create"), QStringLiteral("internet-mail-service"),
              siteDn + QStringLiteral("/cn=Configuration/cn=Connections"),
              QStringLiteral("Common-Name=Internet Mail Service (%1)").arg(server),
              QStringLiteral("Home-Server=") + serverDn,
              QStringLiteral("Connected-Sites=NORTHWIND|%1|%2").arg(otherSite, other),
              QStringLiteral("Smart-Host=127.0.0.1"), QStringLiteral("Smart-Host-Port=") + m_port,
              QStringLiteral("Inbound-Domain=") + own},
             {QStringLiteral("create"), QStringLiteral("directory-replication-connector"),
              siteDn + QStringLiteral("/cn=Configuration/cn=Directory Replication"),
              QStringLiteral("Common-Name=") + otherSite, QStringLiteral("Remote-Site=") + otherSite,
              QStringLiteral("Local-Bridgehead=") + serverDn, QStringLiteral("Activation-Style=2")}}) {
        if (const QString problem = ok(ctl, folder, args); !problem.isEmpty())
            return problem;
    }
    if (const QString problem =
            ok(ctl, folder, {QStringLiteral("ims"), QStringLiteral("secret"), otherSite}, Secret + "\n");
        !problem.isEmpty())
        return problem;
    return ok(ctl, folder,
              {QStringLiteral("services"), QStringLiteral("start"), QStringLiteral("--server"), server,
               QStringLiteral("Internet Mail Service")});
}

} // namespace sa::test
