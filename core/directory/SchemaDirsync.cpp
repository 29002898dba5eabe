#include "Schema.h"

namespace sa::core {

// Directory synchronization (reference exchange-admin-ui.md §3.1-3.3; schema pages sch_cont_30oi
// and sch_cont_4uox). DXA-Site-Server and Remote-DXA and their DXA-* attributes are the
// original's; the Obj-Class of the Dir-Sync Requestor and the names marked [U] are ours.
void Schema::addDirsyncDefinitions(const QStringList& common)
{
    addReference(
        attr::ResponsibleLocalDxa, false,
        QStringLiteral(QT_TRANSLATE_NOOP(
            "sa::core::Phrase", "The server whose directory synchronization service runs this role.")));
    addReference(
        attr::DxaLocalAdmin, false,
        QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "The dirsync administrator (a mailbox).")));
    addFlag(attr::DxaAdminCopy, QStringLiteral(QT_TRANSLATE_NOOP(
                                    "sa::core::Phrase", "Copy administrator on outgoing messages.")));
    addFlag(attr::DxaAdminForward,
            QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase",
                                             "Forward incoming dirsync messages to administrator.")));
    addFlag(attr::DxaAppendReqCn,
            QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase",
                                             "Append the requestor's name to imported display names.")));
    addSecret(attr::DxaPassword, 64,
              QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase",
                                               "The dirsync password the requestor and server share.")));
    addText(
        attr::DxaNativeAddressType, 8,
        QStringLiteral(QT_TRANSLATE_NOOP(
            "sa::core::Phrase", "Requestor address type: the address type exported recipients carry (MS).")));
    addNumber(attr::DxaRecipientCp, 0, 65535,
              QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase",
                                               "Requestor language, as its code page (437 English).")));
    addFlag(attr::DxaExportNow,
            QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase",
                                             "Export on next cycle: send every entry with the next reply.")));
    addFlag(attr::DxaImportNow, QStringLiteral(QT_TRANSLATE_NOOP(
                                    "sa::core::Phrase", "Import on next cycle: ask for every entry.")));
    addNumber(attr::DxaExchangeOptions, 0, 3,
              QStringLiteral(QT_TRANSLATE_NOOP(
                  "sa::core::Phrase", "0 = none, 1 = send updates, 2 = receive updates, 3 = both.")));
    addNumber(attr::DxaTemplateOptions, 0, 3,
              QStringLiteral(QT_TRANSLATE_NOOP(
                  "sa::core::Phrase", "Template information: 0 = none, 1 = receive, 2 = send, 3 = both.")));
    addAttribute(
        {attr::DxaTypes, Syntax::String, true, 16, 0, 0, false,
         QStringLiteral(QT_TRANSLATE_NOOP(
             "sa::core::Phrase", "Address types asked for from the dirsync server (PCM, SMTP, ...)."))});
    addText(attr::DxaReqName, 21,
            QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase",
                                             "The postoffice at the other end: NETWORK/POSTOFFICE.")));
    addReference(
        attr::DxaDirsyncAddress, false,
        QStringLiteral(QT_TRANSLATE_NOOP(
            "sa::core::Phrase", "The MS Mail custom recipient NET/PO/$SYSTEM dirsync mail goes to. [U: name "
                                "chosen]")));
    for (const auto& [name, what] :
         {std::pair{attr::DxaReqSeq, "Transactions received from the requestor, cumulative."},
          std::pair{attr::DxaSvrSeq, "Transactions sent to the requestor, cumulative."},
          std::pair{attr::DxaConfSeq, "Transactions the requestor has confirmed."},
          std::pair{attr::DxaImpSeq, "Full import requests."}}) {
        addAttribute({name, Syntax::Integer, false, 0, 0, 0, false, QLatin1String(what), false, true});
    }
    addReference(
        attr::ImportContainer, false,
        QStringLiteral(QT_TRANSLATE_NOOP(
            "sa::core::Phrase", "The recipients container imported entries become custom recipients in.")));
    addNumber(attr::ImportTrustLevel, 0, 100,
              QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase",
                                               "Trust level stamped on imported entries. [U: name chosen]")));
    addReference(
        attr::ExportContainers, true,
        QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "The recipients containers exported.")));
    addNumber(
        attr::ExportTrustLevel, 0, 100,
        QStringLiteral(QT_TRANSLATE_NOOP(
            "sa::core::Phrase", "Recipients with a higher trust level are not exported. [U: name chosen]")));
    addFlag(attr::ExportCustomRecipients,
            QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Export custom recipients too.")));
    addNumber(attr::DeletionThreshold, 0, 1000000,
              QStringLiteral(QT_TRANSLATE_NOOP(
                  "sa::core::Phrase",
                  "A reply that would delete more entries than this stops until approved (0 = no "
                  "limit; default 500). [U: ours]")));
    addNumber(
        attr::DeletionThresholdPercent, 0, 100,
        QStringLiteral(QT_TRANSLATE_NOOP(
            "sa::core::Phrase", "... or more than this percentage of the requestor's entries (0 = no limit; "
                                "default 10). [U: ours]")));

    const QStringList schedule{attr::ActivationStyle, attr::ActivationSchedule};
    const QStringList containers{attr::ImportContainer,         attr::ImportTrustLevel,
                                 attr::ExportContainers,        attr::ExportTrustLevel,
                                 attr::ExportCustomRecipients,  attr::DeletionThreshold,
                                 attr::DeletionThresholdPercent};
    const QStringList numbers{attr::DxaReqSeq, attr::DxaSvrSeq, attr::DxaConfSeq, attr::DxaImpSeq};
    ClassDef dxaServer;
    dxaServer.name = QStringLiteral("dirsync-server");
    dxaServer.objClass = QStringLiteral("DXA-Site-Server");
    dxaServer.label =
        QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Directory Synchronization Server"));
    dxaServer.rdnType = QStringLiteral("cn");
    dxaServer.icon = QStringLiteral("dirsync-server");
    dxaServer.container = true; // its Remote Dir-Sync Requestors are listed when it is selected
    dxaServer.possibleSuperiors = {QStringLiteral("connections")};
    dxaServer.required = {attr::ResponsibleLocalDxa};
    dxaServer.optional =
        common + schedule + QStringList{attr::DxaLocalAdmin, attr::DxaAdminCopy, attr::DxaAdminForward};
    addClass(dxaServer);

    ClassDef remote;
    remote.name = QStringLiteral("remote-dirsync-requestor");
    remote.objClass = QStringLiteral("Remote-DXA");
    remote.label = QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Remote Dir-Sync Requestor"));
    remote.rdnType = QStringLiteral("cn");
    remote.icon = QStringLiteral("remote-requestor");
    remote.possibleSuperiors = {QStringLiteral("dirsync-server")};
    remote.optional =
        common + containers + numbers + QStringList{attr::DxaReqName,           attr::DxaDirsyncAddress,
                                                    attr::DxaPassword,          attr::DxaAppendReqCn,
                                                    attr::DxaNativeAddressType, attr::DxaRecipientCp,
                                                    attr::DxaExportNow,         attr::DxaImportNow,
                                                    attr::DxaExchangeOptions,   attr::DxaTemplateOptions};
    addClass(remote);

    ClassDef requestor;
    requestor.name = QStringLiteral("dirsync-requestor");
    requestor.objClass = QStringLiteral("DXA-Requestor"); // [U]
    requestor.label = QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Dir-Sync Requestor"));
    requestor.rdnType = QStringLiteral("cn");
    requestor.icon = QStringLiteral("dirsync-requestor");
    requestor.possibleSuperiors = {QStringLiteral("connections")};
    requestor.required = {attr::ResponsibleLocalDxa};
    requestor.optional =
        common + containers + numbers + schedule +
        QStringList{attr::DxaReqName,        attr::DxaDirsyncAddress, attr::DxaPassword,
                    attr::DxaAppendReqCn,    attr::DxaTypes,          attr::DxaRecipientCp,
                    attr::DxaExportNow,      attr::DxaImportNow,      attr::DxaExchangeOptions,
                    attr::DxaTemplateOptions};
    addClass(requestor);
}

} // namespace sa::core
