#include "ImportContainerPage.h"

#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "ui/common/RecipientContainers.h"
#include "ui/common/Text.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sa::ui {

namespace attr = core::attr;

ImportContainerPage::ImportContainerPage(QWidget* parent)
    : PropertyPage(parent), m_container(new QComboBox), m_trust(new QSpinBox)
{
    setObjectName(QStringLiteral("importContainerPage"));
    m_container->setObjectName(QStringLiteral("importContainerCombo"));
    m_trust->setObjectName(QStringLiteral("importTrustSpin"));
    m_trust->setRange(0, 100);
    marks(m_container, attr::ImportContainer);
    marks(m_trust, attr::ImportTrustLevel);
    auto* note =
        new QLabel(tr("The requestor's entries become custom recipients in this container. It cannot "
                      "be changed once the requestor exists: delete the requestor and create it again "
                      "to import elsewhere."));
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Container:"), m_container), m_container);
    form->addRow(buddyLabel(tr("&Trust level:"), m_trust), m_trust);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addStretch(1);
    connect(m_container, &QComboBox::currentIndexChanged, this, &PropertyPage::edited);
    connect(m_trust, &QSpinBox::valueChanged, this, &PropertyPage::edited);
}

void ImportContainerPage::load(const core::DirectoryObject& object)
{
    m_object = object;
    const QSignalBlocker b1(m_container);
    const QSignalBlocker b2(m_trust);
    m_container->clear();
    m_container->addItem(tr("(choose a container)"), QString());
    if (store()) // another site's container cannot be imported into here
        RecipientContainers::fill(m_container, *store(), RecipientContainers::Sites::OwnOnly,
                                  RecipientContainers::Data::Dn, 0);
    m_container->setCurrentIndex(0); // chosen by the administrator, or the requestor's own
    const QString current = object.value(attr::ImportContainer);
    const int at = m_container->findData(current, Qt::UserRole, Qt::MatchFixedString);
    if (at >= 0)
        m_container->setCurrentIndex(at);
    m_container->setEnabled(current.isEmpty() || isNew(object));
    m_trust->setValue(object.value(attr::ImportTrustLevel).toInt());
}

QList<core::AttributeChange> ImportContainerPage::changes() const
{
    QList<core::AttributeChange> out;
    const QString container = m_container->currentData().toString();
    if (m_container->isEnabled() && container != m_object.value(attr::ImportContainer) &&
        !container.isEmpty())
        out.append({attr::ImportContainer, core::AttributeChange::Op::Replace, {container}});
    if (QString::number(m_trust->value()) != m_object.value(attr::ImportTrustLevel))
        out.append({attr::ImportTrustLevel,
                    core::AttributeChange::Op::Replace,
                    {QString::number(m_trust->value())}});
    return out;
}

QString ImportContainerPage::validate() const
{
    if (m_container->currentData().toString().isEmpty())
        return problemIn(m_container, tr("Choose the container the requestor's entries are imported into."));
    return {};
}

} // namespace sa::ui
