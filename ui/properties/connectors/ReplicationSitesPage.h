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

    /// Request Now: asks for the remote site's changes at once (requested); the answer comes to
    /// showRequestResult.
    void requestNow();
    /// What the request did, shown below the lists.
    void showRequestResult(bool ok, const QString& text);

Q_SIGNALS:
    /// Request Now was clicked: the window's worker, which does the directory replication, pulls
    /// `remote`'s changes into `site` under its lock, as its scheduled pulls.
    void requested(const QString& site, const QString& remote);

private:
    void fillLists();

    QListWidget* m_inbound;
    QListWidget* m_outbound;
    QPushButton* m_requestNow;
    QLabel* m_result;
    core::DirectoryObject m_object;
};

} // namespace sa::ui
