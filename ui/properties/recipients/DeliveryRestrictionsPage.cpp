#include "DeliveryRestrictionsPage.h"

#include "core/directory/Schema.h"
#include "ui/properties/ReferenceListWidget.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sa::ui {

namespace attr = core::attr;

DeliveryRestrictionsPage::DeliveryRestrictionsPage(QWidget* parent)
    : PropertyPage(parent), m_acceptAll(new QRadioButton(tr("&All"))),
      m_acceptList(new QRadioButton(tr("&List"))), m_rejectNone(new QRadioButton(tr("&None"))),
      m_rejectList(new QRadioButton(tr("L&ist"))),
      m_accept(new ReferenceListWidget(QStringLiteral("acceptFrom"), tr("Accept Messages From"),
                                       tr("Accept from:"))),
      m_reject(new ReferenceListWidget(QStringLiteral("rejectFrom"), tr("Reject Messages From"),
                                       tr("Reject from:")))
{
    setObjectName(QStringLiteral("deliveryRestrictionsPage"));
    m_acceptAll->setObjectName(QStringLiteral("acceptAllRadio"));
    m_acceptList->setObjectName(QStringLiteral("acceptListRadio"));
    m_rejectNone->setObjectName(QStringLiteral("rejectNoneRadio"));
    m_rejectList->setObjectName(QStringLiteral("rejectListRadio"));
    // The two lists' buttons side by side on one page: one letter each (issue 20).
    m_reject->modifyButton()->setText(tr("Mo&dify..."));
    auto box = [](const QString& title, QRadioButton* a, QRadioButton* b, ReferenceListWidget* list) {
        auto* g = new QGroupBox(title);
        auto* group = new QButtonGroup(g);
        group->addButton(a);
        group->addButton(b);
        auto* radios = new QHBoxLayout;
        radios->addWidget(a);
        radios->addWidget(b);
        radios->addStretch(1);
        auto* l = new QVBoxLayout(g);
        l->addLayout(radios);
        l->addWidget(list, 1);
        return g;
    };
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(box(tr("Accept messages from:"), m_acceptAll, m_acceptList, m_accept));
    layout->addWidget(box(tr("Reject messages from:"), m_rejectNone, m_rejectList, m_reject));

    for (QRadioButton* r : {m_acceptAll, m_acceptList, m_rejectNone, m_rejectList})
        connect(r, &QRadioButton::clicked, this, &PropertyPage::edited);
    for (ReferenceListWidget* list : {m_accept, m_reject}) {
        connect(list, &ReferenceListWidget::changed, this, &PropertyPage::edited);
    }
    // Choosing names chooses "List"; the list is usable only with "List".
    connect(m_accept, &ReferenceListWidget::changed, m_acceptList,
            [this] { m_acceptList->setChecked(true); });
    connect(m_reject, &ReferenceListWidget::changed, m_rejectList,
            [this] { m_rejectList->setChecked(true); });
}

void DeliveryRestrictionsPage::load(const core::DirectoryObject& object)
{
    m_object = object;
    m_accept->setStore(store());
    m_reject->setStore(store());
    m_accept->setDns(object.valuesOf(attr::AuthorizedSender));
    m_reject->setDns(object.valuesOf(attr::UnauthorizedSender));
    (m_accept->objects().isEmpty() ? m_acceptAll : m_acceptList)->setChecked(true);
    (m_reject->objects().isEmpty() ? m_rejectNone : m_rejectList)->setChecked(true);
}

QList<core::AttributeChange> DeliveryRestrictionsPage::changes() const
{
    QList<core::AttributeChange> out;
    const QStringList accept = m_acceptList->isChecked() ? m_accept->dns() : QStringList();
    const QStringList reject = m_rejectList->isChecked() ? m_reject->dns() : QStringList();
    if (accept != m_object.valuesOf(attr::AuthorizedSender))
        out.append({attr::AuthorizedSender, core::AttributeChange::Op::Replace, accept});
    if (reject != m_object.valuesOf(attr::UnauthorizedSender))
        out.append({attr::UnauthorizedSender, core::AttributeChange::Op::Replace, reject});
    return out;
}

} // namespace sa::ui
