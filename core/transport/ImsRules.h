#pragma once

#include "core/common/Error.h"
#include "core/directory/WriterRule.h"

namespace sa::core {

class DirectoryWriter;

/// The directory's rules for Internet Mail Service objects, applied by the writer in its transaction:
///  - it runs on a server of this site (Home-Server), fixed once set, and a server has at most one
///    (reference/internet-mail-service.md: "one per server");
///  - each Connected-Sites value is ORG|SITE|routing address of another site of this organization
///    (directory replication is within one), each site once;
///  - its Inbound-Domain and Smart-Host are domain names (or an IPv4 address for the host).
class ImsRules : public WriterRule
{
public:
    explicit ImsRules(DirectoryWriter& writer) : m_writer(writer) {}

    Status beforeCreate(const ClassDef& cls, const Dn& parent, AttributeValues& values) override;
    Status beforeModify(const DirectoryObject& current, const AttributeValues& values,
                        const QStringList& touched) override;

private:
    /// The values an Internet Mail Service (other than `exceptGuid`) would have.
    Status check(const AttributeValues& values, const QString& exceptGuid);

    DirectoryWriter& m_writer;
};

} // namespace sa::core
