#pragma once

#include "core/directory/DirectoryObject.h"
#include "core/directory/ListFilter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace sa::core {
class DirectoryStore;
}

namespace sa::ui {

class ContentsModel;
class ContentsView;
class UndoHistory;

/// The address book every "choose a recipient" button opens: "Show Names from the" a recipients
/// container, "Type Name or Select from List" (typing jumps to the name), Properties and Find. In
/// Multiple mode the chosen names gather in a list on the right (Add / Remove), as for members.
class AddressBookDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Single,
        Multiple
    };

    AddressBookDialog(core::DirectoryStore& store, Mode mode, const QString& title,
                      const QString& chosenLabel, QWidget* parent = nullptr);

    /// Which objects the list offers (default: every recipient, hidden ones left out).
    void setFilter(const core::ListFilter& filter);
    void setChosen(const QList<core::DirectoryObject>& objects);
    QList<core::DirectoryObject> chosen() const;
    /// Selects the container to show names from (tests, and pickers that know where to look).
    bool showNamesFrom(const core::Dn& container);
    /// Types into "Type Name or Select from List" and selects the first name at or after it.
    void typeName(const QString& text);

    void accept() override;
    /// Where the property sheets its Properties button opens keep what they write (Edit > Undo).
    void setHistory(UndoHistory* history) { m_history = history; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void containerChanged();
    void addSelected();
    core::DirectoryObject current() const;

    core::DirectoryStore& m_store;
    Mode m_mode;
    core::ListFilter m_filter;
    QComboBox* m_containers;
    QLineEdit* m_name;
    ContentsView* m_names;
    ContentsModel* m_model;
    QListWidget* m_chosen = nullptr;
    QList<core::DirectoryObject> m_chosenObjects;
    UndoHistory* m_history = nullptr;
};

} // namespace sa::ui
