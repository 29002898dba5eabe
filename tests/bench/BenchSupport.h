#pragma once

#include "core/directory/DirectoryObject.h"
#include "core/directory/Organization.h"
#include "tests/bench/Measure.h"

#include <QString>
#include <functional>

namespace sa::bench {

/// The same rows as the store writes for `n` objects of `className` under `parentDn`, by hand: one
/// prepared INSERT per row, all in one transaction, through Qt's SQL driver. `values(i)` gives the
/// i-th object's attributes (its Mail-Nickname is its directory name); making them is not measured.
Measure rawInsert(const QString& path, qint64 parentId, const QString& parentDn, int n,
                  const QString& className, const std::function<core::AttributeValues(int)>& values);
/// The same through the sqlite3 C API, with the product's PRAGMAs: the physical limit.
Measure rawInsertC(const QString& path, qint64 parentId, const QString& parentDn, int n,
                   const QString& className, const std::function<core::AttributeValues(int)>& values);

/// `n` single-row commits, each its own transaction, through the sqlite3 C API with the product's
/// PRAGMAs (each one durable): the baseline of a cycle's bookkeeping.
Measure rawCommits(const QString& path, int n);

/// The dirsync figures (item 8): `postoffices` requestor postoffices of `users` users each.
int dirsyncBench(const QString& dir, int postoffices, int users);

/// The GUI event loop while the window's worker runs a cycle of `users` entries (item 9).
int guiStallBench(const QString& dir, int users);

} // namespace sa::bench
