#pragma once

#include "core/common/Error.h"

#include <QString>

namespace sa::core {

class Organization;

/// Site connectors come in pairs: one in each site, each leading to the other. When one is made,
/// the original offered to make its partner in the other site as well; this does that.
class SiteConnectors
{
public:
    /// The site connector in `toSite` that leads back to `fromSite`, with the same cost, named
    /// "Site Connector (FROMSITE)". Returns false (and writes nothing) when `toSite` has one already.
    static Result<bool> createPartner(const Organization& organization, const QString& fromSite,
                                      const QString& toSite, int cost);
    /// Whether `site` has a site connector of its own that leads to `target`.
    static Result<bool> exists(const Organization& organization, const QString& site, const QString& target);
};

} // namespace sa::core
