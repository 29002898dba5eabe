#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QStringList>

namespace sa::core {

class DirectoryStore;

/// The secrets this site shares with the sites its Internet Mail Service is connected to, one per
/// pair (the ims_secrets table of the site database, whose only reader and writer this is). The same
/// secret is set on both sides; mail between the two is signed with it (CrossingMessage). It lives in
/// the site's own database and is never replicated, shown or exported.
class ImsSecrets
{
public:
    /// Shorter is refused: a secret a person might guess is no secret.
    static constexpr int MinimumLength = 16;

    explicit ImsSecrets(DirectoryStore& store) : m_store(store) {}

    /// Sets (or replaces) the secret shared with `site`.
    Status set(const QString& site, const QByteArray& secret);
    /// The secret shared with `site`; NotFound when none is set.
    Result<QByteArray> of(const QString& site) const;
    Status remove(const QString& site);
    /// The sites a secret is set for, by name.
    Result<QStringList> sites() const;

private:
    DirectoryStore& m_store;
};

} // namespace sa::core
