#include "ImsSecrets.h"

#include "core/common/Clock.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"

#include <QSqlQuery>

namespace sa::core {

Status ImsSecrets::set(const QString& site, const QByteArray& secret)
{
    if (site.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, Phrase::tr("no site is named for the secret"));
    if (secret.size() < MinimumLength)
        return Error(ErrorCode::InvalidValue,
                     Phrase::tr("the secret shared with %1 has %2 characters; at least %3 are needed")
                         .arg(site)
                         .arg(secret.size())
                         .arg(MinimumLength));
    return m_store.write([&](DirectoryWriter& w) {
        return w
            .exec(QStringLiteral("INSERT INTO ims_secrets(site, secret, changed) VALUES (?, ?, ?)"
                                 " ON CONFLICT(site) DO UPDATE SET secret = excluded.secret,"
                                 " changed = excluded.changed"),
                  {site.trimmed().toUpper(), secret, Clock::nowUtc().toString(Qt::ISODate)})
            .status();
    });
}

Result<QByteArray> ImsSecrets::of(const QString& site) const
{
    auto v = m_store.connection().scalar(QStringLiteral("SELECT secret FROM ims_secrets WHERE site = ?"),
                                         {site.trimmed().toUpper()});
    if (!v)
        return v.error();
    if (!v->isValid() || v->toByteArray().isEmpty())
        return Error(ErrorCode::NotFound,
                     Phrase::tr("no secret is set for the sites %1 and %2 (siteadminctl ims secret %2)")
                         .arg(m_store.siteName(), site));
    return v->toByteArray();
}

Status ImsSecrets::remove(const QString& site)
{
    return m_store.write([&](DirectoryWriter& w) {
        return w.exec(QStringLiteral("DELETE FROM ims_secrets WHERE site = ?"), {site.trimmed().toUpper()})
            .status();
    });
}

Result<QStringList> ImsSecrets::sites() const
{
    return m_store.connection().strings(QStringLiteral("SELECT site FROM ims_secrets ORDER BY site"));
}

} // namespace sa::core
