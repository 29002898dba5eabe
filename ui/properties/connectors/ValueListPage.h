#pragma once

#include "ui/properties/PropertyPage.h"

class QLabel;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace sa::ui {

/// A page that edits one multi-valued attribute as a list with New... / Edit... / Remove (a
/// connector's connections, its connector MTAs, its address space). Subclasses say how a value is
/// shown in columns and open their own editor; the page keeps the list and reports it as one
/// change. Entries the system derives (shown, not stored) can be listed below, greyed.
class ValueListPage : public PropertyPage
{
    Q_OBJECT

public:
    ValueListPage(const QString& attribute, const QStringList& headers, QWidget* parent = nullptr);

    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override;

    QStringList values() const { return m_values; }
    /// Replaces the value at `row`, or appends it when `row` is -1; an equal value elsewhere is
    /// not added twice.
    void setValue(int row, const QString& value);
    void removeValue(int row);
    /// Shows the derived entries again (after what they derive from changed).
    void refresh();

Q_SIGNALS:
    void valuesChanged();

protected:
    virtual QStringList columns(const QString& value) const = 0;
    /// Opens the editor for the value at `row` (-1: a new one); it calls setValue() when accepted.
    virtual void edit(int row) = 0;
    /// Derived entries listed after the stored ones, greyed; none by default.
    virtual QStringList derived() const { return {}; }
    /// What the greyed entries' tooltip says they are.
    virtual QString derivedToolTip() const;
    /// A line of explanation above the list (hidden while empty).
    void setNote(const QString& text);
    /// What the list holds, for assistive technology ("Connections"; issue 21).
    void setListName(const QString& name);
    /// Where subclasses add buttons of their own, below Remove.
    QVBoxLayout* buttonColumn() const { return m_buttonColumn; }
    int currentRow() const;
    QTreeWidget* valueList() const { return m_list; }
    /// The original's words for the three buttons where they differ (Create / Modify / Delete).
    void setButtonTexts(const QString& add, const QString& edit, const QString& remove);
    const core::DirectoryObject& object() const { return m_object; }

private:
    void fill();
    void updateButtons();

    QString m_attribute;
    QLabel* m_note;
    QTreeWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QVBoxLayout* m_buttonColumn;
    QStringList m_values;
    core::DirectoryObject m_object;
};

} // namespace sa::ui
