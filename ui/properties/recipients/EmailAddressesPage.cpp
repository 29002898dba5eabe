#include "EmailAddressesPage.h"

#include "core/directory/AddressSyntax.h"
#include "core/directory/Schema.h"
#include "ui/common/Text.h"
#include "ui/dialogs/AddressEntryDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sa::ui {

using core::AddressSyntax;
namespace attr = core::attr;

namespace {

QString withType(const QString& type, const QString& address)
{
    return type + QLatin1Char(':') + AddressSyntax::valueOf(address);
}

} // namespace

EmailAddressesPage::EmailAddressesPage(QWidget* parent)
    : PropertyPage(parent), m_list(new QTreeWidget), m_edit(new QPushButton(tr("&Edit..."))),
      m_remove(new QPushButton(tr("&Remove"))), m_primary(new QPushButton(tr("Set As &Primary")))
{
    setObjectName(QStringLiteral("emailAddressesPage"));
    m_list->setObjectName(QStringLiteral("emailAddressList"));
    m_list->setHeaderLabels({tr("Type"), tr("Address")});
    m_list->setRootIsDecorated(false);
    m_list->header()->resizeSection(0, 70);
    auto* add = new QPushButton(tr("&New..."));
    add->setObjectName(QStringLiteral("newAddressButton"));
    m_edit->setObjectName(QStringLiteral("editAddressButton"));
    m_remove->setObjectName(QStringLiteral("removeAddressButton"));
    m_primary->setObjectName(QStringLiteral("primaryAddressButton"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {add, m_edit, m_remove, m_primary})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* note =
        new QLabel(tr("The primary address of each type (in bold) is the reply address for that type. "
                      "A new recipient gets the addresses Site Addressing makes for the types it lacks."));
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buddyLabel(tr("E-mail addresses:"), m_list));
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(note);

    connect(add, &QPushButton::clicked, this, [this] {
        auto* dialog = new AddressEntryDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] { setAddress(-1, dialog->address()); });
        dialog->open();
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        if (row < 0)
            return;
        auto* dialog = new AddressEntryDialog(m_addresses.at(row), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this, dialog, row] { setAddress(row, dialog->address()); });
        dialog->open();
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, m_edit, &QPushButton::click);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        if (row < 0)
            return;
        m_addresses.removeAt(row);
        fill();
        Q_EMIT edited();
    });
    connect(m_primary, &QPushButton::clicked, this,
            [this] { setPrimary(m_list->indexOfTopLevelItem(m_list->currentItem())); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &EmailAddressesPage::updateButtons);
}

void EmailAddressesPage::load(const core::DirectoryObject& object)
{
    m_object = object;
    m_addresses = object.valuesOf(attr::ProxyAddresses);
    fill();
}

void EmailAddressesPage::fill()
{
    const int keep = std::max(0, m_list->indexOfTopLevelItem(m_list->currentItem()));
    m_list->clear();
    for (const QString& a : std::as_const(m_addresses)) {
        auto* item = new QTreeWidgetItem(m_list, {AddressSyntax::typeOf(a), AddressSyntax::valueOf(a)});
        if (AddressSyntax::isPrimary(a)) {
            QFont f = item->font(0);
            f.setBold(true);
            item->setFont(0, f);
            item->setFont(1, f);
        }
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(std::min(keep, m_list->topLevelItemCount() - 1)));
    updateButtons();
}

void EmailAddressesPage::updateButtons()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    m_edit->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_primary->setEnabled(row >= 0 && !AddressSyntax::isPrimary(m_addresses.value(row)));
}

void EmailAddressesPage::setAddress(int row, const QString& address)
{
    const QString type = AddressSyntax::typeOf(address);
    const bool anyOfType = std::any_of(m_addresses.begin(), m_addresses.end(),
                                       [&](const QString& a) { return AddressSyntax::typeOf(a) == type; });
    QString value = address;
    if (row < 0) {
        // A new address is secondary when its type already has a primary one.
        value = anyOfType ? withType(type.toLower(), address) : withType(type, address);
        m_addresses << value;
    } else {
        value = withType(AddressSyntax::isPrimary(m_addresses.at(row)) ? type : type.toLower(), address);
        m_addresses[row] = value;
    }
    fill();
    Q_EMIT edited();
}

void EmailAddressesPage::setPrimary(int row)
{
    if (row < 0 || row >= m_addresses.size())
        return;
    const QString type = AddressSyntax::typeOf(m_addresses.at(row));
    for (QString& a : m_addresses) {
        if (AddressSyntax::typeOf(a) == type)
            a = withType(type.toLower(), a);
    }
    m_addresses[row] = withType(type, m_addresses.at(row));
    fill();
    Q_EMIT edited();
}

QList<core::AttributeChange> EmailAddressesPage::changes() const
{
    if (m_addresses == m_object.valuesOf(attr::ProxyAddresses))
        return {};
    return {{attr::ProxyAddresses, core::AttributeChange::Op::Replace, m_addresses}};
}

} // namespace sa::ui
