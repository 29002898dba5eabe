#include "ConnectToServerDialog.h"

#include "ui/common/Icons.h"
#include "ui/common/Text.h"
#include "ui/common/Tones.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sa::ui {

ConnectToServerDialog::ConnectToServerDialog(const QList<core::SiteInfo>& sites, const QString& defaultServer,
                                             QWidget* parent)
    : QDialog(parent), m_sites(sites), m_server(new QLineEdit), m_tree(new QTreeWidget),
      m_default(new QCheckBox(tr("Set as &default server"))), m_error(new QLabel)
{
    setObjectName(QStringLiteral("connectToServerDialog"));
    setWindowTitle(tr("Connect to Server"));
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_tree->setObjectName(QStringLiteral("serverTree"));
    m_default->setObjectName(QStringLiteral("defaultServerCheck"));
    m_error->setObjectName(QStringLiteral("connectError"));
    Tones::mark(m_error, Tones::Kind::Error);
    m_error->setWordWrap(true);
    m_error->hide();

    m_tree->setHeaderHidden(true);
    QString organization;
    for (const core::SiteInfo& s : sites)
        organization = s.organization;
    auto* org = new QTreeWidgetItem(m_tree, {organization});
    org->setIcon(0, Icons::named(QStringLiteral("organization")));
    for (const core::SiteInfo& s : sites) {
        auto* site = new QTreeWidgetItem(org, {s.name});
        site->setIcon(0, Icons::named(QStringLiteral("site")));
        for (const QString& server : s.servers) {
            auto* item = new QTreeWidgetItem(site, {server});
            item->setIcon(0, Icons::named(QStringLiteral("server")));
            item->setData(0, Qt::UserRole, server);
        }
    }
    m_tree->expandAll();
    m_server->setText(defaultServer);

    auto* form = new QFormLayout;
    form->addRow(tr("&Connect to server:"), m_server);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto* browse = buddyLabel(tr("&Browse the organization's sites and servers:"), m_tree);
    layout->addWidget(browse);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_default);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && !item->data(0, Qt::UserRole).toString().isEmpty())
            m_server->setText(item->data(0, Qt::UserRole).toString());
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        if (item && !item->data(0, Qt::UserRole).toString().isEmpty())
            accept();
    });
    connect(m_server, &QLineEdit::textEdited, m_error, &QLabel::hide);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectToServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectToServerDialog::reject);
    resize(380, 360);
}

void ConnectToServerDialog::setUnreadable(const QStringList& names, const QStringList& why)
{
    QTreeWidgetItem* org = m_tree->topLevelItem(0);
    for (int i = 0; org && i < names.size(); ++i) {
        auto* site = new QTreeWidgetItem(org, {tr("%1 (cannot be opened)").arg(names.at(i))});
        site->setIcon(0, Icons::named(QStringLiteral("state-error")));
        site->setToolTip(0, why.value(i));
        site->setFlags(site->flags() & ~Qt::ItemIsSelectable);
        site->setDisabled(true);
    }
}

QString ConnectToServerDialog::server() const
{
    for (const core::SiteInfo& s : m_sites) {
        for (const QString& server : s.servers) {
            if (server.compare(m_server->text().trimmed(), Qt::CaseInsensitive) == 0)
                return server;
        }
    }
    return m_server->text().trimmed();
}

bool ConnectToServerDialog::setAsDefault() const
{
    return m_default->isChecked();
}

void ConnectToServerDialog::accept()
{
    const QString name = m_server->text().trimmed();
    for (const core::SiteInfo& s : m_sites) {
        for (const QString& server : s.servers) {
            if (server.compare(name, Qt::CaseInsensitive) == 0) {
                QDialog::accept();
                return;
            }
        }
    }
    m_error->setText(name.isEmpty() ? tr("Type or pick the name of a server.")
                                    : tr("The organization has no server named %1.").arg(name));
    m_error->show();
}

} // namespace sa::ui
