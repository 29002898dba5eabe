#include "AddressSpacePage.h"

#include "core/directory/AddressSyntax.h"
#include "core/directory/Schema.h"
#include "ui/common/Text.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace sa::ui {

AddressSpacePage::AddressSpacePage(QWidget* parent)
    : ValueListPage(core::attr::AddressSpace, {tr("Type"), tr("Address")}, parent)
{
    setObjectName(QStringLiteral("addressSpacePage"));
    setListName(tr("Address space"));
}

QStringList AddressSpacePage::columns(const QString& value) const
{
    return {core::AddressSyntax::typeOf(value), core::AddressSyntax::valueOf(value)};
}

void AddressSpacePage::edit(int row)
{
    const QString current = row >= 0 ? values().at(row) : QString();
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("addressSpaceDialog"));
    dialog->setWindowTitle(row >= 0 ? tr("Edit Address Space") : tr("New Address Space"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMinimumWidth(420);
    auto* type = new QComboBox;
    type->setObjectName(QStringLiteral("addressTypeCombo"));
    for (const auto& [name, code] : {std::pair{tr("Microsoft Mail"), QStringLiteral("MS")},
                                     std::pair{tr("Internet"), QStringLiteral("SMTP")},
                                     std::pair{tr("X.400"), QStringLiteral("X400")}}) {
        if (m_types.isEmpty() || m_types.contains(code))
            type->addItem(name, code);
    }
    if (!current.isEmpty())
        type->setCurrentIndex(qMax(0, type->findData(core::AddressSyntax::typeOf(current))));
    auto* address = new QLineEdit(current.isEmpty() ? QString() : core::AddressSyntax::valueOf(current));
    address->setObjectName(QStringLiteral("addressSpaceEdit"));
    const auto placeholder = [type, address] {
        const QString t = type->currentData().toString();
        address->setPlaceholderText(t == QLatin1String("MS")     ? tr("NETWORK/POSTOFFICE/*")
                                    : t == QLatin1String("SMTP") ? tr("*@example.com")
                                                                 : tr("c=US;a= ;p=ORG;o=SITE;*"));
    };
    placeholder();
    connect(type, &QComboBox::currentIndexChanged, address, placeholder);
    type->setEnabled(type->count() > 1); // fixed (an Internet Mail Service's): the address is typed at once
    auto* error = errorLabel(QStringLiteral("addressSpaceError"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* form = new QFormLayout(dialog);
    form->addRow(buddyLabel(tr("&Type:"), type), type);
    form->addRow(buddyLabel(tr("&Address:"), address), address);
    form->addRow(error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=] {
        const QString value = type->currentData().toString() + QLatin1Char(':') + address->text().trimmed();
        if (core::Status s = core::AddressSyntax::checkTemplate(value); !s) {
            showError(error, s.error().translated());
            return;
        }
        setValue(row, value);
        dialog->accept();
    });
    if (!type->isEnabled())
        address->setFocus();
    dialog->open();
}

} // namespace sa::ui
