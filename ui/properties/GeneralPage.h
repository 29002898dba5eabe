#pragma once

#include "PropertyPage.h"

class QGridLayout;
class QLabel;
class QLineEdit;

namespace sa::ui {

/// The General page of organizations, sites, servers, containers and service objects: the display
/// name (editable), the directory name (fixed once created, as in the original), the object's
/// type, where it is, when it was made and changed, and the administrative note.
class GeneralPage : public PropertyPage
{
    Q_OBJECT

public:
    explicit GeneralPage(QWidget* parent = nullptr);

    QString title() const override { return tr("General"); }
    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override;
    QString validate() const override;

protected:
    /// A row below the common ones, label and field aligned with them (for pages that extend this
    /// one with the fields of their kind of object).
    void addRow(const QString& label, QWidget* field);

private:
    QGridLayout* m_grid = nullptr;
    int m_nextRow = 0;
    QLabel* m_icon;
    QLineEdit* m_displayName;
    QLabel* m_directoryName;
    QLineEdit* m_directoryEdit; ///< for a new object: its directory name is chosen once, here
    bool m_directoryTouched = false;
    QLabel* m_objectType;
    QLabel* m_location;
    QLabel* m_created;
    QLabel* m_modified;
    QLineEdit* m_adminNote;
    core::DirectoryObject m_object;
};

} // namespace sa::ui
