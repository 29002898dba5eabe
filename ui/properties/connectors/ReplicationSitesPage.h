#pragma once

#include "ui/properties/PropertyPage.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace sa::ui {

/// Directory Replication Connector > Sites: the inbound site (whose directory this site receives,
/// with how far it has come) and the outbound site (which receives this site's), and Request Now,
/// which asks the remote site for its changes at once instead of at the next scheduled run.
class ReplicationSitesPage : public PropertyPage
{
    Q_OBJECT

public:
    explicit ReplicationSitesPage(QWidget* parent = nullptr);

    QString title() const override { return tr("Sites"); }
    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override { return {}; }

    /// Request Now: pulls the remote site's changes; the result is shown below the lists.
    void requestNow();

private:
    void fillLists();

    QListWidget* m_inbound;
    QListWidget* m_outbound;
    QPushButton* m_requestNow;
    QLabel* m_result;
    core::DirectoryObject m_object;
};

} // namespace sa::ui
