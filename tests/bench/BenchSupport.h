#pragma once

#include "core/directory/DirectoryObject.h"
#include "core/directory/Organization.h"
#include "tests/bench/Measure.h"

#include <QString>
#include <functional>

struct sqlite3;

namespace sa::bench {

/// A baseline written against the sqlite3 C API cannot go on: says which (`who`), at what step
/// (`what`) and SQLite's message, and ends the bench with status 1.
[[noreturn]] void rawFailure(sqlite3* db, const char* who, const char* what);

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

/// Copies every database under `dir` (`*.sqlite`, at any depth) into the same place under `into`
/// (VACUUM INTO): the state before what is measured.
void snapshotDatabases(const QString& dir, const QString& into);

/// A raw write of rows, and how many rows into how many databases.
struct RawRows
{
    Measure measure;
    qint64 rows = 0;
    int databases = 0;
};
/// Every row the databases under `dir` hold and their copies under `snapshots` do not (new or
/// changed since the snapshot), written into the copies through the sqlite3 C API with the product's
/// PRAGMAs, one transaction per database; reading them is left outside the measure (RawRows.cpp).
RawRows rawRowsC(const QString& dir, const QString& snapshots);

/// Mail end to end (item 7): `messages` from PO1 to PO2 of the demo organization, in batches.
int mailBench(const QString& dir, int messages);

/// The dirsync figures (item 8): `postoffices` requestor postoffices of `users` users each; the idle
/// cycle is run `idleCycles` times and its median reported.
int dirsyncBench(const QString& dir, int postoffices, int users, int idleCycles);

/// The GUI event loop while the window's worker runs a cycle of `users` entries (item 9).
int guiStallBench(const QString& dir, int users);

} // namespace sa::bench
