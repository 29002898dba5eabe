#include "ConnectedSitesPage.h"

#include "core/directory/ConnectorValues.h"
#include "core/directory/Schema.h"
#include "ui/common/Text.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace sa::ui {

using core::ConnectorValues::ConnectedSite;

namespace {

/// The organization and site of an object's DN (/o=ORG/ou=SITE/...).
std::pair<QString, QString> organizationAndSite(const core::Dn& dn)
{
    const auto& rdns = dn.rdns();
    return {rdns.value(0).value, rdns.value(1).value};
}

} // namespace

ConnectedSitesPage::ConnectedSitesPage(QWidget* parent)
    : ValueListPage(core::attr::ConnectedSites, {tr("Organization"), tr("Site"), tr("Routing Address")},
                    parent)
{
    setObjectName(QStringLiteral("connectedSitesPage"));
    setListName(tr("Connected sites"));
    setNote(tr("The sites on other machines this service carries mail and directory replication to. Each "
               "site lists this one on its own Internet Mail Service, with the same secret (siteadminctl ims "
               "secret)."));
}

QStringList ConnectedSitesPage::sites() const
{
    QStringList out;
    for (const QString& v : values())
        out << ConnectedSite::parse(v).site;
    return out;
}

QString ConnectedSitesPage::organization() const
{
    return organizationAndSite(object().dn).first;
}

QStringList ConnectedSitesPage::columns(const QString& value) const
{
    const ConnectedSite c = ConnectedSite::parse(value);
    return {c.organization, c.site, c.routingAddress};
}

void ConnectedSitesPage::edit(int row)
{
    const auto [ownOrganization, ownSite] = organizationAndSite(object().dn);
    const ConnectedSite current = row >= 0 ? ConnectedSite::parse(values().at(row)) : ConnectedSite{};
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("connectedSiteDialog"));
    dialog->setWindowTitle(row >= 0 ? tr("Edit Connected Site") : tr("New Connected Site"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMinimumWidth(440);
    auto* organization = new QLineEdit(row >= 0 ? current.organization : ownOrganization);
    organization->setObjectName(QStringLiteral("connectedOrganizationEdit"));
    auto* site = new QLineEdit(current.site);
    site->setObjectName(QStringLiteral("connectedSiteEdit"));
    auto* routing = new QLineEdit(current.routingAddress);
    routing->setObjectName(QStringLiteral("routingAddressEdit"));
    routing->setPlaceholderText(tr("london.northwind.example"));
    auto* error = errorLabel(QStringLiteral("connectedSiteError"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* form = new QFormLayout(dialog);
    form->addRow(buddyLabel(tr("&Organization:"), organization), organization);
    form->addRow(buddyLabel(tr("&Site:"), site), site);
    form->addRow(buddyLabel(tr("&Routing address:"), routing), routing);
    form->addRow(error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    // Structured bindings are not captured (C++17): plain copies are.
    const QString org = ownOrganization;
    const QString own = ownSite;
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=] {
        const QString value = ConnectedSite{organization->text().trimmed(), site->text().trimmed().toUpper(),
                                            routing->text().trimmed().toLower()}
                                  .toString();
        if (const core::Phrase problem = ConnectedSite::problem(value, org, own); !problem.isEmpty()) {
            showError(error, sentence(problem.translated()));
            return;
        }
        setValue(row, value);
        dialog->accept();
    });
    // The organization is proposed (the same one, always): the site is what is typed first.
    (row >= 0 || !organization->text().isEmpty() ? site : organization)->setFocus();
    dialog->open();
}

} // namespace sa::ui
