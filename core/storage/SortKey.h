#pragma once

#include <QString>
#include <QStringList>

namespace sa::core::SortKey {

/// The key contents lists sort by, as the site database keeps it (objects.sort_key), compared as
/// bytes: the display name (or directory name) decomposed without its accents, case-folded, each
/// run of digits written as its length and then its digits, so that "Émile" sorts with "Emile"
/// before "Zoe" and "User 2" before "User 10" (issues 20 and 21). The store, its migrations and the
/// window's models compare by it alike.
QString of(const QString& displayName);

/// A key made by an earlier version (the case-folded name alone) brought to this one's: the
/// change log keeps the keys objects had, and no name to make them again from.
QString fromFolded(const QString& folded);
/// A key made by version 19 (natural order, accents off, but 'ß' and 'ø' kept) brought to this
/// one's: its letters folded again, its numbers left as they are written.
QString refolded(const QString& key);

/// The name as keys compare its letters: its letters as AsciiFold spells them (accents off, "ß" as
/// "ss") and case-folded, digits as they are ("Émile 07" -> "emile 07"); what typing a name's
/// beginning is matched with, and what find compares (SQL folded()).
QString plain(const QString& name);

/// Where to look for names that begin with `typed`, in sort order: its key, or when it ends in
/// digits, which may be the start of a longer number ("Zoe 59" of "Zoe 590"), the key of that
/// number at each length it could have, shortest first.
QStringList prefixKeys(const QString& typed);

} // namespace sa::core::SortKey
