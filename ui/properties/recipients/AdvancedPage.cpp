#include "AdvancedPage.h"

#include "core/directory/Schema.h"
#include "ui/properties/FlagField.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sa::ui {

namespace attr = core::attr;

AdvancedPage::AdvancedPage(QWidget* parent)
    : FieldsPage(parent), m_trust(new QSpinBox), m_hide(new QCheckBox(tr("&Hide from address book"))),
      m_imported(new QLabel)
{
    setObjectName(QStringLiteral("advancedPage"));
    m_trust->setObjectName(QStringLiteral("trustLevelSpin"));
    m_trust->setRange(0, 100);
    m_hide->setObjectName(QStringLiteral("hideFromAddressBookCheck"));
    m_imported->setObjectName(QStringLiteral("importedFromLabel"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Trust level:"), m_trust);
    form->addRow(tr("Imported from:"), m_imported);
    auto* options = new QGroupBox(tr("Recipient options"));
    auto* optionsLayout = new QVBoxLayout(options);
    optionsLayout->addWidget(m_hide);
    auto* note = new QGroupBox(tr("Administrative &note"));
    auto* noteLayout = new QVBoxLayout(note);
    noteLayout->addWidget(m_fields.line(attr::AdminNote, QStringLiteral("adminNoteEdit")));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(options);
    layout->addWidget(note);
    layout->addStretch(1);
    connect(m_trust, &QSpinBox::valueChanged, this, &PropertyPage::edited);
    connect(m_hide, &QCheckBox::toggled, this, &PropertyPage::edited);
    m_fields.onEdited(this, &PropertyPage::edited);
}

void AdvancedPage::load(const core::DirectoryObject& object)
{
    FieldsPage::load(object);
    const QSignalBlocker b1(m_trust);
    const QSignalBlocker b2(m_hide);
    m_trust->setValue(object.value(attr::TrustLevel).toInt());
    FlagField::load(m_hide, object, attr::HideFromAddressBook);
    const QString imported = object.value(attr::ImportedFrom);
    m_imported->setText(imported.isEmpty() ? tr("(created here)") : imported);
}

QList<core::AttributeChange> AdvancedPage::changes() const
{
    QList<core::AttributeChange> out = FieldsPage::changes();
    const QString trust = QString::number(m_trust->value());
    const QString current = m_object.value(attr::TrustLevel);
    if (trust != (current.isEmpty() ? QStringLiteral("0") : current))
        out.append({attr::TrustLevel, core::AttributeChange::Op::Replace, {trust}});
    FlagField::collect(m_hide, m_object, attr::HideFromAddressBook, out);
    return out;
}

} // namespace sa::ui
