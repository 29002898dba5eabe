#pragma once

#include "core/dirsyncprotocol/DirsyncAddressList.h"

#include <QList>

namespace sa::core {

class PostofficeStore;

/// A postoffice's list of the other postoffices' addresses (the external table, part of the
/// postoffice's store), as directory synchronization changes it: a requestor applies the server's
/// transactions to it, keyed by the address as the list shows it; its own users are in the list
/// already and are never written here. The server postoffice rebuilds it from its master list.
class PostofficeExternalList : public DirsyncAddressList
{
public:
    explicit PostofficeExternalList(PostofficeStore& po);

    /// An entry of the server's master list.
    struct Entry
    {
        QString address;
        QString fullName;
        QString fields;
    };
    /// Every entry dirsync wrote replaced by `entries` (the server's own list after its T2); entries
    /// added by hand stay, and win over one of the same address.
    Status rebuild(const QList<Entry>& entries);

protected:
    Result<QString> fieldsOf(const QString& address) override;
    Status put(const QString& address, const QString& fullName, const QString& fields) override;
    Status drop(const QString& address) override;
    Status replaceAll(const DirsyncTransaction& t) override;

private:
    PostofficeStore& m_po;
    QString m_own; ///< "NET/PO/": this postoffice's own users' addresses begin so
};

} // namespace sa::core
