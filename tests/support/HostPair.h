#pragma once

#include "core/directory/Dn.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>

namespace sa::core {
class DirectoryStore;
}

namespace sa::test {

/// Two host folders, as on two machines: X1 with SEATTLE, X2 with LONDON (organization NORTHWIND),
/// each with an Internet Mail Service connected to the other site, a Directory Replication Connector
/// with it (Always), the pair's secret and the service started. The MTA between them is played by
/// cross(): each message waiting at one IMS, signed and encoded as it would travel, handed to the
/// other folder's receiving side (what `siteadminctl deliver` does). For tests that need no real
/// Postfix; tests/postfix does the same through one.
class HostPair
{
public:
    // Inline, so that a test's own constants made from them (in its namespace scope) come after them.
    static inline const QString Organization = QStringLiteral("NORTHWIND");
    static inline const QByteArray Secret = QByteArrayLiteral("SEATTLE and LONDON share this");

    /// The Internet Mail Service of `server` in `site`, and mailbox `alias` of `site`.
    static core::Dn imsDn(const QString& site, const QString& server);
    static core::Dn mailboxDn(const QString& site, const QString& alias);
    /// A mailbox `alias` of `site` in `store` (display name `displayName`, else the alias); true when made.
    static bool addMailbox(core::DirectoryStore& store, const QString& site, const QString& alias,
                           const QString& displayName = {});

    /// The folders under `root`; make() creates them.
    explicit HostPair(const QString& root);
    /// An empty string, or what failed.
    QString make();

    const QString& x1() const { return m_x1; }
    const QString& x2() const { return m_x2; }
    /// The site store of SEATTLE (x1) or LONDON (x2).
    std::unique_ptr<core::DirectoryStore> seattle() const;
    std::unique_ptr<core::DirectoryStore> london() const;

    /// Every message waiting at `site`'s IMS in `from` for the other site (not for the Internet),
    /// delivered into `to`; how many, or -1 (and
    /// a warning) when one was not taken.
    int cross(const QString& from, const QString& site, const QString& to);
    /// Passes of both hosts' services and crossings both ways until nothing moves (at most `rounds`);
    /// an empty string, or what failed.
    QString settle(int rounds = 60);
    /// Every message that crossed, as it crossed.
    const QList<QByteArray>& sent() const { return m_sent; }

private:
    QString makeHost(const QString& folder, const QString& site, const QString& server, const QString& other);

    QString m_x1;
    QString m_x2;
    QList<QByteArray> m_sent;
};

} // namespace sa::test
