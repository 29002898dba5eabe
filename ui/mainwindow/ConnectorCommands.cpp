#include "ConnectorCommands.h"

#include "MainWindow.h"
#include "ServerWindow.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/transport/ConnectorPartners.h"
#include "ui/common/Prompts.h"
#include "ui/common/Text.h"
#include "ui/properties/PropertySheet.h"
#include "ui/session/SiteSession.h"

#include <algorithm>

namespace sa::ui {

namespace attr = core::attr;

ConnectorCommands::ConnectorCommands(MainWindow& window) : QObject(&window), m_window(window)
{
}

std::optional<core::DirectoryObject>
ConnectorCommands::newOnFreeServer(const QString& className, const QString& title, const QString& allTaken)
{
    ServerWindow* w = m_window.activeServerWindow();
    if (!w)
        return std::nullopt;
    core::DirectoryStore& store = w->session().store();
    const QString org = w->session().organization();
    const QString site = w->session().site();
    auto servers = store.subtree(core::SiteBuilder::serversDn(org, site), 1, QStringLiteral("server"));
    auto services = store.objectsOf(core::ListFilter{{className}, true});
    if (!servers || !services) {
        Prompts::error(&m_window, title, (servers ? services.error() : servers.error()).translated());
        return std::nullopt;
    }
    QStringList taken; // servers that have theirs already (one per server)
    for (const core::DirectoryObject& c : services.value()) {
        if (!c.isReplica())
            taken << c.value(attr::HomeServer).toLower();
    }
    QList<core::DirectoryObject> free;
    for (const core::DirectoryObject& s : servers.value()) {
        if (s.cls->name == QLatin1String("server") && !taken.contains(s.dn.toString().toLower()))
            free << s;
    }
    // The selected server if it is one of them, else the first.
    const auto selected = w->selectedContainer();
    auto chosen = std::find_if(free.begin(), free.end(), [&](const core::DirectoryObject& s) {
        return selected && selected->dn == s.dn;
    });
    if (chosen == free.end())
        chosen = free.begin();
    if (chosen == free.end()) {
        Prompts::information(&m_window, title, allTaken.arg(site));
        return std::nullopt;
    }
    core::DirectoryObject o = prototype(className, core::SiteBuilder::connectionsDn(org, site));
    const QString name = QStringLiteral("%1 (%2)").arg(title, chosen->rdn());
    o.values[attr::CommonName] = {name};
    o.values[attr::DisplayName] = {name};
    o.values[attr::HomeServer] = {chosen->dn.toString()};
    return o;
}

void ConnectorCommands::newMsMailConnector()
{
    ServerWindow* w = m_window.activeServerWindow();
    auto o = newOnFreeServer(QStringLiteral("msmail-connector"), tr("MS Mail Connector"),
                             tr("Every server of site %1 has its MS Mail Connector already. Open it in "
                                "Configuration > Connections to change its connections."));
    if (!w || !o)
        return;
    // The site's own postoffice as MS Mail sees it: ORGANIZATION/SITE, as Exchange proposed.
    o->values[attr::LocalNetwork] = {w->session().organization().left(10).toUpper()};
    o->values[attr::LocalPostoffice] = {w->session().site().left(10).toUpper()};
    m_window.openNewObject(*o);
}

void ConnectorCommands::newInternetMailService()
{
    auto o = newOnFreeServer(QStringLiteral("internet-mail-service"), tr("Internet Mail Service"),
                             tr("Every server of site %1 has its Internet Mail Service already. Open it in "
                                "Configuration > Connections to change its connected sites."));
    if (!o)
        return;
    // Postfix on the same machine, as installer/postfix-site.sh sets it up.
    o->values[attr::SmartHost] = {QStringLiteral("127.0.0.1")};
    o->values[attr::SmartHostPort] = {QStringLiteral("25")};
    o->values[attr::TransferMode] = {QStringLiteral("0")};
    m_window.openNewObject(*o);
}

void ConnectorCommands::offerPartner(
    PropertySheet* sheet, const QString& className, const QString& targetAttribute, const QString& title,
    const std::function<QString(const QString&)>& question,
    const std::function<core::Result<bool>(const core::DirectoryObject&)>& make)
{
    ServerWindow* w = m_window.activeServerWindow();
    if (!sheet || !w)
        return;
    const QString site = w->session().site();
    connect(sheet, &PropertySheet::objectCreated, this, [=](const core::DirectoryObject& created) {
        const QString other = created.value(targetAttribute);
        auto there =
            core::ConnectorPartners::exists(m_window.organization(), other, className, targetAttribute, site);
        if (!there || there.value())
            return;
        if (Prompts::question(&m_window, title, question(other), QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::Yes) != QMessageBox::Yes)
            return;
        if (auto made = make(created); !made)
            Prompts::error(&m_window, title, sentence(made.error().translated()));
    });
}

void ConnectorCommands::newSiteConnector()
{
    ServerWindow* w = m_window.activeServerWindow();
    if (!w)
        return;
    core::DirectoryObject o =
        prototype(QStringLiteral("site-connector"),
                  core::SiteBuilder::connectionsDn(w->session().organization(), w->session().site()));
    o.values[attr::Cost] = {QStringLiteral("1")};
    // As the original did: offer the partner connector in the other site, unless it has one.
    const QString site = w->session().site();
    offerPartner(
        m_window.openNewObject(o), QStringLiteral("site-connector"), attr::TargetSite, tr("Site Connector"),
        [site](const QString& target) {
            return tr("Site %1 has no site connector to %2 yet, so mail cannot come back this way. "
                      "Do you want to create it in %1 as well?")
                .arg(target, site);
        },
        [this, site](const core::DirectoryObject& created) {
            return core::ConnectorPartners::createSiteConnector(m_window.organization(), site,
                                                                created.value(attr::TargetSite),
                                                                created.value(attr::Cost).toInt());
        });
}

void ConnectorCommands::newReplicationConnector()
{
    ServerWindow* w = m_window.activeServerWindow();
    if (!w)
        return;
    core::DirectoryObject o = prototype(
        QStringLiteral("directory-replication-connector"),
        core::SiteBuilder::directoryReplicationDn(w->session().organization(), w->session().site()));
    o.values[attr::ActivationStyle] = {QStringLiteral("2")};
    // "Configure both sites": the other site pulls this one's directory with a connector of its own.
    const QString site = w->session().site();
    offerPartner(
        m_window.openNewObject(o), QStringLiteral("directory-replication-connector"), attr::RemoteSite,
        tr("Directory Replication Connector"),
        [site](const QString& remote) {
            return tr("Site %1 does not replicate with %2 yet, so it will not learn of this site's "
                      "recipients and connectors. Do you want to configure %1 as well?")
                .arg(remote, site);
        },
        [this, site](const core::DirectoryObject& created) {
            const QString local = created.value(attr::LocalBridgehead);
            return core::ConnectorPartners::createReplicationConnector(
                m_window.organization(), site,
                local.isEmpty() ? QString() : core::Dn::parse(local)->rdn().value,
                created.value(attr::RemoteSite), created.value(attr::RemoteBridgehead));
        });
}

core::DirectoryObject ConnectorCommands::prototype(const QString& className, const core::Dn& container)
{
    core::DirectoryObject o;
    o.cls = core::Schema::instance().findClass(className);
    o.dn = container;
    return o;
}

} // namespace sa::ui
