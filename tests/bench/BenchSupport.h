#pragma once

#include "core/directory/DirectoryObject.h"

#include <QString>
#include <functional>

namespace sa::bench {

/// The same rows as the store writes for `n` objects of `className` under `parentDn`, by hand: one
/// prepared INSERT per row, all in one transaction. `values(i)` gives the i-th object's attributes
/// (its Mail-Nickname is its directory name). Milliseconds.
double rawInsert(const QString& path, qint64 parentId, const QString& parentDn, int n,
                 const QString& className, const std::function<core::AttributeValues(int)>& values);

/// The dirsync figures (item 8): `postoffices` requestor postoffices of `users` users each.
int dirsyncBench(const QString& dir, int postoffices, int users);

} // namespace sa::bench
