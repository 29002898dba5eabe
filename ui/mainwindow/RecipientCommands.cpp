#include "RecipientCommands.h"

#include "MainWindow.h"
#include "ServerWindow.h"
#include "ServiceCommands.h"
#include "core/directory/BooleanSyntax.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/directory/SiteServers.h"
#include "core/dirsync/DirsyncRules.h"
#include "core/host/ServiceHost.h"
#include "ui/common/Prompts.h"
#include "ui/dialogs/AddressEntryDialog.h"
#include "ui/dialogs/DirectoryTransferDialog.h"
#include "ui/dialogs/FindRecipientsDialog.h"
#include "ui/dialogs/OptionsDialog.h"
#include "ui/properties/AddressBookDialog.h"
#include "ui/properties/PropertySheet.h"
#include "ui/session/SiteSession.h"

namespace sa::ui {

namespace attr = core::attr;

RecipientCommands::RecipientCommands(MainWindow& window) : QObject(&window), m_window(window)
{
}

std::optional<core::Dn> RecipientCommands::recipientsContainer(const QString& what)
{
    ServerWindow* w = m_window.activeServerWindow();
    if (!w)
        return std::nullopt;
    if (auto c = w->selectedContainer(); c && c->cls->name == QLatin1String("recipients-container"))
        return c->dn;
    const core::Dn recipients =
        core::SiteBuilder::recipientsDn(w->session().organization(), w->session().site());
    if (Prompts::question(
            &m_window, what,
            tr("A %1 can only be created in a recipients container. Do you want to switch to the "
               "Recipients container?")
                .arg(what.toLower()),
            QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok) != QMessageBox::Ok)
        return std::nullopt;
    w->selectContainer(recipients);
    return recipients;
}

core::DirectoryObject RecipientCommands::prototype(const QString& className, const core::Dn& container) const
{
    core::DirectoryObject o;
    o.cls = core::Schema::instance().findClass(className);
    o.dn = container;
    return o;
}

void RecipientCommands::newMailbox()
{
    auto container = recipientsContainer(tr("Mailbox"));
    if (!container)
        return;
    // Made on the server the window is connected to, as the original's Administrator made it; the
    // Advanced page offers the site's other servers.
    core::DirectoryObject o = prototype(QStringLiteral("mailbox"), *container);
    if (ServerWindow* w = m_window.activeServerWindow()) {
        if (auto server = core::SiteServers::find(w->session().store(), w->server()))
            o.values[attr::HomeServer] = {server->dn.toString()};
    }
    m_window.openNewObject(o);
}

void RecipientCommands::newDistributionList()
{
    if (auto container = recipientsContainer(tr("Distribution List")))
        m_window.openNewObject(prototype(QStringLiteral("distribution-list"), *container));
}

void RecipientCommands::newCustomRecipient()
{
    const auto container = recipientsContainer(tr("Custom Recipient"));
    if (!container)
        return;
    // First the address (its type, then its fields), then the recipient's property sheet.
    auto* address = new AddressEntryDialog(&m_window);
    address->setAttribute(Qt::WA_DeleteOnClose);
    connect(address, &QDialog::accepted, this, [this, address, container] {
        core::DirectoryObject o = prototype(QStringLiteral("custom-recipient"), *container);
        o.values[attr::TargetAddress] = {address->address()};
        // A postoffice's $SYSTEM mailbox (Q152167 step 3) is a Dir-Sync Address, not a person:
        // hidden from the address book to begin with, as the ones made with a requestor are.
        if (!core::DirsyncRules::systemPostoffice(address->address()).isEmpty())
            o.values[attr::HideFromAddressBook] = {core::BooleanSyntax::text(true)};
        m_window.openNewObject(o);
    });
    address->open();
}

void RecipientCommands::newRecipientsContainer()
{
    ServerWindow* w = m_window.activeServerWindow();
    if (!w)
        return;
    // Inside the selected recipients container, or at the top of the site.
    core::Dn parent = core::SiteBuilder::siteDn(w->session().organization(), w->session().site());
    if (auto c = w->selectedContainer(); c && c->cls->name == QLatin1String("recipients-container"))
        parent = c->dn;
    m_window.openNewObject(prototype(QStringLiteral("recipients-container"), parent));
}

void RecipientCommands::duplicate()
{
    ServerWindow* w = m_window.activeServerWindow();
    if (!w)
        return;
    const QList<core::DirectoryObject> selected = w->selectedObjects();
    if (selected.size() != 1 || !selected.first().cls->recipient) {
        Prompts::error(&m_window, tr("Duplicate"),
                       tr("Select one mailbox, distribution list or custom recipient."));
        return;
    }
    const core::DirectoryObject& source = selected.first();
    // What people of one team share; names, aliases and addresses are the new recipient's own.
    core::DirectoryObject copy = prototype(source.cls->name, source.dn.parent());
    for (const QString& a : {attr::Company, attr::Department, attr::Office, attr::Address, attr::City,
                             attr::State, attr::PostalCode, attr::Country, attr::Title, attr::Manager,
                             attr::TrustLevel, attr::AuthorizedSender, attr::UnauthorizedSender, attr::Owner,
                             attr::Member, attr::ExpansionServer, attr::HomeServer}) {
        if (source.cls && core::Schema::instance().allows(*source.cls, a) && source.values.contains(a))
            copy.values.insert(a, source.values.value(a));
    }
    for (int i = 1; i <= attr::ExtensionAttributeCount; ++i) {
        if (source.values.contains(attr::extensionAttribute(i)))
            copy.values.insert(attr::extensionAttribute(i), source.values.value(attr::extensionAttribute(i)));
    }
    if (source.cls->name != QLatin1String("custom-recipient")) {
        m_window.openNewObject(copy);
        return;
    }
    // A custom recipient's address is its own: ask for it, starting from the original's.
    auto* address = new AddressEntryDialog(source.value(attr::TargetAddress), &m_window);
    address->setAttribute(Qt::WA_DeleteOnClose);
    connect(address, &QDialog::accepted, this, [this, address, copy]() mutable {
        copy.values[attr::TargetAddress] = {address->address()};
        m_window.openNewObject(copy);
    });
    address->open();
}

void RecipientCommands::findRecipients()
{
    ServerWindow* w = m_window.activeServerWindow();
    if (!w)
        return;
    auto* dialog = new FindRecipientsDialog(w->session().store(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FindRecipientsDialog::chosen, &m_window,
            [this](const core::DirectoryObject& o) { m_window.showProperties(o); });
    dialog->show();
}

void RecipientCommands::addressBook()
{
    ServerWindow* w = m_window.activeServerWindow();
    if (!w)
        return;
    auto* book = new AddressBookDialog(w->session().store(), AddressBookDialog::Mode::Single,
                                       tr("Address Book"), QString(), &m_window);
    book->setAttribute(Qt::WA_DeleteOnClose);
    book->setHistory(m_window.undoHistory());
    if (const auto container = w->selectedContainer())
        book->showNamesFrom(container->dn); // a recipients container selected: its names first
    connect(book, &QDialog::accepted, w, [w, book] {
        if (const auto chosen = book->chosen(); !chosen.isEmpty())
            w->showObject(chosen.first());
    });
    book->open();
}

void RecipientCommands::directoryImport()
{
    directoryTransfer(true);
}

void RecipientCommands::directoryExport()
{
    directoryTransfer(false);
}

void RecipientCommands::directoryTransfer(bool import)
{
    ServerWindow* w = m_window.activeServerWindow();
    if (!w)
        return;
    const auto container = w->selectedContainer();
    auto* dialog = new DirectoryTransferDialog(
        import ? DirectoryTransferDialog::Direction::Import : DirectoryTransferDialog::Direction::Export,
        w->session().store(), container ? container->id : 0, &m_window);
    dialog->setServer(w->server()); // new mailboxes on the window's server, as New Mailbox makes them
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void RecipientCommands::options()
{
    auto* dialog = new OptionsDialog(&m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const core::ServiceHost* host = m_window.services()->host();
    const int running = host ? host->settings().cycleSeconds : 0;
    dialog->setRunningCycleSeconds(running);
    // The worker takes the new interval at once, unless it runs the demo's own.
    const bool ownInterval = running > 0 && running != OptionsDialog::savedCycleSeconds();
    connect(dialog, &QDialog::accepted, this, [this, dialog, running, ownInterval] {
        m_window.services()->setOptions(ownInterval ? running : dialog->cycleSeconds(), dialog->keepDays());
    });
    dialog->open();
}

} // namespace sa::ui
