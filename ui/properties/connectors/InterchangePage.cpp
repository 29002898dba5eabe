#include "InterchangePage.h"

#include "core/directory/Schema.h"
#include "ui/common/Text.h"
#include "ui/properties/FlagField.h"
#include "ui/properties/ReferenceField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sa::ui {

namespace attr = core::attr;

InterchangePage::InterchangePage(QWidget* parent)
    : PropertyPage(parent), m_administrator(new ReferenceField(QStringLiteral("administrator"),
                                                               tr("Administrator's Mailbox"), true)),
      m_language(new QComboBox), m_compatibility(new QCheckBox(tr("Ma&ximize MS Mail 3.x compatibility"))),
      m_tracking(new QCheckBox(tr("Enable message &tracking")))
{
    setObjectName(QStringLiteral("interchangePage"));
    m_language->setObjectName(QStringLiteral("primaryLanguageCombo"));
    m_compatibility->setObjectName(QStringLiteral("compatibilityCheck"));
    m_tracking->setObjectName(QStringLiteral("messageTrackingCheck"));
    // The languages MS Mail 3.x clients came in.
    m_language->addItems({tr("English"), tr("Danish"), tr("Dutch"), tr("Finnish"), tr("French"), tr("German"),
                          tr("Italian"), tr("Norwegian"), tr("Portuguese"), tr("Spanish"), tr("Swedish")});
    auto* form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Administrator's mailbox:"), m_administrator->edit()), m_administrator);
    form->addRow(buddyLabel(tr("&Primary language for clients:"), m_language), m_language);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_compatibility);
    layout->addWidget(m_tracking);
    layout->addStretch(1);
    connect(m_administrator, &ReferenceField::changed, this, &PropertyPage::edited);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PropertyPage::edited);
    connect(m_compatibility, &QCheckBox::toggled, this, &PropertyPage::edited);
    connect(m_tracking, &QCheckBox::toggled, this, &PropertyPage::edited);
}

void InterchangePage::load(const core::DirectoryObject& object)
{
    m_object = object;
    const QSignalBlocker b1(m_language);
    const QSignalBlocker b2(m_compatibility);
    const QSignalBlocker b3(m_tracking);
    m_administrator->setStore(store());
    m_administrator->setDn(object.value(attr::AdministratorMailbox));
    const QString language = object.value(attr::PrimaryLanguage);
    if (!language.isEmpty() && m_language->findText(language) < 0)
        m_language->addItem(language);
    m_language->setCurrentIndex(language.isEmpty() ? 0 : m_language->findText(language));
    FlagField::load(m_compatibility, object, attr::MsMailCompatibility);
    FlagField::load(m_tracking, object, attr::MessageTracking);
}

QList<core::AttributeChange> InterchangePage::changes() const
{
    QList<core::AttributeChange> out;
    const auto replace = [&](const QString& a, const QString& now, const QString& before) {
        if (now != before)
            out.append(
                {a, core::AttributeChange::Op::Replace, now.isEmpty() ? QStringList() : QStringList{now}});
    };
    replace(attr::AdministratorMailbox, m_administrator->dn(), m_object.value(attr::AdministratorMailbox));
    // A connector without a language shows the first; a new one is created with what is shown.
    replace(attr::PrimaryLanguage, m_language->currentText(),
            m_object.value(attr::PrimaryLanguage).isEmpty() && !isNew(m_object)
                ? m_language->itemText(0)
                : m_object.value(attr::PrimaryLanguage));
    FlagField::collect(m_compatibility, m_object, attr::MsMailCompatibility, out);
    FlagField::collect(m_tracking, m_object, attr::MessageTracking, out);
    return out;
}

} // namespace sa::ui
