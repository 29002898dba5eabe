#include "DirsyncPartner.h"

#include "DirsyncTemplateMap.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Schema.h"
#include "core/dirsyncprotocol/DirsyncAddress.h"
#include "core/services/Services.h"

#include <algorithm>

namespace sa::core {

namespace DirsyncRole {

Result<DirectoryObject> ownObject(DirectoryStore& store, const QString& className, const QString& label)
{
    auto found = store.objectsOf(ListFilter{{className}, true});
    if (!found)
        return found.error();
    for (const DirectoryObject& o : found.value()) {
        if (!o.isReplica())
            return o;
    }
    return Error(ErrorCode::NotFound,
                 Phrase::tr("site %1 has no %2").arg(store.siteName(), Phrase::known(label)));
}

QString server(const DirectoryObject& role)
{
    auto parsed = Dn::parse(role.value(attr::ResponsibleLocalDxa));
    return parsed ? parsed->rdn().value : QString();
}

Status requireService(DirectoryStore& store, const DirectoryObject& role)
{
    const QString name = server(role);
    auto state = Services::state(store, name, Services::DirectorySynchronization);
    if (!state)
        return state.error();
    if (state.value() == ServiceState::Stopped)
        return Error(ErrorCode::NotAllowed,
                     Phrase::tr("Directory Synchronization is not running on %1; start it first").arg(name));
    return {};
}

} // namespace DirsyncRole

Status DirsyncPartner::setNumbers(DirectoryWriter& w, const QList<std::pair<QString, qint64>>& numbers) const
{
    QList<AttributeChange> changes;
    for (const auto& [attribute, n] : numbers)
        changes.append({attribute, AttributeChange::Op::Replace, {QString::number(n)}});
    return w.modify(object.dn, changes);
}

QString DirsyncPartner::exportConfig(const DirsyncTemplateMap::Map& outgoing) const
{
    QStringList containers = exportContainers;
    std::sort(containers.begin(), containers.end());
    QString config = QStringLiteral("%1|%2|%3|%4")
                         .arg(containers.join(QLatin1Char(';')))
                         .arg(exportTrust)
                         .arg(exportCustom ? 1 : 0)
                         .arg(nativeType.toUpper());
    // Outgoing Templates changed: every entry goes again with its new fields. (No map adds
    // nothing, so a site without one keeps the configuration it had.)
    for (const auto& [prompt, attribute] : outgoing)
        config += QStringLiteral("|%1=%2").arg(prompt, attribute);
    return config;
}

bool DirsyncPartner::exceedsDeletionThreshold(int deletes, int entries) const
{
    if (deletes <= 0)
        return false;
    if (deletionThreshold > 0 && deletes > deletionThreshold)
        return true;
    return deletionThresholdPercent > 0 && entries > 0 &&
           qint64(deletes) * 100 > qint64(deletionThresholdPercent) * entries;
}

Result<DirsyncPartner> DirsyncPartner::of(DirectoryStore& store, const DirectoryObject& requestor)
{
    DirsyncPartner p = settingsOf(requestor);
    const QString addressDn = requestor.value(attr::DxaDirsyncAddress);
    if (!addressDn.isEmpty()) {
        auto dn = Dn::parse(addressDn);
        auto o = dn ? store.object(dn.value()) : Result<DirectoryObject>(dn.error());
        if (o)
            p.address = o->value(attr::TargetAddress);
    }
    if (p.address.isEmpty() && !p.postoffice.isEmpty())
        p.address = QStringLiteral("MS:%1/$SYSTEM").arg(p.postoffice);
    p.addressKey = DirsyncAddress::key(p.address);
    return p;
}

DirsyncPartner DirsyncPartner::refreshed(const DirectoryObject& requestor) const
{
    DirsyncPartner p = settingsOf(requestor);
    p.address = address;
    p.addressKey = addressKey;
    return p;
}

DirsyncPartner DirsyncPartner::settingsOf(const DirectoryObject& requestor)
{
    DirsyncPartner p;
    p.object = requestor;
    p.name = requestor.rdn();
    p.postoffice = requestor.value(attr::DxaReqName).toUpper();
    p.password = requestor.value(attr::DxaPassword);
    const auto flag = [&](const QString& a) {
        return requestor.flag(a);
    };
    const auto number = [&](const QString& a, qint64 fallback) {
        bool ok = false;
        const qint64 n = requestor.value(a).toLongLong(&ok);
        return ok ? n : fallback;
    };
    p.appendName = flag(attr::DxaAppendReqCn);
    p.exportNow = flag(attr::DxaExportNow);
    p.importNow = flag(attr::DxaImportNow);
    p.exportCustom = flag(attr::ExportCustomRecipients);
    if (!requestor.value(attr::DxaNativeAddressType).isEmpty())
        p.nativeType = requestor.value(attr::DxaNativeAddressType).toUpper();
    p.importContainer = requestor.value(attr::ImportContainer);
    p.importTrust = int(number(attr::ImportTrustLevel, 0));
    p.exportTrust = int(number(attr::ExportTrustLevel, 20));
    p.deletionThreshold = int(number(attr::DeletionThreshold, 500));
    p.deletionThresholdPercent = int(number(attr::DeletionThresholdPercent, 10));
    for (const QString& c : requestor.valuesOf(attr::ExportContainers)) {
        auto dn = Dn::parse(c);
        if (dn)
            p.exportContainers << dn->key();
    }
    p.reqSeq = number(attr::DxaReqSeq, 0);
    p.svrSeq = number(attr::DxaSvrSeq, 0);
    p.confSeq = number(attr::DxaConfSeq, 0);
    p.impSeq = number(attr::DxaImpSeq, 0);
    return p;
}

} // namespace sa::core
