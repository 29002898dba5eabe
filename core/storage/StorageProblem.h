#pragma once

#include "core/common/Phrase.h"

#include <QString>

namespace sa::core {

/// What is really wrong when a database file cannot be opened, read or written, in words an
/// administrator acts on: a read-only file system, permission denied (for which user), a full disk,
/// a folder, an empty or truncated file, a file that is not SQLite's. SQLite's own text says
/// "unable to open database file" for half of these; the file system says which it is.
namespace StorageProblem {

/// Why `path` (a database file, or one to be made there) cannot be used, given what SQLite said
/// (`sqliteText`, may be empty); "" when the file system shows nothing wrong and SQLite said
/// nothing either. Reads only metadata and, for a file SQLite refused, its first 100 bytes.
Phrase diagnose(const QString& path, const QString& sqliteText = {});
/// SQLite's message for a failed statement in our words when it has a cause we know (a full disk,
/// a read-only database, a damaged file), with SQLite's text after it; else SQLite's text.
Phrase explain(const QString& sqliteText);
/// errno's text for the last system call, with the user when it is a permission problem.
QString systemError(int error);
/// A store's `message` without the "PATH: " it starts with, for a line that names the file itself
/// (the site LONDON (sites/LONDON.sqlite) cannot be opened: ...).
Phrase withoutPath(const Phrase& message, const QString& path);

} // namespace StorageProblem

} // namespace sa::core
