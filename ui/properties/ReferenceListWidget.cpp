#include "ReferenceListWidget.h"

#include "AddressBookDialog.h"
#include "core/directory/DirectoryStore.h"
#include "ui/common/Icons.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sa::ui {

ReferenceListWidget::ReferenceListWidget(const QString& objectName, const QString& pickerTitle,
                                         const QString& chosenLabel, QWidget* parent)
    : QWidget(parent), m_pickerTitle(pickerTitle), m_chosenLabel(chosenLabel), m_list(new QListWidget),
      m_modify(new QPushButton(tr("&Modify...")))
{
    setObjectName(objectName);
    m_list->setObjectName(objectName + QStringLiteral("List"));
    // A label's mnemonic, and Tab, reach the list; it is named by what it holds ("Distribution List
    // Members").
    m_list->setAccessibleName(pickerTitle);
    // QLabel gives its buddy the focus only when the buddy itself takes focus: the proxy is not
    // asked (Alt+B on "Members:" did nothing).
    setFocusProxy(m_list);
    setFocusPolicy(m_list->focusPolicy());
    m_modify->setObjectName(objectName + QStringLiteral("Modify"));
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_modify);
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_modify, &QPushButton::clicked, this, &ReferenceListWidget::modify);
}

void ReferenceListWidget::setObjects(const QList<core::DirectoryObject>& objects)
{
    m_objects = objects;
    m_list->clear();
    for (const core::DirectoryObject& o : objects) {
        auto* item = new QListWidgetItem(Icons::forClass(o.cls->name), o.displayName(), m_list);
        item->setToolTip(o.dn.toString());
    }
}

void ReferenceListWidget::setDns(const QStringList& dns)
{
    QList<core::DirectoryObject> objects;
    for (const QString& text : dns) {
        auto dn = core::Dn::parse(text);
        if (!dn || !m_store)
            continue;
        if (auto o = m_store->object(dn.value()))
            objects << o.value();
    }
    setObjects(objects);
}

QStringList ReferenceListWidget::dns() const
{
    QStringList out;
    for (const core::DirectoryObject& o : m_objects)
        out << o.dn.toString();
    return out;
}

void ReferenceListWidget::modify()
{
    if (!m_store)
        return;
    auto* picker = new AddressBookDialog(*m_store, AddressBookDialog::Mode::Multiple, m_pickerTitle,
                                         m_chosenLabel, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    if (m_hasFilter)
        picker->setFilter(m_filter);
    picker->setChosen(m_objects);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        setObjects(picker->chosen());
        Q_EMIT changed();
    });
    picker->open();
}

} // namespace sa::ui
