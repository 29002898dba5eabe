#include "HistoryPage.h"

#include "ui/common/LogTables.h"
#include "ui/models/AuditLogModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace sa::ui {

HistoryPage::HistoryPage(QWidget* parent) : PropertyPage(parent), m_note(new QLabel), m_view(new QTableView)
{
    setObjectName(QStringLiteral("historyPage"));
    m_note->setObjectName(QStringLiteral("historyNote"));
    m_note->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setAccessibleName(tr("Changes to this object"));
    LogTables::setUp(m_view);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
}

void HistoryPage::load(const core::DirectoryObject& object)
{
    if (m_model) {
        m_view->setModel(nullptr);
        delete m_model;
        m_model = nullptr;
    }
    if (isNew(object)) {
        m_note->setText(tr("This object does not exist yet: its history starts when you press OK."));
        return;
    }
    if (object.isReplica()) {
        m_note->setText(tr("Changes to this object are kept at site %1, which it belongs to. Connect to "
                           "a server in %1 to see them.")
                            .arg(object.masterSite));
        return;
    }
    if (!store())
        return;
    m_model = new AuditLogModel({{QString(), store()}}, object.id, this);
    m_view->setModel(m_model);
    // One site, one object: its site and DN are the sheet's.
    m_view->setColumnHidden(AuditLogModel::SiteColumn, true);
    m_view->setColumnHidden(AuditLogModel::ObjectColumn, true);
    m_view->resizeColumnsToContents();
    m_note->setText(m_model->rowCount() == 0
                        ? tr("No change of this object is kept: it was made before this version kept them, "
                             "or the changes are older than the services keep (Tools > Options).")
                        : tr("Who changed this object, newest first. Values are not kept, only which "
                             "attributes were written."));
}

} // namespace sa::ui
