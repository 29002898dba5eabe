#pragma once

#include "core/common/Error.h"
#include "core/directory/WriterRule.h"

namespace sa::core {

class DirectoryWriter;

/// The directory's rules for the connectors between two sites, applied by the writer in its
/// transaction (issue 20):
///  - a Site Connector leads to another site (Target-Site), and a site has one Site Connector to
///    each other site;
///  - a Directory Replication Connector replicates with another site (Remote-Site), and a site has
///    one to each other site: the original allows one directory replication connector between two
///    sites, whose partner in the other site is the other half of the same pair.
/// Connectors replicated from other sites are theirs and not counted: the partner connector in the
/// other site leads here and is allowed.
class ConnectorRules : public WriterRule
{
public:
    explicit ConnectorRules(DirectoryWriter& writer) : m_writer(writer) {}

    Status beforeCreate(const ClassDef& cls, const Dn& parent, AttributeValues& values) override;
    Status beforeModify(const DirectoryObject& current, const AttributeValues& values,
                        const QStringList& touched) override;

private:
    /// Whether a connector of `cls` (other than `exceptGuid`) with `values` may exist in this site.
    Status check(const ClassDef& cls, const AttributeValues& values, const QString& exceptGuid);

    DirectoryWriter& m_writer;
};

} // namespace sa::core
