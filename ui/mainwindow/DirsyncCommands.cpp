#include "DirsyncCommands.h"

#include "MainWindow.h"
#include "ServerWindow.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "ui/properties/dirsync/DirsyncPages.h"
#include "ui/session/SiteSession.h"
#include "ui/wizards/ObjectWizard.h"

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
    if (QAction* a = m_window.action(QStringLiteral("actionNewDirSyncServer")))
        a->setEnabled(w && !server && !requestor);
    if (QAction* a = m_window.action(QStringLiteral("actionNewRemoteDirSyncRequestor")))
        a->setEnabled(false); // (the Remote Dir-Sync Requestor wizard comes with its pages)
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
        &m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ObjectWizard::objectCreated, w, [this, w](const core::DirectoryObject& created) {
        w->session().watcher().poll();
        w->selectObject(created.id);
        updateActions();
    });
    wizard->open();
    return wizard;
}

} // namespace sa::ui
