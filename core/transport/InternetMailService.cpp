#include "InternetMailService.h"

#include "core/directory/AddressSyntax.h"
#include "core/directory/DeliveryRestrictions.h"
#include "core/directory/DirectoryLookup.h"
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
                 Phrase::tr("no Internet Mail Service of site %1 is connected to site %2")
                     .arg(m_store.siteName(), site));
}

bool InternetMailService::coversInternet(const DirectoryObject& service, const QString& address)
{
    const QString typed =
        AddressSyntax::typeOf(address) == QLatin1String("SMTP") ? address : QStringLiteral("SMTP:") + address;
    for (const QString& space : service.valuesOf(attr::AddressSpace)) {
        if (AddressSyntax::typeOf(space) == QLatin1String("SMTP") &&
            ConnectorValues::inAddressSpace(space, typed))
            return true;
    }
    return false;
}

Result<InternetMailService::Link> InternetMailService::linkToInternet(const QString& address) const
{
    auto own = services();
    if (!own)
        return own.error();
    for (const DirectoryObject& ims : own.value()) {
        if (coversInternet(ims, address))
            return Link{ims, {}, ConnectorValues::homeServer(ims)};
    }
    return Error(ErrorCode::NotFound,
                 Phrase::tr("no Internet Mail Service of site %1 has an SMTP address space for %2")
                     .arg(m_store.siteName(), AddressSyntax::valueOf(address)));
}

QString InternetMailService::siteReachingInternet(const QString& address) const
{
    auto all = m_store.objectsOf(ListFilter{{QStringLiteral("internet-mail-service")}, true});
    for (const DirectoryObject& ims : all ? all.value() : QList<DirectoryObject>()) {
        if (ims.isReplica() && coversInternet(ims, address))
            return ims.masterSite;
    }
    return {};
}

std::pair<QString, QString> InternetMailService::internetSender(const Link& link, const QString& from) const
{
    if (AddressSyntax::typeOf(from) == QLatin1String("SMTP"))
        return {QString(), AddressSyntax::valueOf(from)};
    if (auto holders = DirectoryLookup(m_store).holders(ValueQuery::addresses({from}))) {
        for (const ValueHolder& h : holders.value()) {
            auto o = m_store.objectById(h.id);
            if (!o)
                continue;
            QString smtp;
            for (const QString& p : o->valuesOf(attr::ProxyAddresses)) {
                if (AddressSyntax::typeOf(p) == QLatin1String("SMTP") &&
                    (smtp.isEmpty() || AddressSyntax::isPrimary(p)))
                    smtp = AddressSyntax::valueOf(p);
            }
            if (!smtp.isEmpty())
                return {o->value(attr::DisplayName), smtp};
        }
    }
    QString domain = link.service.value(attr::InboundDomain).trimmed();
    if (domain.isEmpty())
        domain = QStringLiteral("localhost");
    return {QString(), encapsulate(from, domain)};
}

QString InternetMailService::deencapsulate(const QString& smtp)
{
    const QString plain =
        AddressSyntax::typeOf(smtp) == QLatin1String("SMTP") ? AddressSyntax::valueOf(smtp) : smtp;
    const qsizetype at = plain.lastIndexOf(QLatin1Char('@'));
    const QString local = plain.left(at);
    const qsizetype dash = local.indexOf(QLatin1Char('-'));
    if (!local.startsWith(QLatin1String("IMCEA"), Qt::CaseInsensitive) || dash <= 5)
        return QStringLiteral("SMTP:") + plain;
    const QString type = local.mid(5, dash - 5).toUpper();
    QByteArray value;
    const QByteArray encoded = local.mid(dash + 1).toLatin1();
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        bool ok = false;
        const int byte = encoded.mid(i + 1, 2).toInt(&ok, 16);
        if (encoded.at(i) == '+' && i + 2 < encoded.size() && ok) {
            value += char(byte);
            i += 2;
        } else {
            value += encoded.at(i);
        }
    }
    const QString typed = type + QLatin1Char(':') + QString::fromUtf8(value);
    return AddressSyntax::check(typed) ? typed : QStringLiteral("SMTP:") + plain;
}

Result<QString> InternetMailService::internetRecipient(const QString& smtp) const
{
    const QString typed = deencapsulate(smtp);
    static const QStringList recipients{QStringLiteral("mailbox"), QStringLiteral("distribution-list"),
                                        QStringLiteral("custom-recipient")};
    auto holders = DirectoryLookup(m_store).holders(ValueQuery::addresses({typed}));
    if (!holders)
        return holders.error();
    for (const ValueHolder& h : holders.value()) {
        auto o = m_store.objectById(h.id);
        if (!o)
            return o.error();
        if (recipients.contains(o->cls->name) &&
            !AddressSyntax::valueOf(typed).section(QLatin1Char('/'), -1).startsWith(QLatin1Char('$')))
            return typed;
    }
    return Error(ErrorCode::NotFound,
                 Phrase::tr("no recipient of site %1 has the address %2").arg(m_store.siteName(), smtp));
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
