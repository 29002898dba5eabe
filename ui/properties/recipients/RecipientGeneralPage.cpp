#include "RecipientGeneralPage.h"

#include "core/directory/Schema.h"
#include "ui/common/AutoNamingSettings.h"
#include "ui/common/Text.h"
#include "ui/dialogs/AddressEntryDialog.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sa::ui {

namespace attr = core::attr;

QList<RecipientGeneralPage::DetailField> RecipientGeneralPage::addressFields()
{
    return {
        {attr::Address, tr("&Address:"), QStringLiteral("address")},
        {attr::City, tr("Cit&y:"), QStringLiteral("city")},
        {attr::State, tr("S&tate:"), QStringLiteral("state")},
        {attr::PostalCode, tr("&Zip Code:"), QStringLiteral("zipCode")},
        {attr::Country, tr("C&ountry:"), QStringLiteral("country")},
    };
}

QList<RecipientGeneralPage::DetailField> RecipientGeneralPage::jobFields()
{
    return {
        {attr::Title, tr("Titl&e:"), QStringLiteral("title")},
        {attr::Company, tr("Co&mpany:"), QStringLiteral("company")},
        {attr::Department, tr("De&partment:"), QStringLiteral("department")},
        {attr::Office, tr("Offi&ce:"), QStringLiteral("office")},
        {attr::Assistant, tr("Assista&nt:"), QStringLiteral("assistant")},
        {attr::TelephoneNumber, tr("P&hone:"), QStringLiteral("phone")},
    };
}

RecipientGeneralPage::RecipientGeneralPage(QWidget* parent) : FieldsPage(parent)
{
    setObjectName(QStringLiteral("recipientGeneralPage"));
    auto* grid = new QGridLayout(this);
    const auto label = buddyLabel;
    // Names: First / Initials / Last on one line, Display / Alias on the next.
    QLineEdit* first = m_fields.line(attr::GivenName, QStringLiteral("firstNameEdit"));
    QLineEdit* initials = m_fields.line(attr::Initials, QStringLiteral("initialsEdit"));
    QLineEdit* last = m_fields.line(attr::Surname, QStringLiteral("lastNameEdit"));
    m_display = m_fields.line(attr::DisplayName, QStringLiteral("displayNameEdit"));
    m_alias = m_fields.line(attr::MailNickname, QStringLiteral("aliasEdit"));
    initials->setMaximumWidth(60);
    auto* names = new QHBoxLayout;
    names->addWidget(first, 3);
    names->addWidget(label(tr("&Initials:"), initials));
    names->addWidget(initials, 1);
    names->addWidget(label(tr("&Last:"), last));
    names->addWidget(last, 3);
    grid->addWidget(label(tr("&First:"), first), 0, 0);
    grid->addLayout(names, 0, 1, 1, 3);
    grid->addWidget(label(tr("&Display:"), m_display), 1, 0);
    grid->addWidget(m_display, 1, 1);
    grid->addWidget(label(tr("Alia&s:"), m_alias), 1, 2);
    grid->addWidget(m_alias, 1, 3);

    // Two columns of details, as the original: the address on the left, the job on the right.
    for (const auto& [fields, column] : {std::pair{addressFields(), 0}, std::pair{jobFields(), 2}}) {
        int row = 2;
        for (const DetailField& f : fields) {
            QLineEdit* e = m_fields.line(f.attribute, f.name + QStringLiteral("Edit"));
            grid->addWidget(label(f.label, e), row, column);
            grid->addWidget(e, row, column + 1);
            ++row;
        }
    }
    const int row = 2 + int(std::max(addressFields().size(), jobFields().size()));
    // A custom recipient's e-mail address.
    m_target = new QLineEdit;
    m_target->setObjectName(QStringLiteral("targetAddressEdit"));
    m_target->setReadOnly(true);
    m_modifyTarget = new QPushButton(tr("Mo&dify..."));
    m_modifyTarget->setObjectName(QStringLiteral("modifyTargetButton"));
    m_targetLabel = label(tr("E-mail:"), m_target);
    grid->addWidget(m_targetLabel, row + 1, 0);
    auto* target = new QHBoxLayout;
    target->addWidget(m_target, 1);
    target->addWidget(m_modifyTarget);
    grid->addLayout(target, row + 1, 1, 1, 3);
    grid->setRowStretch(row + 2, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    m_fields.onEdited(this, &PropertyPage::edited);
    for (QLineEdit* e : {first, initials, last})
        connect(e, &QLineEdit::textEdited, this, &RecipientGeneralPage::namesEdited);
    connect(m_display, &QLineEdit::textEdited, this, [this] { m_displayTouched = true; });
    connect(m_alias, &QLineEdit::textEdited, this, [this] { m_aliasTouched = true; });
    connect(m_modifyTarget, &QPushButton::clicked, this, &RecipientGeneralPage::modifyTarget);
}

void RecipientGeneralPage::load(const core::DirectoryObject& object)
{
    FieldsPage::load(object);
    m_naming = AutoNamingSettings::load();
    // Auto naming fills in names only for a new recipient whose names were not given.
    m_displayTouched = !isNew(object) || !object.value(attr::DisplayName).isEmpty();
    m_aliasTouched = !isNew(object) || !object.value(attr::MailNickname).isEmpty();
    const bool custom = object.cls && object.cls->name == QLatin1String("custom-recipient");
    m_targetLabel->setVisible(custom);
    m_target->setVisible(custom);
    m_modifyTarget->setVisible(custom);
    m_target->setText(object.value(attr::TargetAddress));
}

void RecipientGeneralPage::namesEdited()
{
    const QString given = m_fields.value(attr::GivenName);
    const QString initials = m_fields.value(attr::Initials);
    const QString surname = m_fields.value(attr::Surname);
    if (!m_displayTouched)
        m_display->setText(m_naming.displayName(given, initials, surname));
    if (!m_aliasTouched)
        m_alias->setText(m_naming.aliasName(given, initials, surname));
}

void RecipientGeneralPage::modifyTarget()
{
    auto* dialog = new AddressEntryDialog(m_target->text(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_target->setText(dialog->address());
        Q_EMIT edited();
    });
    dialog->open();
}

QList<core::AttributeChange> RecipientGeneralPage::changes() const
{
    QList<core::AttributeChange> out = FieldsPage::changes();
    const bool custom = m_object.cls && m_object.cls->name == QLatin1String("custom-recipient");
    if (custom && m_target->text() != m_object.value(attr::TargetAddress))
        out.append({attr::TargetAddress, core::AttributeChange::Op::Replace, {m_target->text()}});
    return out;
}

QString RecipientGeneralPage::validate() const
{
    if (m_display->text().trimmed().isEmpty())
        return problemIn(m_display, tr("Type a display name."));
    if (m_alias->text().trimmed().isEmpty())
        return problemIn(m_alias, tr("Type an alias name."));
    return {};
}

} // namespace sa::ui
