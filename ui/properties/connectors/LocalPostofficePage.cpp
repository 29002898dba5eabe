#include "LocalPostofficePage.h"

#include "core/directory/AddressSyntax.h"
#include "core/directory/Schema.h"
#include "ui/common/Text.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sa::ui {

namespace attr = core::attr;

LocalPostofficePage::LocalPostofficePage(QWidget* parent) : FieldsPage(parent)
{
    setObjectName(QStringLiteral("localPostofficePage"));
    QLineEdit* network = m_fields.line(attr::LocalNetwork, QStringLiteral("localNetworkEdit"));
    QLineEdit* postoffice = m_fields.line(attr::LocalPostoffice, QStringLiteral("localPostofficeEdit"));
    auto* intro = new QLabel(tr("MS Mail postoffices see this site as the postoffice below; their users "
                                "address its recipients as NETWORK/POSTOFFICE/alias."));
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Network name:"), network), network);
    form->addRow(buddyLabel(tr("&Postoffice name:"), postoffice), postoffice);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    m_fields.onEdited(this, &PropertyPage::edited);
}

QString LocalPostofficePage::validate() const
{
    for (const auto& [what, a] : {std::pair{QStringLiteral("network"), attr::LocalNetwork},
                                  std::pair{QStringLiteral("postoffice"), attr::LocalPostoffice}}) {
        if (core::Status s = core::AddressSyntax::checkMsMailPart(what, m_fields.value(a)); !s)
            return sentence(s.error().translated());
    }
    return {};
}

} // namespace sa::ui
