#include "ReferenceField.h"

#include "AddressBookDialog.h"
#include "core/directory/DirectoryStore.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace sa::ui {

ReferenceField::ReferenceField(const QString& name, const QString& pickerTitle, bool clearable,
                               QWidget* parent)
    : QWidget(parent), m_pickerTitle(pickerTitle), m_edit(new QLineEdit)
{
    QString capitalized = name;
    capitalized[0] = capitalized[0].toUpper();
    m_edit->setObjectName(name + QStringLiteral("Edit"));
    m_edit->setReadOnly(true);
    // A label's mnemonic, and Tab, reach the chosen name; it is named by what it holds ("Owner").
    m_edit->setAccessibleName(pickerTitle);
    // QLabel gives its buddy the focus only when the buddy itself takes focus: the proxy is not
    // asked (Alt+W on "Owner:" did nothing).
    setFocusProxy(m_edit);
    setFocusPolicy(m_edit->focusPolicy());
    auto* modify = new QPushButton(tr("M&odify..."));
    m_modify = modify;
    modify->setObjectName(QStringLiteral("modify%1Button").arg(capitalized));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(modify);
    if (clearable) {
        auto* clear = new QPushButton(tr("&Clear"));
        clear->setObjectName(QStringLiteral("clear%1Button").arg(capitalized));
        layout->addWidget(clear);
        connect(clear, &QPushButton::clicked, this, [this] {
            setDn({});
            Q_EMIT changed();
        });
    }
    connect(modify, &QPushButton::clicked, this, [this] {
        if (!m_store)
            return;
        auto* picker =
            new AddressBookDialog(*m_store, AddressBookDialog::Mode::Single, m_pickerTitle, {}, this);
        picker->setAttribute(Qt::WA_DeleteOnClose);
        if (m_filter)
            picker->setFilter(*m_filter);
        connect(picker, &QDialog::accepted, this, [this, picker] {
            const core::DirectoryObject chosen = picker->chosen().value(0);
            m_dn = chosen.dn.toString();
            m_edit->setText(chosen.displayName());
            Q_EMIT changed();
        });
        picker->open();
    });
}

void ReferenceField::setModifyText(const QString& text)
{
    m_modify->setText(text);
}

void ReferenceField::setDn(const QString& dn)
{
    m_dn = dn;
    m_edit->clear();
    if (dn.isEmpty() || !m_store)
        return;
    if (auto target = core::Dn::parse(dn); target) {
        if (auto o = m_store->object(target.value()))
            m_edit->setText(o->displayName());
    }
}

} // namespace sa::ui
