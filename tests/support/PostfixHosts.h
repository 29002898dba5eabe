#pragma once

#include "tests/support/TestSupport.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>

/// In a test's initTestCase: skips the test when the instance is not there, or fails it when the
/// instance is required (SITEADMIN_REQUIRE_POSTFIX, as in CI). A macro: QSKIP and QFAIL return from
/// the test function itself.
#define SA_NEEDS_POSTFIX(hosts)                                                                              \
    do {                                                                                                     \
        if (const QString missing_ = (hosts).missing(); !missing_.isEmpty()) {                               \
            if (sa::test::PostfixHosts::required())                                                          \
                QFAIL(qPrintable(missing_ + QStringLiteral(" (see the postfix_start test)")));               \
            QSKIP(                                                                                           \
                qPrintable(missing_ + QStringLiteral("; SITEADMIN_REQUIRE_POSTFIX makes this a failure")));  \
        }                                                                                                    \
    } while (false)

namespace sa::test {

/// Host folders served by the private Postfix instance of tests/postfix (private-postfix.sh, started
/// by the CTest fixture postfix_start; its folder and SMTP port in SITEADMIN_POSTFIX_DIR and _PORT).
/// Each folder is one machine's: siteadminctl and msmail-po run on it as the pipe's user (nobody),
/// from copies in the instance's bin/ that nobody may run, so that every file they make is one the
/// pipe (`siteadminctl deliver`) can write later.
class PostfixHosts
{
public:
    /// The secret every pair of test sites shares.
    static inline const QByteArray Secret = QByteArrayLiteral("the secret the two sites share, 2026");

    PostfixHosts();
    /// Empty when the instance is there; else why not (a failure when SITEADMIN_REQUIRE_POSTFIX is
    /// set, a reason to skip otherwise).
    QString missing() const;
    static bool required();

    const QString& dir() const { return m_dir; }
    const QString& port() const { return m_port; }
    /// The folder of host `name` (hosts/NAME, as the fixture's DOMAIN=FOLDER pairs name them).
    QString host(const QString& name) const;
    static QString sitePath(const QString& folder, const QString& site);

    /// siteadminctl or msmail-po (`program`: "siteadminctl", "msmail-po") on `folder` as nobody.
    ProcessRun run(const QString& program, const QString& folder, const QStringList& args,
                   const QByteArray& input = {}) const;
    /// The same, an empty string when it exited 0, else the command and what it said.
    QString ok(const QString& program, const QString& folder, const QStringList& args,
               const QByteArray& input = {}) const;
    /// `siteadminctl serve ARGS` on `folder` as nobody, started.
    std::unique_ptr<QProcess> serve(const QString& folder, const QStringList& args) const;
    /// postfix -c CONF `action` (stop, start); an empty string or what failed.
    QString postfix(const QString& action) const;
    /// The instance's log.
    QString log() const;

    /// A host folder `name` for `site` (organization NORTHWIND) on `server`, with the mailbox
    /// `mailbox`, an Internet Mail Service connected to `otherSite` through the instance (inbound
    /// domain SITE.`domain`, the other's OTHERSITE.`domain`), a Directory Replication Connector to it
    /// (Always), the pair's secret, and the service started. Empty, or what failed.
    QString makeHost(const QString& name, const QString& site, const QString& server, const QString& mailbox,
                     const QString& otherSite, const QString& domain) const;

private:
    QString m_dir;
    QString m_port;
};

} // namespace sa::test
