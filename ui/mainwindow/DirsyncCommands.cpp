#include "DirsyncCommands.h"

#include "MainWindow.h"
#include "ServerWindow.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/dirsync/DirsyncServer.h"
#include "ui/properties/dirsync/DirsyncPages.h"
#include "ui/session/SiteSession.h"
#include "ui/wizards/ObjectWizard.h"
#include "ui/wizards/RequestorChoicePage.h"

#include <QAction>

namespace sa::ui {

DirsyncCommands::DirsyncCommands(MainWindow& window) : QObject(&window), m_window(window)
{
}

void DirsyncCommands::updateActions()
{
    ServerWindow* w = m_window.activeServerWindow();
    bool server = false;
    bool requestor = false;
    if (w) {
        auto roles = w->session().store().objectsOf(
            core::ListFilter{{QStringLiteral("dirsync-server"), QStringLiteral("dirsync-requestor")}, true});
        for (const core::DirectoryObject& o : roles ? roles.value() : QList<core::DirectoryObject>()) {
            server = server || o.cls->name == QLatin1String("dirsync-server");
            requestor = requestor || o.cls->name == QLatin1String("dirsync-requestor");
        }
    }
    // One server of the organization takes part in dirsync, as server or as requestor (Q151668).
    for (const char* name : {"actionNewDirSyncServer", "actionNewDirSyncRequestor"}) {
        if (QAction* a = m_window.action(QString::fromLatin1(name)))
            a->setEnabled(w && !server && !requestor);
    }
    if (QAction* a = m_window.action(QStringLiteral("actionNewRemoteDirSyncRequestor"))) {
        // Only once the site has its own Directory Synchronization Server (Q180297).
        const bool own = w && core::DirsyncServer::serverObject(w->session().store()).ok();
        a->setEnabled(own);
    }
}

ObjectWizard* DirsyncCommands::show(ObjectWizard* wizard, ServerWindow* window)
{
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setHistory(m_window.undoHistory());
    connect(wizard, &ObjectWizard::objectCreated, window,
            [this, window](const core::DirectoryObject& created) {
                window->showObject(created);
                updateActions();
            });
    wizard->open();
    return wizard;
}

ObjectWizard* DirsyncCommands::newDirsyncServer()
{
    ServerWindow* w = m_window.activeServerWindow();
    if (!w)
        return nullptr;
    SiteSession& session = w->session();
    core::DirectoryObject prototype;
    prototype.cls = core::Schema::instance().findClass(QStringLiteral("dirsync-server"));
    prototype.dn = core::SiteBuilder::connectionsDn(session.organization(), session.site());
    prototype.values[core::attr::DisplayName] = {tr("Directory Synchronization Server")};
    prototype.values[core::attr::CommonName] = {tr("Directory Synchronization Server")};
    prototype.values[core::attr::ResponsibleLocalDxa] = {
        core::SiteBuilder::serverDn(session.organization(), session.site(), w->server()).toString()};
    auto* wizard = new ObjectWizard(
        session.store(), prototype, dirsyncServerPages(),
        {{tr("General"),
          tr("The server whose Directory Synchronization service answers the MS Mail postoffices, "
             "and who gets copies of the dirsync mail.")},
         {tr("Schedule"), tr("When T2 runs: the server takes the postoffices' updates and sends each what it "
                             "lacks, at the top of each selected hour.")}},
        nullptr, &m_window);
    return show(wizard, w);
}

ObjectWizard* DirsyncCommands::newRemoteRequestor()
{
    ServerWindow* w = m_window.activeServerWindow();
    if (!w)
        return nullptr;
    SiteSession& session = w->session();
    auto server = core::DirsyncServer::serverObject(session.store());
    if (!server)
        return nullptr;
    core::DirectoryObject prototype;
    prototype.cls = core::Schema::instance().findClass(QStringLiteral("remote-dirsync-requestor"));
    prototype.dn = server->dn;
    auto* wizard = new ObjectWizard(
        session.store(), prototype, remoteRequestorPages(),
        {{tr("General"),
          tr("Its name, the dirsync password registered on the MS Mail side, and what the next cycle "
             "does.")},
         {tr("Dir-Sync Address"), tr("The $SYSTEM mailbox of the postoffice, where its dirsync mail goes.")},
         {tr("Import Container"), tr("Where the postoffice's users become custom recipients.")},
         {tr("Export Containers"), tr("What the postoffice's users will see of this organization.")}},
        new RequestorChoicePage(session.store(), RequestorChoicePage::NonMsMail,
                                QStringLiteral("remote-dirsync-requestor")),
        &m_window);
    return show(wizard, w);
}

ObjectWizard* DirsyncCommands::newDirsyncRequestor()
{
    ServerWindow* w = m_window.activeServerWindow();
    if (!w)
        return nullptr;
    SiteSession& session = w->session();
    core::DirectoryObject prototype;
    prototype.cls = core::Schema::instance().findClass(QStringLiteral("dirsync-requestor"));
    prototype.dn = core::SiteBuilder::connectionsDn(session.organization(), session.site());
    prototype.values[core::attr::ResponsibleLocalDxa] = {
        core::SiteBuilder::serverDn(session.organization(), session.site(), w->server()).toString()};
    auto* wizard = new ObjectWizard(
        session.store(), prototype, dirsyncRequestorPages(),
        {{tr("General"), tr("Its name, the address types to ask the server for, and the server that is the "
                            "requestor.")},
         {tr("Settings"),
          tr("The dirsync password registered on the server, and what is sent and received.")},
         {tr("Dir-Sync Address"), tr("The $SYSTEM mailbox of the dirsync server, where the updates go.")},
         {tr("Import Container"), tr("Where the server's entries become custom recipients.")},
         {tr("Export Containers"), tr("What the MS Mail postoffices will see of this organization.")},
         {tr("Schedule"),
          tr("When T1 runs: this site sends its updates and requests at the top of each selected "
             "hour.")}},
        new RequestorChoicePage(session.store(), RequestorChoicePage::NonMsMailServer,
                                QStringLiteral("dirsync-requestor")),
        &m_window);
    return show(wizard, w);
}

} // namespace sa::ui
