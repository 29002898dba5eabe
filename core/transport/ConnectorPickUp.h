#pragma once

#include "core/common/Error.h"
#include "core/directory/DirectoryObject.h"
#include "core/directory/MsMailConnectorPlan.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace sa::core {

class DirectoryStore;

/// The MS Mail Connectors' side of a site's messaging: what their direct postoffices hold for the
/// site is picked up into the MTA queue (SiteTransport::accept), and when it is not, why mail for
/// the site waits at a postoffice.
class ConnectorPickUp
{
public:
    ConnectorPickUp(DirectoryStore& store, QString orgDir);

    /// Mail waiting in the direct postoffices of this site's MS Mail Connectors whose Interchange
    /// and connector MTA run, moved into the MTA queue. Returns how many.
    Result<int> pickUp();
    /// Whether pickUp() left mail behind at a postoffice (it takes a batch from each at a time).
    bool leftSome() const { return m_leftSome; }

    /// Whether `hop` is the (shadow) postoffice of one of this site's MS Mail Connectors and, if so,
    /// why mail from the postoffice `postoffice` for it is not picked up (empty: it will be). The
    /// connectors and their services are read the first time and the answers given from them after:
    /// one instance answers for one pass of the services, which asks for every postoffice's hops
    /// (issue 18: the same reads ten times a pass).
    struct State
    {
        bool known = false;
        QString waiting;
    };
    State state(const QString& postoffice, const QString& hop) const;

    /// The postoffice MS Mail sees a connector as (Local Postoffice page; ORG/SITE by default).
    QString localPostoffice(const DirectoryObject& connector) const;

private:
    bool running(const QString& server, const QString& service) const;
    /// The site's MS Mail Connectors, read and parsed the first time (nullptr: m_plansError).
    const std::vector<MsMailConnectorPlan>* plans() const;

    DirectoryStore& m_store;
    QString m_orgDir;
    bool m_leftSome = false;
    mutable std::optional<std::vector<MsMailConnectorPlan>> m_plans; ///< read once
    mutable Error m_plansError;
    mutable QHash<QString, bool> m_running; ///< state()'s, by server and service
};

} // namespace sa::core
