#pragma once

#include "PropertyPage.h"

#include <QMap>
#include <QSet>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace sa::ui {

/// Every attribute of the object, as the original's raw properties (admin /r) showed them: the
/// list of attributes of a chosen type, the selected attribute's value (one value per line), and
/// Set / Clear. Attributes the directory keeps (USN-Changed, Obj-Class, ...) are shown read-only.
/// Set values are staged and written with the other pages on OK or Apply; values edited on the other
/// pages and not saved yet show here too (the sheet's PendingObject). A secret attribute
/// (DXA-Password) shows as a mask; Show asks before it shows it in the clear, and a new value is
/// typed over an empty field (issue 19).
class RawPropertiesPage : public PropertyPage
{
    Q_OBJECT

public:
    explicit RawPropertiesPage(QWidget* parent = nullptr);

    QString title() const override { return tr("Raw Properties"); }
    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override;
    /// Values edited on the other pages show here, in italics, until they are saved; a value set here
    /// gives way to a later edit of the same attribute there.
    QStringList showPending(const core::AttributeValues& values) override;

    /// Selects an attribute in the list (tests and "go to" links).
    bool selectAttribute(const QString& name);

private:
    void fill();
    void showSelected();
    void setValue();
    void clearValue();
    void toggleSecret();
    /// Whether `name` is a secret the administrator has not asked to see.
    bool isMasked(const QString& name) const;
    QString selectedAttribute() const;
    /// What the page shows as an attribute's value before a Set here: stored, or pending elsewhere.
    QStringList baseValues(const QString& name) const;

    QComboBox* m_type;
    QTreeWidget* m_list;
    QLabel* m_syntax;
    QPlainTextEdit* m_value;
    QPushButton* m_set;
    QPushButton* m_clear;
    QPushButton* m_show;
    core::DirectoryObject m_object;
    QMap<QString, QStringList> m_staged; // attribute -> new values (empty = cleared)
    QSet<QString> m_revealed;            // secret attributes shown in the clear
    core::AttributeValues m_others;      // edited on the other pages, not saved yet
};

} // namespace sa::ui
