#pragma once

#include "ui/properties/GeneralPage.h"

class QComboBox;

namespace sa::ui {

/// Directory Replication Connector > General: the common General fields, then the remote site
/// (chosen when the connector is created, fixed afterwards), the local bridgehead server (the
/// server of this site that replicates) and the remote bridgehead server it replicates with.
class ReplicationGeneralPage : public GeneralPage
{
    Q_OBJECT

public:
    explicit ReplicationGeneralPage(QWidget* parent = nullptr);

    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override;
    QString validate() const override;

private:
    void fillRemoteServers();

    QComboBox* m_remoteSite;
    QComboBox* m_localBridgehead;
    QComboBox* m_remoteBridgehead;
    QMap<QString, QStringList> m_serversBySite; ///< the other sites' servers, by site name
    core::DirectoryObject m_object;
};

} // namespace sa::ui
