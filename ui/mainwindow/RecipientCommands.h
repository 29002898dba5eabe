#pragma once

#include "core/directory/DirectoryObject.h"

#include <QObject>
#include <optional>

namespace sa::ui {

class MainWindow;

/// The commands that make and find recipients: File > New Mailbox, New Distribution List, New
/// Custom Recipient, New Other > Recipients Container, Duplicate; Tools > Find Recipients and
/// Options, Directory Import and Directory Export. Each opens the real dialog or property sheet; the sheet
/// writes on OK.
class RecipientCommands : public QObject
{
    Q_OBJECT

public:
    explicit RecipientCommands(MainWindow& window);

    void newMailbox();
    void newDistributionList();
    void newCustomRecipient();
    void newRecipientsContainer();
    void duplicate();
    void findRecipients();
    /// The toolbar's Address Book: every recipient by name, in any container of the organization's
    /// sites; OK shows the chosen one in the window (its container opened, the row selected).
    void addressBook();
    void options();
    void directoryImport();
    void directoryExport();

private:
    /// The recipients container a new recipient goes in: the selected one, or (after asking, as the
    /// original did) the site's Recipients container. Nothing when the administrator declines.
    std::optional<core::Dn> recipientsContainer(const QString& what);
    void directoryTransfer(bool import);
    core::DirectoryObject prototype(const QString& className, const core::Dn& container) const;

    MainWindow& m_window;
};

} // namespace sa::ui
