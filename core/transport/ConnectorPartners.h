#pragma once

#include "core/common/Error.h"

#include <QString>

namespace sa::core {

class Organization;

/// Connectors between two sites come in pairs, one in each site leading to the other: mail comes
/// back over the partner site connector, and each site pulls the other's directory with its own
/// replication connector. When one is made, the original offered to make the partner as well
/// ("Configure both sites"); this makes it. Each returns false, writing nothing, when the other
/// site has its partner already.
class ConnectorPartners
{
public:
    /// The site connector in `toSite` that leads back to `fromSite`, with the same cost, named
    /// "Site Connector (FROMSITE)".
    static Result<bool> createSiteConnector(const Organization& organization, const QString& fromSite,
                                            const QString& toSite, int cost);
    /// The directory replication connector in `toSite` that replicates with `fromSite`, named
    /// FROMSITE, its bridgeheads the other way round (`toServer` local there, `fromServer` remote).
    static Result<bool> createReplicationConnector(const Organization& organization, const QString& fromSite,
                                                   const QString& fromServer, const QString& toSite,
                                                   const QString& toServer);
    /// Whether `site` has a connector of its own of `className` whose `attribute` names `target`.
    static Result<bool> exists(const Organization& organization, const QString& site,
                               const QString& className, const QString& attribute, const QString& target);
};

} // namespace sa::core
