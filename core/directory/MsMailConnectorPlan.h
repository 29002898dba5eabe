#pragma once

#include "ConnectorValues.h"
#include "DirectoryObject.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace sa::core {

/// An MS Mail Connector's values read once: the postoffices it reaches and through which direct
/// postoffice, and the connector MTA that services each direct one. The carrying passes ask these
/// for every postoffice and every message; parsed at each question, a connector with a hundred
/// connections cost a hundred parses per postoffice per pass (issue 18: an idle cycle of 100
/// postoffices spent a twentieth of its time parsing the same values).
class MsMailConnectorPlan
{
public:
    explicit MsMailConnectorPlan(const DirectoryObject& connector);

    const DirectoryObject& connector() const { return m_connector; }
    /// The server the connector runs on (its Home-Server's name).
    const QString& server() const { return m_server; }
    /// Its MS-Mail-Connection values in their order.
    const QList<ConnectorValues::Connection>& connections() const { return m_connections; }
    /// The connection to `postoffice` (NET/PO, any case), or nullptr.
    const ConnectorValues::Connection* connectionTo(const QString& postoffice) const;
    /// Whether `postoffice` (any case) is one of its direct postoffices.
    bool isDirect(const QString& postoffice) const;
    /// The first direct postoffice, or empty.
    QString firstDirect() const;
    /// The connector MTA servicing the direct postoffice `direct` (any case): the first Connector-MTA
    /// value that lists it; empty when none does.
    QString mtaServing(const QString& direct) const;

private:
    DirectoryObject m_connector;
    QString m_server;
    QList<ConnectorValues::Connection> m_connections;
    QHash<QString, qsizetype> m_connectionOf; ///< upper-case postoffice -> index in m_connections
    QHash<QString, QString> m_mtaOf;          ///< upper-case direct postoffice -> connector MTA
    QSet<QString> m_direct;                   ///< upper-case direct postoffices
};

} // namespace sa::core
