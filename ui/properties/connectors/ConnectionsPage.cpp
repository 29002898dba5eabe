#include "ConnectionsPage.h"

#include "core/directory/ConnectorValues.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/msmail/PostofficeStore.h"
#include "ui/common/Text.h"
#include "ui/dialogs/ConnectionQueueDialog.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>

namespace sa::ui {

namespace {

using Connection = core::ConnectorValues::Connection;

} // namespace

ConnectionsPage::ConnectionsPage(QWidget* parent)
    : ValueListPage(core::attr::MsMailConnection, {tr("Postoffice"), tr("Connection")}, parent)
{
    setObjectName(QStringLiteral("connectionsPage"));
    setListName(tr("Postoffice connections"));
    setButtonTexts(tr("&Create..."), tr("&Modify..."), tr("&Delete"));
    m_queue = new QPushButton(tr("&Queue..."));
    m_queue->setObjectName(QStringLiteral("queueButton"));
    m_queue->setToolTip(tr("The messages waiting for the selected postoffice"));
    buttonColumn()->addWidget(m_queue);
    connect(m_queue, &QPushButton::clicked, this, &ConnectionsPage::showQueue);
    connect(valueList(), &QTreeWidget::currentItemChanged, this, &ConnectionsPage::updateQueueButton);
    updateQueueButton();
}

void ConnectionsPage::load(const core::DirectoryObject& object)
{
    ValueListPage::load(object);
    updateQueueButton();
}

void ConnectionsPage::updateQueueButton()
{
    // Only a connector that exists has a queue; a replica's queue is in its own site.
    m_queue->setEnabled(currentRow() >= 0 && object().id != 0 && !object().isReplica() && store());
}

void ConnectionsPage::showQueue()
{
    if (currentRow() < 0 || !store())
        return;
    auto* dialog =
        new ConnectionQueueDialog(*store(), Connection::parse(values().at(currentRow())).postoffice, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QStringList ConnectionsPage::columns(const QString& value) const
{
    const Connection c = Connection::parse(value);
    return {c.postoffice, c.isDirect() ? tr("Direct") : tr("Indirect via %1").arg(c.via)};
}

QStringList ConnectionsPage::directPostoffices() const
{
    QStringList out;
    for (const QString& v : values()) {
        if (const Connection c = Connection::parse(v); c.isDirect())
            out << c.postoffice;
    }
    return out;
}

QStringList ConnectionsPage::postoffices() const
{
    QStringList out;
    for (const QString& v : values())
        out << Connection::parse(v).postoffice;
    return out;
}

QString ConnectionsPage::validate() const
{
    const QStringList direct = directPostoffices();
    for (const QString& v : values()) {
        const Connection c = Connection::parse(v);
        if (!c.isDirect() && !direct.contains(c.via))
            return tr("%1 is reached via %2, which is not a direct connection of this connector.")
                .arg(c.postoffice, c.via);
    }
    return {};
}

void ConnectionsPage::edit(int row)
{
    const Connection existing = row >= 0 ? Connection::parse(values().at(row)) : Connection();
    const QString current = existing.postoffice;
    const QString currentVia = existing.via;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("connectionDialog"));
    dialog->setWindowTitle(row >= 0 ? tr("Modify Connection") : tr("Create Connection"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMinimumWidth(420);
    auto* postoffice = new QComboBox;
    postoffice->setObjectName(QStringLiteral("postofficeCombo"));
    postoffice->setEditable(true);
    if (store())
        postoffice->addItems(core::PostofficeStore::list(core::Organization::dirOfSite(store()->path())));
    postoffice->setCurrentText(current);
    postoffice->setToolTip(tr("The emulated MS Mail postoffice, as NETWORK/POSTOFFICE"));
    auto* direct = new QRadioButton(tr("&Direct: this connector delivers to it"));
    direct->setObjectName(QStringLiteral("directRadio"));
    auto* indirect = new QRadioButton(tr("&Indirect, via:"));
    indirect->setObjectName(QStringLiteral("indirectRadio"));
    auto* via = new QComboBox;
    via->setObjectName(QStringLiteral("viaCombo"));
    QStringList directOnes = directPostoffices();
    directOnes.removeAll(current);
    via->addItems(directOnes);
    via->setCurrentText(currentVia);
    indirect->setEnabled(!directOnes.isEmpty());
    (currentVia.isEmpty() ? direct : indirect)->setChecked(true);
    via->setEnabled(indirect->isChecked());
    connect(indirect, &QRadioButton::toggled, via, &QWidget::setEnabled);
    auto* error = errorLabel(QStringLiteral("connectionError"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* form = new QFormLayout(dialog);
    form->addRow(buddyLabel(tr("&Postoffice path:"), postoffice), postoffice);
    form->addRow(direct);
    auto* viaRow = new QHBoxLayout;
    viaRow->addWidget(indirect);
    viaRow->addWidget(via, 1);
    form->addRow(viaRow);
    form->addRow(error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=] {
        auto name = core::PostofficeStore::parseName(postoffice->currentText());
        if (!name) {
            showError(error, name.error().translated());
            return;
        }
        const QString po = name->first + QLatin1Char('/') + name->second;
        if (row < 0 && postoffices().contains(po)) {
            showError(error, tr("This connector already serves %1.").arg(po));
            return;
        }
        // The connector MTA must reach a direct postoffice at its path: here, one of the
        // organization's emulated postoffices. Indirect ones lie beyond and need not be emulated.
        if (!indirect->isChecked() && postoffice->findText(po, Qt::MatchFixedString) < 0) {
            showError(
                error,
                tr("There is no postoffice %1 to connect to directly (msmail-po create makes one).").arg(po));
            return;
        }
        if (indirect->isChecked() && via->currentText().isEmpty()) {
            showError(error, tr("Choose the direct postoffice that %1 is reached through.").arg(po));
            return;
        }
        setValue(row, Connection{po, indirect->isChecked() ? via->currentText() : QString()}.toString());
        dialog->accept();
    });
    dialog->open();
}

} // namespace sa::ui
