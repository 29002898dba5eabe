#include "SiteAddressingPage.h"

#include "core/directory/AddressSyntax.h"
#include "core/directory/Schema.h"
#include "ui/common/Prompts.h"
#include "ui/common/Text.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sa::ui {

using core::AddressSyntax;

SiteAddressingPage::SiteAddressingPage(QWidget* parent) : PropertyPage(parent), m_list(new QTreeWidget)
{
    setObjectName(QStringLiteral("siteAddressingPage"));
    m_list->setObjectName(QStringLiteral("siteAddressList"));
    m_list->setHeaderLabels({tr("Type"), tr("Address")});
    m_list->setRootIsDecorated(false);
    m_list->header()->resizeSection(0, 70);
    auto* add = new QPushButton(tr("&New..."));
    add->setObjectName(QStringLiteral("newSiteAddressButton"));
    auto* edit = new QPushButton(tr("&Edit..."));
    edit->setObjectName(QStringLiteral("editSiteAddressButton"));
    auto* remove = new QPushButton(tr("&Remove"));
    remove->setObjectName(QStringLiteral("removeSiteAddressButton"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {add, edit, remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* help = new QLabel(tr("Each new recipient gets one address of each type from these. In an Internet "
                               "address, @domain gives alias@domain; %g (given name), %s (surname), %i "
                               "(initials) and %m (alias) may stand before the @, as in %g.%s@domain. "
                               "Recipients that exist keep their addresses."));
    help->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buddyLabel(tr("Site &addressing:"), m_list));
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(help);
    connect(add, &QPushButton::clicked, this, [this] { editRow(-1); });
    connect(edit, &QPushButton::clicked, this,
            [this] { editRow(m_list->indexOfTopLevelItem(m_list->currentItem())); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, edit, &QPushButton::click);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        if (row < 0)
            return;
        m_templates.removeAt(row);
        fill();
        Q_EMIT edited();
    });
}

void SiteAddressingPage::load(const core::DirectoryObject& object)
{
    m_object = object;
    m_templates = object.valuesOf(core::attr::GatewayProxy);
    fill();
}

void SiteAddressingPage::fill()
{
    m_list->clear();
    for (const QString& t : std::as_const(m_templates))
        new QTreeWidgetItem(m_list, {AddressSyntax::typeOf(t), AddressSyntax::valueOf(t)});
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

bool SiteAddressingPage::setTemplate(int row, const QString& text, QString* problem)
{
    const QString t = text.trimmed();
    if (core::Status s = AddressSyntax::checkTemplate(t); !s) {
        if (problem)
            *problem = s.error().translated();
        return false;
    }
    for (int i = 0; i < m_templates.size(); ++i) {
        if (i != row && AddressSyntax::typeOf(m_templates.at(i)) == AddressSyntax::typeOf(t)) {
            if (problem)
                *problem = tr("there is already a %1 address; edit that one").arg(AddressSyntax::typeOf(t));
            return false;
        }
    }
    // Site templates are always primary: the type in upper case.
    const QString value = AddressSyntax::typeOf(t) + QLatin1Char(':') + AddressSyntax::valueOf(t);
    if (row >= 0 && row < m_templates.size())
        m_templates[row] = value;
    else
        m_templates << value;
    fill();
    Q_EMIT edited();
    return true;
}

void SiteAddressingPage::editRow(int row)
{
    auto* input = new QInputDialog(this);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setObjectName(QStringLiteral("siteAddressInput"));
    input->setWindowTitle(row < 0 ? tr("New Site Address") : tr("Edit Site Address"));
    input->setLabelText(tr("Address (TYPE:template):"));
    input->setTextValue(row >= 0 ? m_templates.value(row) : QStringLiteral("SMTP:@"));
    connect(input, &QInputDialog::textValueSelected, this, [this, row](const QString& text) {
        QString problem;
        if (!setTemplate(row, text, &problem))
            Prompts::error(this, tr("Site Addressing"),
                           tr("\"%1\" is not a site address: %2.").arg(text, problem));
    });
    input->open();
}

QList<core::AttributeChange> SiteAddressingPage::changes() const
{
    if (m_templates == m_object.valuesOf(core::attr::GatewayProxy))
        return {};
    return {{core::attr::GatewayProxy, core::AttributeChange::Op::Replace, m_templates}};
}

} // namespace sa::ui
