#pragma once

#include "core/directory/DirectoryObject.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace sa::core {
class DirectoryStore;
}

namespace sa::ui {

/// Tools > Find Recipients: display name, first and last name, alias, title, company, department
/// and office (each "contains", all must match), in one recipients container or all of them.
/// Double-clicking a result (or Select) reports it: the window opens its property sheet, the
/// address book puts it in its list.
class FindRecipientsDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MaxResults = 1000;

    FindRecipientsDialog(core::DirectoryStore& store, QWidget* parent = nullptr);

    void setCriterion(const QString& attribute, const QString& text);
    /// Runs the search; returns how many were found.
    int findNow();
    QTreeWidget* results() const { return m_results; }

Q_SIGNALS:
    void chosen(const core::DirectoryObject& object);

private:
    void newSearch();
    void choose();

    core::DirectoryStore& m_store;
    QComboBox* m_lookIn;
    QTreeWidget* m_results;
    QLabel* m_status;
    QMap<QString, QLineEdit*> m_fields; // by attribute
};

} // namespace sa::ui
