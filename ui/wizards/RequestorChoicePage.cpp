#include "RequestorChoicePage.h"

#include "ObjectWizard.h"
#include "core/directory/ConnectorValues.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "ui/common/Text.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace sa::ui {

namespace attr = core::attr;

const QString RequestorChoicePage::NonMsMail = QStringLiteral("<non msmail requestor>");
const QString RequestorChoicePage::NonMsMailServer = QStringLiteral("Non MSMail Dirsync Server");

RequestorChoicePage::RequestorChoicePage(core::DirectoryStore& store, const QString& other,
                                         const QString& className, QWidget* parent)
    : QWizardPage(parent), m_store(store), m_other(other), m_className(className), m_list(new QListWidget),
      m_problem(errorLabel(QStringLiteral("choiceProblem")))
{
    setObjectName(QStringLiteral("requestorChoiceStep"));
    const bool server = other == NonMsMailServer;
    setTitle(server ? tr("Dirsync Server") : tr("Postoffice"));
    setSubTitle(
        server ? tr("The MS Mail postoffice that is the dirsync server this site will be a requestor of "
                    "(Q151668). A server reached through another server is a Non MSMail Dirsync Server.")
               : tr("The MS Mail postoffice that will synchronize its directory with this server. "
                    "Postoffices served by another server's MS Mail Connector are <non msmail requestor>."));
    m_list->setObjectName(QStringLiteral("requestorChoiceList"));
    auto connectors = store.objectsOf(core::ListFilter{{QStringLiteral("msmail-connector")}, true});
    for (const core::DirectoryObject& c : connectors ? connectors.value() : QList<core::DirectoryObject>()) {
        if (c.isReplica())
            continue;
        for (const QString& value : c.valuesOf(attr::MsMailConnection)) {
            const auto connection = core::ConnectorValues::Connection::parse(value);
            if (connection.isDirect() &&
                m_list->findItems(connection.postoffice, Qt::MatchFixedString).isEmpty())
                m_list->addItem(connection.postoffice);
        }
    }
    m_list->addItem(m_other);
    m_list->setCurrentRow(0);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        buddyLabel(tr("&Postoffices defined as direct on this site's MS Mail Connectors:"), m_list));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_problem);
    connect(m_list, &QListWidget::currentRowChanged, m_problem, &QLabel::hide);
}

QString RequestorChoicePage::chosen() const
{
    return m_list->currentItem() ? m_list->currentItem()->text() : QString();
}

bool RequestorChoicePage::validatePage()
{
    const QString choice = chosen();
    auto* wizard = qobject_cast<ObjectWizard*>(this->wizard());
    if (choice.isEmpty() || !wizard)
        return false;
    if (choice == m_other) {
        wizard->preset({{attr::DxaReqName, {}}});
        return true;
    }
    auto existing = m_store.objectsOf(core::ListFilter{{m_className}, true});
    for (const core::DirectoryObject& o : existing ? existing.value() : QList<core::DirectoryObject>()) {
        if (o.value(attr::DxaReqName).compare(choice, Qt::CaseInsensitive) == 0) {
            showError(m_problem, tr("%1 has a requestor already: %2. A postoffice synchronizes through one "
                                    "requestor; open its properties to change it.")
                                     .arg(choice, o.displayName()));
            return false;
        }
    }
    // Named after the postoffice, as the original suggested (Q180297).
    const QString name = choice.section(QLatin1Char('/'), 1);
    wizard->preset({{attr::DxaReqName, {choice}}, {attr::DisplayName, {name}}, {attr::CommonName, {name}}});
    return true;
}

} // namespace sa::ui
