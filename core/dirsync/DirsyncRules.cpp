#include "DirsyncRules.h"

#include "DirsyncExport.h"
#include "DirsyncImport.h"
#include "DirsyncPartnerState.h"
#include "DirsyncPending.h"
#include "core/common/PasswordRule.h"
#include "core/directory/AddressSyntax.h"
#include "core/directory/BooleanSyntax.h"
#include "core/directory/DirectoryLookup.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"

namespace sa::core {

namespace {

const QString RemoteRequestor = QStringLiteral("remote-dirsync-requestor");
const QString Requestor = QStringLiteral("dirsync-requestor");
const QString Server = QStringLiteral("dirsync-server");
const QString CustomRecipient = QStringLiteral("custom-recipient");
const QString SystemMailbox = QStringLiteral("$SYSTEM");

Error refused(const Phrase& why, const QString& attribute = {})
{
    return Error(ErrorCode::NotAllowed, why, attribute);
}

} // namespace

bool DirsyncRules::isRequestorClass(const QString& className)
{
    return className == RemoteRequestor || className == Requestor;
}

QString DirsyncRules::systemPostoffice(const QString& address)
{
    if (AddressSyntax::typeOf(address).compare(QLatin1String("MS"), Qt::CaseInsensitive) != 0)
        return {};
    const QStringList parts = AddressSyntax::valueOf(address).split(QLatin1Char('/'));
    if (parts.size() != 3 || parts.at(2).compare(SystemMailbox, Qt::CaseInsensitive) != 0)
        return {};
    return (parts.at(0) + QLatin1Char('/') + parts.at(1)).toUpper();
}

Result<QList<DirectoryObject>> DirsyncRules::withValue(const QString& className, const QString& attribute,
                                                       const QString& value)
{
    ValueQuery query = ValueQuery::attribute(attribute, {value});
    query.className = className;
    auto holders = DirectoryLookup(m_writer.store()).holders(query);
    if (!holders)
        return holders.error();
    QList<DirectoryObject> out;
    for (const ValueHolder& h : holders.value()) {
        auto o = m_writer.store().objectById(h.id);
        if (!o)
            return o.error();
        out << o.value();
    }
    return out;
}

Status DirsyncRules::checkContainers(const AttributeValues& values)
{
    for (const QString& name : {attr::ImportContainer, attr::ExportContainers}) {
        for (const QString& text : values.value(name)) {
            auto dn = Dn::parse(text);
            auto o = dn ? m_writer.store().object(dn.value()) : Result<DirectoryObject>(dn.error());
            if (!o)
                return Error(ErrorCode::NotFound, Phrase::tr("%1: no container %2").arg(name, text), name);
            if (o->cls->name != QLatin1String("recipients-container"))
                return Error(ErrorCode::InvalidValue,
                             Phrase::tr("%1: %2 is a %3, not a recipients container")
                                 .arg(name, text, Phrase::known(o->cls->label)),
                             name);
            if (name == attr::ImportContainer && o->isReplica())
                return refused(Phrase::tr("%1 is a replica of site %2's container; import into a "
                                          "container of this site")
                                   .arg(o->displayName(), o->masterSite),
                               name);
        }
    }
    return {};
}

Status DirsyncRules::beforeCreate(const ClassDef& cls, const Dn& parent, AttributeValues& values)
{
    Q_UNUSED(parent)
    DirectoryStore& store = m_writer.store();
    if (cls.name == Server || cls.name == Requestor) {
        // Q151668: one Exchange server in the organization with either role.
        auto roles = store.objectsOf(ListFilter{{Server, Requestor}, true});
        if (!roles)
            return roles.error();
        if (!roles->isEmpty())
            return refused(Phrase::tr("the organization already has a %1 (%2); only one server takes "
                                      "part in directory synchronization, as server or as requestor")
                               .arg(roles->first().cls->label, roles->first().dn.toString()));
        for (const QString& serverDn : values.value(attr::ResponsibleLocalDxa)) {
            auto s = Dn::parse(serverDn);
            auto o = s ? store.object(s.value()) : Result<DirectoryObject>(s.error());
            if (!o || o->cls->name != QLatin1String("server"))
                return Error(ErrorCode::NotFound,
                             Phrase::tr("%1: no server %2").arg(attr::ResponsibleLocalDxa, serverDn),
                             attr::ResponsibleLocalDxa);
        }
    }
    if (cls.name == CustomRecipient) {
        // A second NET/PO/$SYSTEM custom recipient stops directory synchronization with that
        // postoffice (events 136/139, Admin's c1030b35; Q151668, Q163625): refused, naming the first.
        const QString target = values.value(attr::TargetAddress).value(0);
        const QString postoffice = systemPostoffice(target);
        if (postoffice.isEmpty())
            return {};
        auto same = withValue(CustomRecipient, attr::TargetAddress, target);
        if (!same)
            return same.error();
        if (!same->isEmpty())
            return Error(
                ErrorCode::AlreadyExists,
                Phrase::tr("the address \"%1\" is already used by %2 (%3): %4 has its $SYSTEM custom "
                           "recipient already; use that one as the Dir-Sync Address (a second one stops "
                           "directory synchronization with %4)")
                    .arg(target, same->first().displayName(), same->first().dn.toString(), postoffice),
                attr::TargetAddress);
        return {};
    }
    if (!isRequestorClass(cls.name))
        return {};

    if (Status s = checkContainers(values); !s)
        return s;
    QString postoffice = values.value(attr::DxaReqName).value(0).trimmed().toUpper();
    const QString addressText = values.value(attr::DxaDirsyncAddress).value(0);
    if (!postoffice.isEmpty()) {
        const QStringList parts = postoffice.split(QLatin1Char('/'));
        if (parts.size() != 2)
            return Error(ErrorCode::InvalidValue,
                         Phrase::tr("%1: \"%2\" is not NETWORK/POSTOFFICE").arg(attr::DxaReqName, postoffice),
                         attr::DxaReqName);
        for (int i = 0; i < 2; ++i) {
            if (Status s = AddressSyntax::checkMsMailPart(
                    i == 0 ? QStringLiteral("network") : QStringLiteral("postoffice"), parts.at(i));
                !s)
                return Error(ErrorCode::InvalidValue,
                             Phrase::tr("%1: %2").arg(attr::DxaReqName, s.error().phrase()),
                             attr::DxaReqName);
        }
    }
    if (!addressText.isEmpty()) {
        // <non msmail requestor>: the administrator's custom recipient (Q152167 step 3).
        auto dn = Dn::parse(addressText);
        auto o = dn ? store.object(dn.value()) : Result<DirectoryObject>(dn.error());
        if (!o)
            return Error(ErrorCode::NotFound,
                         Phrase::tr("%1: no object %2").arg(attr::DxaDirsyncAddress, addressText),
                         attr::DxaDirsyncAddress);
        const QString of =
            o->cls->name == CustomRecipient ? systemPostoffice(o->value(attr::TargetAddress)) : QString();
        if (of.isEmpty())
            return Error(ErrorCode::InvalidValue,
                         Phrase::tr("the Dir-Sync Address must be an MS Mail custom recipient "
                                    "NETWORK/POSTOFFICE/$SYSTEM; %1 is not one")
                             .arg(o->displayName()),
                         attr::DxaDirsyncAddress);
        if (!postoffice.isEmpty() && postoffice != of)
            return Error(ErrorCode::InvalidValue,
                         Phrase::tr("the Dir-Sync Address %1 is not the $SYSTEM mailbox of %2")
                             .arg(o->value(attr::TargetAddress), postoffice),
                         attr::DxaDirsyncAddress);
        postoffice = of;
    }
    if (postoffice.isEmpty())
        return Error(ErrorCode::MissingAttribute,
                     Phrase::tr("a %1 needs its postoffice (%2, NETWORK/POSTOFFICE) or its Dir-Sync Address "
                                "(%3)")
                         .arg(Phrase::known(cls.label), attr::DxaReqName, attr::DxaDirsyncAddress),
                     attr::DxaReqName);
    values[attr::DxaReqName] = {postoffice};

    // One requestor per postoffice.
    for (const QString& className : {RemoteRequestor, Requestor}) {
        auto same = withValue(className, attr::DxaReqName, postoffice);
        if (!same)
            return same.error();
        if (!same->isEmpty())
            return Error(ErrorCode::AlreadyExists,
                         Phrase::tr("%1 already has a requestor, %2; a postoffice has one")
                             .arg(postoffice, same->first().displayName()),
                         attr::DxaReqName);
    }
    // Last of the checks, before anything is written (the Dir-Sync Address below).
    if (Status s = checkPassword(values, values.value(attr::DisplayName).value(0)); !s)
        return s;

    if (addressText.isEmpty()) {
        // The hidden NET/PO/$SYSTEM custom recipient (Q147084), or the unused one already there.
        const QString target = QStringLiteral("MS:%1/%2").arg(postoffice, SystemMailbox);
        auto existing = withValue(CustomRecipient, attr::TargetAddress, target);
        if (!existing)
            return existing.error();
        if (!existing->isEmpty()) {
            values[attr::DxaDirsyncAddress] = {existing->first().dn.toString()};
        } else {
            const QString org = store.organizationName();
            const QString site = store.siteName();
            auto made = m_writer.create(
                CustomRecipient, SiteBuilder::recipientsDn(org, site),
                {{attr::DisplayName,
                  AttributeChange::Op::Replace,
                  {postoffice + QLatin1Char('/') + SystemMailbox}},
                 {attr::MailNickname,
                  AttributeChange::Op::Replace,
                  {SystemMailbox + QLatin1Char('-') +
                   QString(postoffice).replace(QLatin1Char('/'), QLatin1Char('-'))}},
                 {attr::TargetAddress, AttributeChange::Op::Replace, {target}},
                 {attr::HideFromAddressBook, AttributeChange::Op::Replace, {BooleanSyntax::text(true)}}},
                target);
            if (!made)
                return made.error();
            values[attr::DxaDirsyncAddress] = {made->toString()};
        }
    }
    // The original's defaults (Q180297): address type MS, English, send and receive; numbers 0.
    const auto byDefault = [&values](const QString& name, const QString& value) {
        if (values.value(name).isEmpty())
            values[name] = {value};
    };
    byDefault(attr::DxaNativeAddressType, QStringLiteral("MS"));
    byDefault(attr::DxaRecipientCp, QStringLiteral("437"));
    byDefault(attr::DxaExchangeOptions, QStringLiteral("3"));
    byDefault(attr::ImportTrustLevel, QStringLiteral("0"));
    byDefault(attr::ExportTrustLevel, QStringLiteral("20"));
    for (const QString& n : {attr::DxaReqSeq, attr::DxaSvrSeq, attr::DxaConfSeq, attr::DxaImpSeq})
        byDefault(n, QStringLiteral("0"));
    return {};
}

Status DirsyncRules::checkPassword(const AttributeValues& values, const QString& requestor)
{
    return PasswordRule::check(values.value(attr::DxaPassword).value(0),
                               requestor.isEmpty()
                                   ? QStringLiteral("the dirsync password")
                                   : QStringLiteral("the dirsync password of %1").arg(requestor),
                               attr::DxaPassword);
}

Status DirsyncRules::beforeModify(const DirectoryObject& current, const AttributeValues& values,
                                  const QStringList& touched)
{
    if (!isRequestorClass(current.cls->name))
        return {};
    if (touched.contains(attr::ImportContainer) && !current.value(attr::ImportContainer).isEmpty())
        return refused(Phrase::tr("the import container of %1 is fixed once chosen; delete the requestor "
                                  "and create it again to import elsewhere")
                           .arg(current.displayName()),
                       attr::ImportContainer);
    if (touched.contains(attr::DxaPassword)) {
        if (Status s = checkPassword(values, current.displayName()); !s)
            return s;
    }
    if (touched.contains(attr::DxaReqName))
        return refused(Phrase::tr("the postoffice of %1 is fixed once created").arg(current.displayName()),
                       attr::DxaReqName);
    if (touched.contains(attr::DxaDirsyncAddress)) {
        const QString text = values.value(attr::DxaDirsyncAddress).value(0);
        auto dn = Dn::parse(text);
        auto o = dn ? m_writer.store().object(dn.value()) : Result<DirectoryObject>(dn.error());
        if (!o || o->cls->name != CustomRecipient ||
            systemPostoffice(o->value(attr::TargetAddress)) != current.value(attr::DxaReqName).toUpper())
            return Error(ErrorCode::InvalidValue,
                         Phrase::tr("the Dir-Sync Address of %1 must be the custom recipient %2/$SYSTEM")
                             .arg(current.displayName(), current.value(attr::DxaReqName)),
                         attr::DxaDirsyncAddress);
    }
    return checkContainers(values);
}

Status DirsyncRules::checkRemove(const DirectoryObject& object)
{
    if (object.cls->name == Server) {
        // Q180434: every requestor under it is deleted first; say which.
        auto kids = m_writer.store().children(object.id, ChildQuery{});
        if (!kids)
            return kids.error();
        QStringList names;
        for (const DirectoryObject& k : kids.value())
            names << k.displayName();
        if (!names.isEmpty())
            return refused(Phrase::tr("%1 still has Remote Dir-Sync Requestors (%2); delete them first")
                               .arg(object.displayName(), names.join(QStringLiteral(", "))));
        return {};
    }
    if (object.cls->name == CustomRecipient) {
        if (systemPostoffice(object.value(attr::TargetAddress)).isEmpty())
            return {}; // only a NET/PO/$SYSTEM custom recipient can be a Dir-Sync Address
        for (const QString& className : {RemoteRequestor, Requestor}) {
            auto users = withValue(className, attr::DxaDirsyncAddress, object.dn.toString());
            if (!users)
                return users.error();
            if (!users->isEmpty())
                return refused(Phrase::tr("%1 is the Dir-Sync Address of %2; delete the requestor first")
                                   .arg(object.displayName(), users->first().displayName()));
        }
        return {};
    }
    return {};
}

Status DirsyncRules::beforeRemove(const DirectoryObject& object)
{
    if (!isRequestorClass(object.cls->name))
        return {};
    // Its imported custom recipients go with it (Q181952); the hidden $SYSTEM one stays (Q163625).
    auto imported = DirsyncImport::importedFrom(m_writer.store(), object.guid);
    if (!imported)
        return imported.error();
    for (const QString& guid : imported.value()) {
        auto o = m_writer.store().objectByGuid(guid);
        if (!o || o->deleted || o->isReplica())
            continue;
        if (Status s = m_writer.remove(o->dn); !s)
            return s;
    }
    for (const auto& forget : {DirsyncImport::forgetRequestor, DirsyncExport::forgetRequestor,
                               DirsyncPending::forget, DirsyncPartnerState::forget}) {
        if (Status s = forget(m_writer, object.guid); !s)
            return s;
    }
    return {};
}

} // namespace sa::core
