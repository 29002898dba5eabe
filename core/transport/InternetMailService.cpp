#include "InternetMailService.h"

#include "core/directory/AddressSyntax.h"
#include "core/directory/DeliveryRestrictions.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/ListFilter.h"
#include "core/directory/Schema.h"
#include "core/services/Services.h"

namespace sa::core {

Result<QList<DirectoryObject>> InternetMailService::services() const
{
    auto all = m_store.objectsOf(ListFilter{{QStringLiteral("internet-mail-service")}, true});
    if (!all)
        return all.error();
    QList<DirectoryObject> own;
    for (const DirectoryObject& o : all.value()) {
        if (!o.isReplica())
            own << o;
    }
    return own;
}

Result<InternetMailService::Link> InternetMailService::linkTo(const QString& site) const
{
    auto own = services();
    if (!own)
        return own.error();
    for (const DirectoryObject& ims : own.value()) {
        for (const QString& value : ims.valuesOf(attr::ConnectedSites)) {
            const auto connected = ConnectorValues::ConnectedSite::parse(value);
            if (connected.site.compare(site, Qt::CaseInsensitive) == 0)
                return Link{ims, connected, ConnectorValues::homeServer(ims)};
        }
    }
    return Error(ErrorCode::NotFound,
                 QStringLiteral("no Internet Mail Service of site %1 is connected to site %2")
                     .arg(m_store.siteName(), site));
}

bool InternetMailService::runs(const Link& link) const
{
    return Services::isRunning(m_store, link.server, Services::InternetMail);
}

InternetMailService::Transfer InternetMailService::transfer(const DirectoryObject& service)
{
    bool ok = false;
    const int mode = service.value(attr::TransferMode).toInt(&ok);
    return ok && mode >= 0 && mode <= 3 ? Transfer(mode) : Transfer::InboundAndOutbound;
}

bool InternetMailService::sends(const DirectoryObject& service)
{
    const Transfer t = transfer(service);
    return t == Transfer::InboundAndOutbound || t == Transfer::OutboundOnly;
}

bool InternetMailService::receives(const DirectoryObject& service)
{
    const Transfer t = transfer(service);
    return t == Transfer::InboundAndOutbound || t == Transfer::InboundOnly;
}

QString InternetMailService::smartHost(const DirectoryObject& service)
{
    const QString host = service.value(attr::SmartHost).trimmed();
    return host.isEmpty() ? QStringLiteral("127.0.0.1") : host;
}

int InternetMailService::smartHostPort(const DirectoryObject& service)
{
    bool ok = false;
    const int port = service.value(attr::SmartHostPort).toInt(&ok);
    return ok && port > 0 && port < 65536 ? port : 25;
}

QString InternetMailService::envelopeSender(const DirectoryObject& service)
{
    const QString domain = service.value(attr::InboundDomain).trimmed();
    return QStringLiteral("postmaster@%1").arg(domain.isEmpty() ? QStringLiteral("localhost") : domain);
}

QString InternetMailService::encapsulate(const QString& typedAddress, const QString& domain)
{
    QString local =
        QStringLiteral("IMCEA") + AddressSyntax::typeOf(typedAddress).toUpper() + QLatin1Char('-');
    for (const char c : AddressSyntax::valueOf(typedAddress).toUtf8()) {
        const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                           c == '.' || c == '-' || c == '_';
        if (plain)
            local += QLatin1Char(c);
        else
            local += QStringLiteral("+%1").arg(uchar(c), 2, 16, QLatin1Char('0')).toUpper();
    }
    return local + QLatin1Char('@') + domain;
}

QString InternetMailService::mtaConfiguration(const DirectoryObject& service)
{
    return service.value(attr::MtaConfiguration);
}

QString InternetMailService::refusal(const Link& link, const Message& m) const
{
    if (m.report || m.from.section(QLatin1Char('/'), -1).startsWith(QLatin1Char('$')))
        return {};
    switch (DeliveryRestrictions::of(m_store, link.service, m.from)) {
    case DeliveryRestrictions::Verdict::NotAccepted:
        return QStringLiteral("%1 is not among the senders the %2 on %3 accepts messages from")
            .arg(m.from, Services::InternetMail, link.server);
    case DeliveryRestrictions::Verdict::Rejected:
        return QStringLiteral("the %1 on %2 rejects messages from %3")
            .arg(Services::InternetMail, link.server, m.from);
    case DeliveryRestrictions::Verdict::Accepted:
        break;
    }
    return {};
}

} // namespace sa::core
