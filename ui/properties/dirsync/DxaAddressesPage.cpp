#include "DxaAddressesPage.h"

#include "core/directory/DirectoryStore.h"
#include "core/transport/SiteTransport.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sa::ui {

DxaAddressesPage::DxaAddressesPage(QWidget* parent) : PropertyPage(parent), m_list(new QTreeWidget)
{
    setObjectName(QStringLiteral("dxaAddressesPage"));
    m_list->setObjectName(QStringLiteral("dxaAddressList"));
    m_list->setAccessibleName(tr("Dirsync addresses"));
    m_list->setHeaderLabels({tr("Type"), tr("Address"), tr("Used as")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* note =
        new QLabel(tr("Dirsync mail for this site reaches the Directory Synchronization service at these "
                      "addresses. They follow from the organization's and the site's names."));
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_list, 1);
}

void DxaAddressesPage::load(const core::DirectoryObject& object)
{
    Q_UNUSED(object)
    m_list->clear();
    if (!store())
        return;
    core::SiteTransport transport(*store(), QString());
    for (const auto& [address, use] :
         {std::pair{transport.systemAddress(), tr("dirsync server ($SYSTEM)")},
          std::pair{transport.requestorAddress(), tr("requestor of an MS Mail dirsync server (SYSTEM1)")}}) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, address.section(QLatin1Char(':'), 0, 0));
        item->setText(1, address.section(QLatin1Char(':'), 1));
        item->setText(2, use);
    }
}

} // namespace sa::ui
