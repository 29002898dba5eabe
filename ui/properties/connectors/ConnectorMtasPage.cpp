#include "ConnectorMtasPage.h"

#include "core/directory/ConnectorValues.h"
#include "core/directory/Schema.h"
#include "ui/common/Text.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>

namespace sa::ui {

namespace {

using Mta = core::ConnectorValues::ConnectorMta;

} // namespace

ConnectorMtasPage::ConnectorMtasPage(QWidget* parent)
    : ValueListPage(core::attr::ConnectorMta, {tr("Service name"), tr("Polling"), tr("Postoffices serviced")},
                    parent)
{
    setObjectName(QStringLiteral("connectorMtasPage"));
    setListName(tr("Connector MTAs"));
    setButtonTexts(tr("&New..."), tr("&Configure..."), tr("&Remove"));
}

QStringList ConnectorMtasPage::columns(const QString& value) const
{
    const Mta m = Mta::parse(value);
    return {m.name, m.polling == 1 ? tr("1 second") : tr("%1 seconds").arg(m.polling),
            m.serviced.join(QStringLiteral(", "))};
}

QStringList ConnectorMtasPage::servicedCandidates() const
{
    if (m_postoffices)
        return m_postoffices();
    QStringList out;
    for (const QString& c : object().valuesOf(core::attr::MsMailConnection)) {
        if (const auto connection = core::ConnectorValues::Connection::parse(c); connection.isDirect())
            out << connection.postoffice;
    }
    return out;
}

QString ConnectorMtasPage::validate() const
{
    const QStringList direct = servicedCandidates();
    QStringList names;
    for (const QString& v : values()) {
        const Mta m = Mta::parse(v);
        if (names.contains(m.name, Qt::CaseInsensitive))
            return tr("Two connector MTAs are named %1; each is a service and needs its own name.")
                .arg(m.name);
        names << m.name;
        for (const QString& p : m.serviced) {
            if (!direct.contains(p))
                return tr("%1 services %2, which is not a direct connection of this connector.")
                    .arg(m.name, p);
        }
    }
    return {};
}

void ConnectorMtasPage::edit(int row)
{
    const Mta current = row >= 0 ? Mta::parse(values().at(row)) : Mta();
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("connectorMtaDialog"));
    dialog->setWindowTitle(row >= 0 ? tr("Configure Connector MTA") : tr("New Connector MTA"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMinimumWidth(420);
    auto* name = new QLineEdit(current.name);
    name->setObjectName(QStringLiteral("serviceNameEdit"));
    name->setMaxLength(MaxServiceName);
    name->setReadOnly(row >= 0); // the service is registered under this name; it stays
    auto* polling = new QSpinBox;
    polling->setObjectName(QStringLiteral("pollingSpin"));
    polling->setRange(1, 3600);
    polling->setSuffix(tr(" seconds"));
    polling->setValue(current.polling);
    auto* serviced = new QListWidget;
    serviced->setObjectName(QStringLiteral("servicedList"));
    for (const QString& p : servicedCandidates()) {
        auto* item = new QListWidgetItem(p, serviced);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(current.serviced.contains(p) ? Qt::Checked : Qt::Unchecked);
    }
    auto* error = errorLabel(QStringLiteral("connectorMtaError"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* form = new QFormLayout(dialog);
    form->addRow(buddyLabel(tr("&Service name:"), name), name);
    form->addRow(buddyLabel(tr("&Polling frequency:"), polling), polling);
    form->addRow(buddyLabel(tr("Postoffices s&erviced:"), serviced), serviced);
    form->addRow(error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=] {
        Mta m;
        m.name = name->text().simplified();
        m.polling = polling->value();
        for (int i = 0; i < serviced->count(); ++i) {
            if (serviced->item(i)->checkState() == Qt::Checked)
                m.serviced << serviced->item(i)->text();
        }
        if (m.name.isEmpty() || m.name.contains(QLatin1Char('|')) || m.name.contains(QLatin1Char(','))) {
            showError(error,
                      tr("Type a service name (at most %1 characters, no | or ,).").arg(MaxServiceName));
            return;
        }
        for (int i = 0; i < values().size(); ++i) {
            if (i != row && Mta::parse(values().at(i)).name.compare(m.name, Qt::CaseInsensitive) == 0) {
                showError(error, tr("There is already a connector MTA named %1.").arg(m.name));
                return;
            }
        }
        setValue(row, m.toString());
        dialog->accept();
    });
    dialog->open();
}

} // namespace sa::ui
