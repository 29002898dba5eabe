#pragma once

#include "ChangeSet.h"
#include "DirectoryObject.h"
#include "core/common/Error.h"

#include <QList>

namespace sa::core {

class DirectoryStore;

/// A committed change and what takes it back: Edit > Undo of a property sheet's OK, a delete, a
/// wizard's Finish, a bulk edit (issue 20; the original had no Undo, a modern administrator expects
/// one). It keeps every object the change touched as it stood before and after the change, the rules'
/// side effects included (a deleted recipient's memberships in distribution lists). Undoing writes the
/// before images back in one transaction: deleted objects made again under their old names (with a
/// new GUID: the tombstone keeps the old one, and dirsync and replication carry a new object), created
/// ones deleted, changed ones given their old values. It refuses, writing nothing, when an object it
/// would write changed since: an undo never loses a later change. The undo is a Reversal too (Redo).
class Reversal
{
public:
    /// Commits `changes` as DirectoryStore::commit() does and returns what takes them back.
    static Result<Reversal> commit(DirectoryStore& store, const ChangeSet& changes,
                                   CommitResult* result = nullptr);
    /// Takes the change back; what is returned takes the undo back.
    Result<Reversal> undo(DirectoryStore& store) const;
    /// The changes that take this one back, as the objects stand now; an error naming the first
    /// object that changed since (or whose name another object took) instead.
    Result<ChangeSet> inverse(const DirectoryStore& store) const;

    bool isEmpty() const { return m_images.isEmpty(); }
    /// How many objects the change touched.
    int objectCount() const { return int(m_images.size()); }
    /// The object the change was made to (its first operation's), by its name after the change: what
    /// the window shows once an undo or redo is done. It no longer exists when the change deleted it.
    const Dn& subject() const { return m_subject; }

private:
    /// One object before and after the change; an invalid image: it did not exist then.
    struct Image
    {
        DirectoryObject before;
        DirectoryObject after;
    };
    QList<Image> m_images;
    Dn m_subject;
};

} // namespace sa::core
