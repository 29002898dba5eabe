#pragma once

#include "ChangeSet.h"
#include "DirectoryObject.h"
#include "core/common/Error.h"

#include <QStringList>
#include <memory>
#include <vector>

namespace sa::core {

class DirectoryWriter;

/// A rule the directory keeps, applied by DirectoryWriter inside its transaction so the window,
/// siteadminctl, imports and dirsync all get it. The writer walks its rules in order at each step;
/// the first refusal ends the change. Each rule lives with what it is about (recipients here in
/// directory/, directory synchronization objects in dirsync/); the list is made by rulesFor.
class WriterRule
{
public:
    virtual ~WriterRule() = default;

    /// Before the writer reads `changes` of an object of `cls` (made when `creating`, else changed):
    /// may add what the caller left out (a mailbox's home server) or put a value in the form the
    /// schema checks (a server's name as its DN). Runs before the required attributes are checked.
    virtual Status fillIn(const ClassDef& cls, bool creating, QList<AttributeChange>& changes);
    /// Before an object of `cls` is made under `parent`; may fill in values.
    virtual Status beforeCreate(const ClassDef& cls, const Dn& parent, AttributeValues& values);
    /// Before `current` takes `values`; `touched` are the attributes that really change.
    virtual Status beforeModify(const DirectoryObject& current, const AttributeValues& values,
                                const QStringList& touched);
    /// May refuse a delete; runs before the writer's own checks (an object that still holds others),
    /// so a rule can say better what is in the way.
    virtual Status checkRemove(const DirectoryObject& object);
    /// What goes with a delete (references to it, what other modules kept about it); after every
    /// check passed, before the object becomes a tombstone.
    virtual Status beforeRemove(const DirectoryObject& object);

    /// The rules of a writer, in the order they apply: directory synchronization's, then the
    /// recipients'. Defined where every floor is known (host/WriterRules.cpp), so this floor names
    /// none of the rules above it.
    static std::vector<std::unique_ptr<WriterRule>> rulesFor(DirectoryWriter& writer);
};

} // namespace sa::core
