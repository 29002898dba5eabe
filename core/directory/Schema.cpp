#include "Schema.h"

#include "AddressSyntax.h"
#include "BooleanSyntax.h"
#include "Dn.h"
#include "Secrets.h"
#include "core/common/TextRule.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUuid>

namespace sa::core {

QString syntaxName(Syntax syntax)
{
    switch (syntax) {
    case Syntax::String:
        return QStringLiteral("String");
    case Syntax::Text:
        return QStringLiteral("Text");
    case Syntax::AddressTemplate:
        return QStringLiteral("Address-Template");
    case Syntax::Alias:
        return QStringLiteral("Alias");
    case Syntax::Integer:
        return QStringLiteral("Integer");
    case Syntax::Boolean:
        return QStringLiteral("Boolean");
    case Syntax::Dn:
        return QStringLiteral("Distinguished-Name");
    case Syntax::Time:
        return QStringLiteral("Time");
    case Syntax::Guid:
        return QStringLiteral("GUID");
    case Syntax::ProxyAddress:
        return QStringLiteral("Proxy-Address");
    }
    return QString();
}

namespace attr {

QString extensionAttribute(int n)
{
    return QStringLiteral("Extension-Attribute-%1").arg(n);
}

const QStringList& referenceAttributes()
{
    static const QStringList names{Manager,         Member,           Owner,
                                   ExpansionServer, AuthorizedSender, UnauthorizedSender};
    return names;
}

} // namespace attr

QStringList Schema::referenceAttributesOf(const ClassDef& cls) const
{
    QStringList out;
    for (const QString& a : attr::referenceAttributes()) {
        if (allows(cls, a))
            out << a;
    }
    return out;
}

const Schema& Schema::instance()
{
    static const Schema schema;
    return schema;
}

// The declaration. Attribute names follow the Exchange 4.0/5.5 directory schema where it is known
// (reference/exchange-admin-ui.md, MSDN schema pages). Where a name or an Obj-Class is not known from
// a source we chose one in the same style; those are marked [U] below.
Schema::Schema()
{
    using S = Syntax;
    auto sys = [this](const QString& name, S syntax, const QString& description) {
        AttributeDef def{name, syntax, false, 0, 0, 0, true, description};
        addAttribute(def);
        m_systemAttributes << name;
    };
    sys(attr::ObjClass, S::String, QStringLiteral("The object's class in the Exchange schema."));
    sys(attr::CommonName, S::String, QStringLiteral("Directory name (RDN value); fixed once created."));
    sys(attr::ObjDistName, S::Dn, QStringLiteral("Distinguished name."));
    sys(attr::ObjectGuid, S::Guid, QStringLiteral("Identifier that never changes."));
    sys(attr::UsnCreated, S::Integer, QStringLiteral("Site USN when the object was created."));
    sys(attr::UsnChanged, S::Integer, QStringLiteral("Site USN of the object's last change."));
    sys(attr::WhenCreated, S::Time, QStringLiteral("UTC time of creation."));
    sys(attr::WhenChanged, S::Time, QStringLiteral("UTC time of the last change."));
    sys(attr::IsDeleted, S::Boolean, QStringLiteral("TRUE on a tombstone."));

    addRecipientAttributes();
    addAttribute(
        {attr::GatewayProxy, S::AddressTemplate, true, 1024, 0, 0, false,
         QStringLiteral(QT_TRANSLATE_NOOP(
             "sa::core::Phrase", "Site Addressing: how each type of address of a new recipient is made."))});

    const QStringList common{attr::DisplayName, attr::AdminNote};

    auto container = [this, &common](const QString& name, const QString& label, const QString& icon,
                                     const QStringList& superiors) {
        ClassDef def;
        def.name = name;
        def.objClass = QStringLiteral("Container");
        def.label = label;
        def.rdnType = QStringLiteral("cn");
        def.icon = icon;
        def.container = true;
        def.userCreatable = false;
        def.deletable = false;
        def.possibleSuperiors = superiors;
        def.optional = common;
        addClass(def);
    };

    ClassDef org;
    org.name = QStringLiteral("organization");
    org.objClass = QStringLiteral("Organization");
    org.label = QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Organization"));
    org.rdnType = QStringLiteral("o");
    org.icon = QStringLiteral("organization");
    org.container = true;
    org.userCreatable = false;
    org.deletable = false;
    org.optional = common;
    addClass(org);

    ClassDef site;
    site.name = QStringLiteral("site");
    site.objClass = QStringLiteral("Organizational-Unit"); // sites are ou= in the DN
    site.label = QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Site"));
    site.rdnType = QStringLiteral("ou");
    site.icon = QStringLiteral("site");
    site.container = true;
    site.userCreatable = false;
    site.deletable = false;
    site.possibleSuperiors = {QStringLiteral("organization")};
    site.optional = common;
    addClass(site);

    container(QStringLiteral("configuration"),
              QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Site Configuration Container")),
              QStringLiteral("configuration"), {QStringLiteral("site")});
    for (const auto& [name, label] :
         {std::pair{QStringLiteral("add-ins"),
                    QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Add-Ins Container"))},
          std::pair{QStringLiteral("addressing"),
                    QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Addressing Container"))},
          std::pair{QStringLiteral("connections"),
                    QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Connections Container"))},
          std::pair{QStringLiteral("directory-replication"),
                    QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Directory Replication Container"))},
          std::pair{QStringLiteral("monitors"),
                    QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Monitors Container"))},
          std::pair{QStringLiteral("servers"),
                    QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Servers Container"))}}) {
        container(name, label, QStringLiteral("container"), {QStringLiteral("configuration")});
    }

    ClassDef siteAddressing;
    siteAddressing.name = QStringLiteral("site-addressing");
    siteAddressing.objClass = QStringLiteral("Site-Addressing");
    siteAddressing.label = QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Site Addressing"));
    siteAddressing.rdnType = QStringLiteral("cn");
    siteAddressing.icon = QStringLiteral("site-addressing");
    siteAddressing.userCreatable = false;
    siteAddressing.deletable = false;
    siteAddressing.possibleSuperiors = {QStringLiteral("configuration")};
    siteAddressing.optional = common;
    siteAddressing.optional << attr::GatewayProxy;
    addClass(siteAddressing);

    ClassDef server;
    server.name = QStringLiteral("server");
    server.objClass = QStringLiteral("Computer");
    server.label = QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Server"));
    server.rdnType = QStringLiteral("cn");
    server.icon = QStringLiteral("server");
    server.container = true;
    server.userCreatable = false; // add-site and init make servers with their services
    server.deletable = false;
    server.possibleSuperiors = {QStringLiteral("servers")};
    server.optional = common;
    addClass(server);

    // The per-server service objects. Obj-Class names other than MTA are [U]: chosen in the schema's style.
    // Directory Synchronization's Incoming and Outgoing Templates (reference §3.4, Q158694): a
    // template prompt of MS Mail ("Department:") and the attribute it fills, as "Prompt:|Attribute".
    addAttribute({attr::DxaInTemplateMap, S::String, true, 256, 0, 0, false,
                  QStringLiteral(QT_TRANSLATE_NOOP(
                      "sa::core::Phrase",
                      "Incoming Templates: an MS Mail template prompt and the attribute it fills."))});
    addAttribute({attr::DxaOutTemplateMap, S::String, true, 256, 0, 0, false,
                  QStringLiteral(QT_TRANSLATE_NOOP(
                      "sa::core::Phrase",
                      "Outgoing Templates: an attribute and the MS Mail template prompt it is sent as."))});
    addAttribute(
        {attr::DiagnosticsLogging, S::String, true, 128, 0, 0, false,
         QStringLiteral(QT_TRANSLATE_NOOP(
             "sa::core::Phrase", "Diagnostics Logging: a category of the service's events and its level, as "
                                 "\"Category|None, Minimum, Medium or Maximum\". [U: name chosen]"))});
    auto service = [this, &common](const QString& name, const QString& objClass, const QString& label,
                                   const QStringList& extra = {}) {
        ClassDef def;
        def.name = name;
        def.objClass = objClass;
        def.label = label;
        def.rdnType = QStringLiteral("cn");
        def.icon = QStringLiteral("service");
        def.userCreatable = false;
        def.deletable = false;
        def.possibleSuperiors = {QStringLiteral("server")};
        def.optional = common + extra;
        addClass(def);
    };
    service(QStringLiteral("directory-service"), QStringLiteral("Microsoft-DSA"),
            QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Directory Service")));
    service(QStringLiteral("directory-synchronization"), QStringLiteral("Microsoft-DXA"),
            QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Directory Synchronization")),
            {attr::DxaInTemplateMap, attr::DxaOutTemplateMap, attr::DiagnosticsLogging,
             attr::AuthorizedSender, attr::UnauthorizedSender});
    service(QStringLiteral("message-transfer-agent"), QStringLiteral("MTA"),
            QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Message Transfer Agent")));
    service(QStringLiteral("system-attendant"), QStringLiteral("Microsoft-System-Attendant"),
            QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "System Attendant")));

    // Connectors (reference §3.6-3.8). Obj-Class and attribute names other than Activation-Style and
    // Activation-Schedule are [U]: chosen in the schema's style.
    {
        addReference(attr::HomeServer, false,
                     QStringLiteral(QT_TRANSLATE_NOOP(
                         "sa::core::Phrase", "The server a connector runs on, or a mailbox lives on.")));
        addText(attr::LocalNetwork, 10,
                QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase",
                                                 "Network name of the connector's (shadow) postoffice.")));
        addText(attr::LocalPostoffice, 10,
                QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase",
                                                 "Postoffice name of the connector's (shadow) postoffice.")));
        addAttribute({attr::MsMailConnection, S::String, true, 64, 0, 0, false,
                      QStringLiteral(QT_TRANSLATE_NOOP(
                          "sa::core::Phrase",
                          "A postoffice the connector serves: NET/PO (direct) or NET/PO via NET2/PO2."))});
        addAttribute(
            {attr::ConnectorMta, S::String, true, 256, 0, 0, false,
             QStringLiteral(QT_TRANSLATE_NOOP(
                 "sa::core::Phrase",
                 "A connector MTA: service name|polling seconds|NET/PO,NET/PO (postoffices serviced)."))});
        addAttribute(
            {attr::AddressSpace, S::AddressTemplate, true, 1024, 0, 0, false,
             QStringLiteral(QT_TRANSLATE_NOOP(
                 "sa::core::Phrase", "Addresses a connector leads to, as TYPE:pattern (MS:NET/PO/*)."))});
        addReference(
            attr::AdministratorMailbox, false,
            QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Who gets the connector's notices.")));
        addText(
            attr::PrimaryLanguage, 64,
            QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Primary language for MS Mail clients.")));
        addAttribute(
            {attr::MsMailCompatibility, S::Boolean, false, 0, 0, 0, false,
             QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Maximize MS Mail 3.x compatibility."))});
        addAttribute({attr::MessageTracking, S::Boolean, false, 0, 0, 0, false,
                      QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Enable message tracking."))});
        addText(attr::TargetSite, 64,
                QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "The site a site connector leads to.")));
        addAttribute({attr::Cost, S::Integer, false, 0, 1, 100, false,
                      QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Routing cost, 1-100."))});
        addReference(attr::BridgeheadServer, false,
                     QStringLiteral(QT_TRANSLATE_NOOP(
                         "sa::core::Phrase", "Messaging bridgehead in the local site (none: any server).")));
        addAttribute({attr::TargetServers, S::String, true, 64, 0, 0, false,
                      QStringLiteral("Target servers of a site connector: SERVER;cost.")});
        addText(attr::RemoteSite, 64,
                QStringLiteral(QT_TRANSLATE_NOOP(
                    "sa::core::Phrase", "The site a directory replication connector replicates with.")));
        addReference(
            attr::LocalBridgehead, false,
            QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "The local server that replicates.")));
        addText(attr::RemoteBridgehead, 64,
                QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase",
                                                 "The server in the remote site it replicates with.")));
        addAttribute({attr::ActivationStyle, S::Integer, false, 0, 0, 2, false,
                      QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase",
                                                       "0 = never, 1 = at selected times, 2 = always."))});
        addAttribute({attr::ActivationSchedule, S::String, false, 168, 0, 0, false,
                      QStringLiteral(QT_TRANSLATE_NOOP(
                          "sa::core::Phrase",
                          "Selected hours of the week: 168 characters of 0 and 1, Sunday 0:00 first."))});

        const auto connector = [this, &common](const QString& name, const QString& objClass,
                                               const QString& label, const QString& icon,
                                               const QStringList& superiors, const QStringList& required,
                                               const QStringList& optional) {
            ClassDef def;
            def.name = name;
            def.objClass = objClass;
            def.label = label;
            def.rdnType = QStringLiteral("cn");
            def.icon = icon;
            def.possibleSuperiors = superiors;
            def.required = required;
            def.optional = common + optional;
            addClass(def);
        };
        connector(QStringLiteral("msmail-connector"), QStringLiteral("MSMail-Connector"),
                  QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "MS Mail Connector")),
                  QStringLiteral("msmail-connector"), {QStringLiteral("connections")}, {attr::HomeServer},
                  {attr::LocalNetwork, attr::LocalPostoffice, attr::MsMailConnection, attr::ConnectorMta,
                   attr::AddressSpace, attr::AdministratorMailbox, attr::PrimaryLanguage,
                   attr::MsMailCompatibility, attr::MessageTracking});
        connector(QStringLiteral("site-connector"), QStringLiteral("Site-Connector"),
                  QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Site Connector")),
                  QStringLiteral("site-connector"), {QStringLiteral("connections")}, {attr::TargetSite},
                  {attr::Cost, attr::BridgeheadServer, attr::TargetServers, attr::AddressSpace});
        connector(
            QStringLiteral("directory-replication-connector"),
            QStringLiteral("Directory-Replication-Connector"),
            QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Directory Replication Connector")),
            QStringLiteral("replication-connector"), {QStringLiteral("directory-replication")},
            {attr::RemoteSite},
            {attr::LocalBridgehead, attr::RemoteBridgehead, attr::ActivationStyle, attr::ActivationSchedule});

        // The Internet Mail Service: one per server, the site connector between folders on different
        // machines (Q163777), its mail carried by a real MTA (DESIGN.md, "Many computers").
        addAttribute(
            {attr::ConnectedSites, S::String, true, 320, 0, 0, false,
             QStringLiteral(QT_TRANSLATE_NOOP(
                 "sa::core::Phrase", "A site reached through this service: ORG|SITE|routing address (the "
                                     "mail domain of that site's Internet Mail Service)."))});
        addAttribute(
            {attr::TransferMode, S::Integer, false, 0, 0, 3, false,
             QStringLiteral(QT_TRANSLATE_NOOP(
                 "sa::core::Phrase", "0 = inbound and outbound, 1 = inbound only, 2 = outbound only, "
                                     "3 = none (flush queues)."))});
        addText(attr::SmartHost, 255,
                QStringLiteral(QT_TRANSLATE_NOOP(
                    "sa::core::Phrase",
                    "The host every outgoing message is handed to (the MTA; localhost unless set).")));
        addAttribute({attr::SmartHostPort, S::Integer, false, 0, 1, 65535, false,
                      QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase",
                                                       "The smart host's SMTP port (25 unless set)."))});
        addText(attr::InboundDomain, 255,
                QStringLiteral(QT_TRANSLATE_NOOP(
                    "sa::core::Phrase",
                    "This site's mail domain: the MTA delivers it to siteadminctl deliver.")));
        addText(attr::MtaConfiguration, 255,
                QStringLiteral(QT_TRANSLATE_NOOP(
                    "sa::core::Phrase",
                    "The configuration folder of the MTA on this machine (Postfix's, as postqueue -c "
                    "takes it), whose queue the Queues page shows; the system's unless set.")));
        connector(QStringLiteral("internet-mail-service"), QStringLiteral("Internet-Mail-Service"),
                  QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Internet Mail Service")),
                  QStringLiteral("site-connector"), {QStringLiteral("connections")}, {attr::HomeServer},
                  {attr::ConnectedSites, attr::AddressSpace, attr::TransferMode, attr::SmartHost,
                   attr::SmartHostPort, attr::InboundDomain, attr::AdministratorMailbox,
                   attr::DiagnosticsLogging, attr::AuthorizedSender, attr::UnauthorizedSender,
                   attr::MtaConfiguration});
    }

    addDirsyncDefinitions(common);

    addRecipientClasses(common);
}

void Schema::addAttribute(AttributeDef def)
{
    m_attributeIndex.insert(def.name.toLower(), int(m_attributes.size()));
    m_attributes.append(std::move(def));
}

void Schema::addText(const QString& name, int maxLength, const QString& description)
{
    addAttribute({name, Syntax::String, false, maxLength, 0, 0, false, description});
}

void Schema::addSecret(const QString& name, int maxLength, const QString& description)
{
    addAttribute({name, Syntax::String, false, maxLength, 0, 0, false, description, true});
}

void Schema::addReference(const QString& name, bool multiValued, const QString& description)
{
    addAttribute({name, Syntax::Dn, multiValued, 1024, 0, 0, false, description});
}

void Schema::addFlag(const QString& name, const QString& description)
{
    addAttribute({name, Syntax::Boolean, false, 0, 0, 0, false, description});
}

void Schema::addNumber(const QString& name, qint64 min, qint64 max, const QString& description)
{
    addAttribute({name, Syntax::Integer, false, 0, min, max, false, description});
}

void Schema::addClass(ClassDef def)
{
    const int index = int(m_classes.size());
    m_classIndex.insert(def.name.toLower(), index);
    if (!m_classIndex.contains(def.objClass.toLower()))
        m_classIndex.insert(def.objClass.toLower(), index);
    m_classes.append(std::move(def));
}

const ClassDef* Schema::findClass(const QString& name) const
{
    const auto it = m_classIndex.constFind(name.trimmed().toLower());
    return it == m_classIndex.constEnd() ? nullptr : &m_classes.at(*it);
}

const AttributeDef* Schema::findAttribute(const QString& name) const
{
    const auto it = m_attributeIndex.constFind(name.trimmed().toLower());
    return it == m_attributeIndex.constEnd() ? nullptr : &m_attributes.at(*it);
}

QStringList Schema::allowedAttributes(const ClassDef& cls) const
{
    QStringList all = m_systemAttributes;
    for (const QString& a : cls.required + cls.optional) {
        if (!all.contains(a))
            all << a;
    }
    return all;
}

bool Schema::allows(const ClassDef& cls, const QString& attribute) const
{
    const AttributeDef* def = findAttribute(attribute);
    if (!def)
        return false;
    return def->system || cls.required.contains(def->name) || cls.optional.contains(def->name);
}

bool Schema::isRequired(const ClassDef& cls, const QString& attribute) const
{
    const AttributeDef* def = findAttribute(attribute);
    return def && cls.required.contains(def->name);
}

namespace {

Error invalid(const AttributeDef& a, const QString& value, const Phrase& why)
{
    // An error never shows a secret: it goes to the terminal, the window and the event log.
    return Error(ErrorCode::InvalidValue,
                 Phrase::tr("%1: %2 is not valid: %3")
                     .arg(a.name, a.secret ? Secrets::Mask : TextRule::quoted(value), why),
                 a.name);
}

bool isValidAliasChar(QChar c)
{
    // Alias names travel in addresses of every type (MS, SMTP, X.400): keep to the characters
    // all of them accept. Decision [U]: Exchange's exact rule is not known from a source.
    static const QString forbidden = QStringLiteral(" \t\"(),:;<>@[\\]/");
    return c.unicode() > 32 && c.unicode() < 127 && !forbidden.contains(c);
}

} // namespace

Result<QString> Schema::normalizeValue(const AttributeDef& a, const QString& value) const
{
    // The one rule for text at every door (TextRule): no control characters, valid UTF-8, and
    // line breaks only in multi-line text; the length is checked at the end, as stored.
    if (const Phrase why =
            TextRule::problem(value, a.syntax == Syntax::Text ? TextRule::Lines::Many : TextRule::Lines::One);
        !why.isEmpty())
        return invalid(a, value, why);
    switch (a.syntax) {
    case Syntax::String:
    case Syntax::Text:
        break;
    case Syntax::AddressTemplate:
        if (Status s = AddressSyntax::checkTemplate(value); !s)
            return invalid(a, value, s.error().phrase());
        break;
    case Syntax::Alias: {
        if (value.isEmpty())
            return invalid(a, value, Phrase::tr("it is empty"));
        for (QChar c : value) {
            if (!isValidAliasChar(c))
                return invalid(a, value,
                               c == QLatin1Char(' ')
                                   ? Phrase::tr("a space is not allowed in an alias")
                                   : Phrase::tr("the character '%1' is not allowed in an alias").arg(c));
        }
        break;
    }
    case Syntax::Integer: {
        bool ok = false;
        const qint64 n = value.trimmed().toLongLong(&ok);
        if (!ok)
            return invalid(a, value, Phrase::tr("it is not a whole number"));
        if ((a.minValue != 0 || a.maxValue != 0) && (n < a.minValue || n > a.maxValue))
            return invalid(a, value, Phrase::tr("it must be from %1 to %2").arg(a.minValue).arg(a.maxValue));
        return QString::number(n);
    }
    case Syntax::Boolean: {
        const QString v = value.trimmed().toLower();
        if (v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("yes"))
            return BooleanSyntax::text(true);
        if (v == QLatin1String("false") || v == QLatin1String("0") || v == QLatin1String("no"))
            return BooleanSyntax::text(false);
        return invalid(a, value, Phrase::tr("use TRUE or FALSE"));
    }
    case Syntax::Dn: {
        const Result<Dn> dn = Dn::parse(value);
        if (!dn)
            return invalid(a, value, dn.error().phrase());
        return dn->toString();
    }
    case Syntax::Time: {
        const QDateTime t = QDateTime::fromString(value.trimmed(), Qt::ISODate);
        if (!t.isValid())
            return invalid(a, value, Phrase::tr("use an ISO 8601 time such as 2026-01-31T12:00:00Z"));
        return t.toUTC().toString(Qt::ISODate);
    }
    case Syntax::Guid: {
        const QUuid id(value.trimmed());
        if (id.isNull())
            return invalid(a, value, Phrase::tr("it is not a GUID"));
        return id.toString();
    }
    case Syntax::ProxyAddress:
        if (Status s = AddressSyntax::check(value); !s)
            return invalid(a, value, s.error().phrase());
        break;
    }
    if (a.maxLength > 0 && value.size() > a.maxLength)
        return invalid(a, value, Phrase::tr("it is longer than %1 characters").arg(a.maxLength));
    return value;
}

} // namespace sa::core
