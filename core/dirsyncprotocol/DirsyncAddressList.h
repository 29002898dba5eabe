#pragma once

#include "DirsyncMessage.h"
#include "core/common/Error.h"

namespace sa::core {

/// An address list that dirsync transactions change, entries keyed by address: a postoffice's
/// copy of the others' addresses (requestor side) and the server postoffice's master list. How an
/// A, D or M changes a list is the protocol's, written once here; where the entries are kept and
/// what an R (replace) clears is each list's own.
class DirsyncAddressList
{
public:
    virtual ~DirsyncAddressList() = default;

    /// A: the entry with its template fields. D: the entry gone. M: the entry under its new
    /// address and name, its kept template fields changed by those the M names (an empty one
    /// clears it). R: replaceAll. T (templates) changes nothing here.
    Status apply(const DirsyncTransaction& t);

protected:
    /// The template fields kept with `address` (DirsyncTemplates::encode form), "" when none.
    virtual Result<QString> fieldsOf(const QString& address) = 0;
    /// Adds or overwrites the entry of `address`.
    virtual Status put(const QString& address, const QString& fullName, const QString& fields) = 0;
    virtual Status drop(const QString& address) = 0;
    /// An R transaction (`t.address` says what it replaces).
    virtual Status replaceAll(const DirsyncTransaction& t) = 0;
};

} // namespace sa::core
