#pragma once

#include "core/directory/AutoNaming.h"
#include "ui/properties/FieldsPage.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace sa::ui {

/// General page of mailboxes and custom recipients, with the original's fields: first name,
/// initials, last name, display and alias names, address, city, state, zip code, country, title,
/// company, department, office, assistant, phone; for a custom recipient also its e-mail address
/// with Modify.... On a new recipient the display and alias names follow Tools > Options > Auto
/// Naming while the names are typed, until they are edited by hand.
class RecipientGeneralPage : public FieldsPage
{
    Q_OBJECT

public:
    explicit RecipientGeneralPage(QWidget* parent = nullptr);

    /// One of the page's address or job fields: its attribute, its label, and the stem of its
    /// widgets' object names ("title": titleEdit).
    struct DetailField
    {
        QString attribute;
        QString label;
        QString name;
    };
    /// The address fields of the left column and the job fields of the right one, in the page's
    /// order; also what Properties of N Objects offers (BulkPropertiesDialog).
    static QList<DetailField> addressFields();
    static QList<DetailField> jobFields();

    QString title() const override { return tr("General"); }
    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override;
    QString validate() const override;

private:
    void namesEdited();
    void modifyTarget();

    QLineEdit* m_display = nullptr;
    QLineEdit* m_alias = nullptr;
    QLabel* m_targetLabel = nullptr;
    QLineEdit* m_target = nullptr;
    QPushButton* m_modifyTarget = nullptr;
    core::AutoNaming m_naming;
    bool m_displayTouched = false;
    bool m_aliasTouched = false;
};

} // namespace sa::ui
