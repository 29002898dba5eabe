#pragma once

#include "core/common/Error.h"
#include "core/directory/DirectoryObject.h"
#include "core/directory/WriterRule.h"

namespace sa::core {

class DirectoryWriter;

/// The directory's rules for directory synchronization objects, applied by the writer inside its
/// transaction so the window, siteadminctl and imports all get them (reference §4):
///  - one dirsync role per organization: one Directory Synchronization Server, or one Dir-Sync
///    Requestor, never both (Q151668);
///  - a requestor names its postoffice (DXA-ReqName, NET/PO) or its Dir-Sync Address, an MS Mail
///    custom recipient NET/PO/$SYSTEM (Q191015); given only the postoffice, the hidden custom
///    recipient is made with it in the site's Recipients container (Q147084), or an unused one for
///    that postoffice is taken; one requestor per postoffice;
///  - the import container is a recipients container of this site, fixed once set (xog11013);
///    export containers are recipients containers (of any site);
///  - a requestor has a dirsync password that PasswordRule accepts (issue 19);
///  - a custom recipient that is a requestor's Dir-Sync Address is not deleted before the requestor;
///  - deleting a requestor deletes the custom recipients imported from it (Q181952) and what the
///    engine kept about it (the dxa_* tables, which are the engine's: this is how it forgets).
class DirsyncRules : public WriterRule
{
public:
    explicit DirsyncRules(DirectoryWriter& writer) : m_writer(writer) {}

    static bool isRequestorClass(const QString& className);
    /// NET/PO of an MS Mail $SYSTEM address (MS:NET/PO/$SYSTEM), or empty.
    static QString systemPostoffice(const QString& address);

    Status beforeCreate(const ClassDef& cls, const Dn& parent, AttributeValues& values) override;
    Status beforeModify(const DirectoryObject& current, const AttributeValues& values,
                        const QStringList& touched) override;
    /// A server with requestors under it, a custom recipient that is a Dir-Sync Address.
    Status checkRemove(const DirectoryObject& object) override;
    /// A requestor's imported recipients and the engine's state of it.
    Status beforeRemove(const DirectoryObject& object) override;

private:
    Status checkContainers(const AttributeValues& values);
    static Status checkPassword(const AttributeValues& values, const QString& requestor);
    /// The live objects of `className` in this site (replicas too) whose `attribute` is `value`.
    Result<QList<DirectoryObject>> withValue(const QString& className, const QString& attribute,
                                             const QString& value);

    DirectoryWriter& m_writer;
};

} // namespace sa::core
