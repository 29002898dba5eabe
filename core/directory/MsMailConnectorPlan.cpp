#include "MsMailConnectorPlan.h"

#include "Schema.h"

namespace sa::core {

MsMailConnectorPlan::MsMailConnectorPlan(const DirectoryObject& connector)
    : m_connector(connector), m_server(ConnectorValues::homeServer(connector))
{
    for (const QString& value : connector.valuesOf(attr::MsMailConnection)) {
        m_connections << ConnectorValues::Connection::parse(value);
        // The first value naming a postoffice answers for it, as a scan in order did.
        if (!m_connectionOf.contains(m_connections.last().postoffice))
            m_connectionOf.insert(m_connections.last().postoffice, m_connections.size() - 1);
        if (m_connections.last().isDirect())
            m_direct.insert(m_connections.last().postoffice);
    }
    for (const QString& value : connector.valuesOf(attr::ConnectorMta)) {
        const auto mta = ConnectorValues::ConnectorMta::parse(value);
        for (const QString& po : mta.serviced) {
            if (!m_mtaOf.contains(po))
                m_mtaOf.insert(po, mta.name);
        }
    }
}

const ConnectorValues::Connection* MsMailConnectorPlan::connectionTo(const QString& postoffice) const
{
    const auto it = m_connectionOf.constFind(postoffice.toUpper());
    return it == m_connectionOf.constEnd() ? nullptr : &m_connections.at(it.value());
}

bool MsMailConnectorPlan::isDirect(const QString& postoffice) const
{
    return m_direct.contains(postoffice.toUpper());
}

QString MsMailConnectorPlan::firstDirect() const
{
    for (const ConnectorValues::Connection& c : m_connections) {
        if (c.isDirect())
            return c.postoffice;
    }
    return {};
}

QString MsMailConnectorPlan::mtaServing(const QString& direct) const
{
    return m_mtaOf.value(direct.toUpper());
}

} // namespace sa::core
