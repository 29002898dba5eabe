#include "Reversal.h"

#include "DirectoryStore.h"
#include "DirectoryWriter.h"
#include "Schema.h"

#include <algorithm>

namespace sa::core {

namespace {

bool isLive(const DirectoryObject& o)
{
    return o.isValid() && !o.deleted;
}

/// An attribute an undo leaves as it is: the directory name (fixed once created) and the dirsync
/// engine's running numbers (which only the engine may move, or it would send or ask again).
bool keptAsIs(const QString& attribute)
{
    if (attribute.compare(attr::CommonName, Qt::CaseInsensitive) == 0)
        return true;
    const AttributeDef* a = Schema::instance().findAttribute(attribute);
    return a && a->bookkeeping;
}

/// The attributes whose values differ between `a` and `b`, bar those kept as they are.
QStringList differing(const AttributeValues& a, const AttributeValues& b)
{
    QStringList names = a.keys() + b.keys();
    names.removeDuplicates();
    QStringList out;
    for (const QString& name : std::as_const(names)) {
        if (!keptAsIs(name) && a.value(name) != b.value(name))
            out << name;
    }
    return out;
}

/// An object's values to make it again: not the engine's running numbers (a new object starts anew).
AttributeValues withoutBookkeeping(AttributeValues values)
{
    for (auto it = values.begin(); it != values.end();) {
        const AttributeDef* a = Schema::instance().findAttribute(it.key());
        it = a && a->bookkeeping ? values.erase(it) : std::next(it);
    }
    return values;
}

Error changedSince(const DirectoryObject& o)
{
    return Error(ErrorCode::NotAllowed,
                 Phrase::tr("%1 was changed after this change; undoing it would lose that later change")
                     .arg(o.displayName()));
}

} // namespace

Result<Reversal> Reversal::commit(DirectoryStore& store, const ChangeSet& changes, CommitResult* result)
{
    Reversal reversal;
    CommitResult done;
    QHash<qint64, DirectoryObject> before;
    Status s = store.write([&](DirectoryWriter& writer) -> Status {
        writer.keepBeforeImages(&before);
        if (Status r = writer.apply(changes, done); !r)
            return r;
        QList<qint64> ids = writer.touched();
        std::sort(ids.begin(), ids.end());
        for (qint64 id : std::as_const(ids)) {
            auto after = store.objectById(id); // this transaction's own writes, rules' included
            if (!after)
                return after.error();
            reversal.m_images.append({before.value(id), after.value()});
        }
        return {};
    });
    if (!s)
        return s.error();
    if (!changes.operations().isEmpty()) {
        const ChangeSet::Operation& first = changes.operations().first();
        reversal.m_subject =
            first.kind == ChangeSet::Operation::Kind::Create ? done.created.value(0) : first.dn;
    }
    if (result)
        *result = done;
    return reversal;
}

Result<ChangeSet> Reversal::inverse(const DirectoryStore& store) const
{
    QList<const Image*> remade, changed, removed;
    for (const Image& image : m_images) {
        const bool was = isLive(image.before);
        const bool is = isLive(image.after);
        if (is) {
            auto now = store.objectById(image.after.id);
            if (!now)
                return now.error();
            if (now->deleted)
                return Error(ErrorCode::NotAllowed,
                             Phrase::tr("%1 was deleted after this change").arg(image.after.displayName()));
            if (!differing(now->values, image.after.values).isEmpty())
                return changedSince(image.after);
        } else if (was) {
            auto holder = store.idOf(image.before.dn);
            if (!holder)
                return holder.error();
            if (holder.value() != 0)
                return Error(ErrorCode::AlreadyExists,
                             Phrase::tr("%1 cannot be made again: another object has its name (%2) now")
                                 .arg(image.before.displayName(), image.before.dn.toString()));
        }
        if (was && is)
            changed << &image;
        else if (was)
            remade << &image;
        else if (is)
            removed << &image;
    }
    const auto depth = [](const Image* i) {
        return (i->before.isValid() ? i->before : i->after).dn.depth();
    };
    // Containers before what they hold when made again; what they hold before them when deleted.
    std::stable_sort(remade.begin(), remade.end(), [&](auto* a, auto* b) { return depth(a) < depth(b); });
    std::stable_sort(removed.begin(), removed.end(), [&](auto* a, auto* b) { return depth(a) > depth(b); });
    ChangeSet out;
    for (const Image* i : std::as_const(remade))
        out.create(i->before.cls->name, i->before.dn.parent(), withoutBookkeeping(i->before.values),
                   i->before.rdn());
    for (const Image* i : std::as_const(changed)) {
        QList<AttributeChange> back;
        for (const QString& name : differing(i->before.values, i->after.values))
            back.append({name, AttributeChange::Op::Replace, i->before.values.value(name)});
        if (!back.isEmpty())
            out.modify(i->after.dn, back);
    }
    for (const Image* i : std::as_const(removed))
        out.remove(i->after.dn);
    return out;
}

Result<Reversal> Reversal::undo(DirectoryStore& store) const
{
    auto changes = inverse(store);
    if (!changes)
        return changes.error();
    return commit(store, changes.value());
}

} // namespace sa::core
