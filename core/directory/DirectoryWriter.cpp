#include "DirectoryWriter.h"

#include "AuditTrail.h"
#include "BooleanSyntax.h"
#include "DirectoryStore.h"
#include "EventLog.h"
#include "Schema.h"
#include "core/common/Clock.h"
#include "core/storage/SortKey.h"

#include <QSqlError>
#include <QUuid>
#include <algorithm>

namespace sa::core {

namespace {

constexpr int MaxRdnLength = 64; // "Directory name (up to 64 characters)" [V 55doc xog06005]

QStringList nonEmpty(const QStringList& values)
{
    QStringList out;
    for (const QString& v : values) {
        if (!v.isEmpty())
            out << v;
    }
    return out;
}

bool containsCaseInsensitive(const QStringList& list, const QString& value)
{
    return list.contains(value, Qt::CaseInsensitive);
}

bool isHidden(const AttributeValues& values)
{
    return BooleanSyntax::isTrue(values.value(attr::HideFromAddressBook).value(0));
}

} // namespace

DirectoryWriter::DirectoryWriter(DirectoryStore& store, const CommitOptions& options)
    : m_store(store), m_allowSystemObjects(options.allowSystemObjects), m_replication(options.replication),
      m_rules(WriterRule::rulesFor(*this))
{
}

Status DirectoryWriter::refuseReplica(const DirectoryObject& object) const
{
    if (!object.isReplica() || m_replication)
        return {};
    return Error(ErrorCode::NotAllowed,
                 Phrase::tr("%1 is a replica of an object of site %2; connect to a server in %2 to change it")
                     .arg(object.dn.toString(), object.masterSite));
}

Result<QSqlQuery*> DirectoryWriter::statement(const QString& sql)
{
    return m_store.cachedStatement(sql);
}

Result<QSqlQuery> DirectoryWriter::exec(const QString& sql, const QVariantList& values)
{
    return m_store.connection().exec(sql, values);
}

Result<QSqlQuery*> DirectoryWriter::run(const QString& sql, const QVariantList& values)
{
    return m_store.connection().run(sql, values);
}

Status DirectoryWriter::begin()
{
    auto v = m_store.connection().scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'usn'"));
    if (!v)
        return v.error();
    m_usn = m_startUsn = v->toLongLong();
    m_stamped.clear();
    m_now = Clock::nowUtc().toString(Qt::ISODate);
    auto e = EventLog::lastId(m_store.connection());
    if (!e)
        return e.error();
    m_startEventId = e.value();
    return {};
}

Status DirectoryWriter::finish()
{
    for (auto it = m_childDelta.constBegin(); it != m_childDelta.constEnd(); ++it) {
        if (it.value() == 0)
            continue;
        auto stmt = statement(QStringLiteral(
            "INSERT INTO child_counts(parent_id, class, hidden, live) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(parent_id, class, hidden) DO UPDATE SET live = live + excluded.live"));
        if (!stmt)
            return stmt.error();
        QSqlQuery& q = *stmt.value();
        q.bindValue(0, it.key().parent);
        q.bindValue(1, it.key().cls);
        q.bindValue(2, it.key().hidden ? 1 : 0);
        q.bindValue(3, it.value());
        if (!q.exec())
            return SqliteConnection::queryError(q, QStringLiteral("counting children"));
    }
    if (m_usn == m_startUsn)
        return {};
    auto r = exec(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'usn'"), {QString::number(m_usn)});
    return r.status();
}

void DirectoryWriter::countChild(qint64 parent, const QString& cls, bool hidden, int delta)
{
    if (!parent)
        return;
    m_childDelta[CountKey{parent, cls, hidden}] += delta;
    m_parentDelta[parent] += delta;
}

Result<qint64> DirectoryWriter::usnFor(qint64 id)
{
    if (const auto given = m_stamped.constFind(id); given != m_stamped.cend())
        return given.value();
    if (m_before) {
        auto before = m_store.objectById(id); // first touched in this transaction: as it stood
        if (!before)
            return before.error();
        m_before->insert(id, before.value());
    }
    const qint64 usn = nextUsn();
    if (Status s = logChange(usn, id); !s)
        return s.error();
    m_stamped.insert(id, usn);
    return usn;
}

Status DirectoryWriter::logChange(qint64 usn, qint64 objectId)
{
    auto log =
        statement(QStringLiteral("INSERT INTO change_log(usn, object_id, prev_parent_id, prev_sort_key,"
                                 " prev_usn_changed, prev_deleted, prev_hidden)"
                                 " SELECT ?, id, parent_id, sort_key, usn_changed, deleted, hidden"
                                 " FROM objects WHERE id = ?"));
    if (!log)
        return log.error();
    QSqlQuery& l = *log.value();
    l.bindValue(0, usn);
    l.bindValue(1, objectId);
    if (!l.exec())
        return SqliteConnection::queryError(l, QStringLiteral("logging a change"));
    return {};
}

Status DirectoryWriter::setMeta(const QString& key, const QString& value)
{
    auto r = exec(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"
                                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                  {key, value});
    return r.status();
}

Status DirectoryWriter::apply(const ChangeSet& changes, CommitResult& result)
{
    result.firstUsn = m_usn + 1;
    for (const ChangeSet::Operation& op : changes.operations()) {
        switch (op.kind) {
        case ChangeSet::Operation::Kind::Create: {
            auto dn = create(op.className, op.dn, op.changes, op.rdn, op.guid);
            if (!dn)
                return dn.error();
            result.created.append(dn.value());
            break;
        }
        case ChangeSet::Operation::Kind::Modify:
            if (Status s = modify(op.dn, op.changes); !s)
                return s;
            break;
        case ChangeSet::Operation::Kind::Delete:
            if (Status s = remove(op.dn); !s)
                return s;
            break;
        }
    }
    result.lastUsn = m_usn;
    return {};
}

Result<DirectoryWriter::ParentInfo> DirectoryWriter::parentInfo(const Dn& dn)
{
    const QString key = dn.key();
    auto it = m_parents.constFind(key);
    if (it != m_parents.constEnd())
        return *it;
    auto parent = m_store.object(dn);
    if (!parent)
        return parent.error();
    ParentInfo info{parent->id, parent->cls, parent->dn, parent->masterSite};
    m_parents.insert(key, info);
    return info;
}

Result<AttributeValues> DirectoryWriter::normalized(const ClassDef& cls,
                                                    const QList<AttributeChange>& changes,
                                                    const AttributeValues& current,
                                                    const QString& objectName) const
{
    const Schema& schema = Schema::instance();
    AttributeValues result = current;
    for (const AttributeChange& change : changes) {
        const AttributeDef* def = schema.findAttribute(change.attribute);
        if (!def)
            return Error(ErrorCode::UnknownAttribute,
                         Phrase::tr("unknown attribute \"%1\"").arg(change.attribute), change.attribute);
        if (!schema.allows(cls, def->name))
            return Error(
                ErrorCode::UnknownAttribute,
                Phrase::tr("%1 is not an attribute of %2 objects").arg(def->name, Phrase::known(cls.label)),
                def->name);
        if (def->system)
            return Error(ErrorCode::NotAllowed,
                         Phrase::tr("%1 is kept by the directory and cannot be written").arg(def->name),
                         def->name);
        QStringList values;
        for (const QString& raw : nonEmpty(change.values)) {
            auto v = schema.normalizeValue(*def, raw);
            if (!v)
                return v.error();
            values << v.value();
        }
        QStringList& target = result[def->name];
        switch (change.op) {
        case AttributeChange::Op::Replace:
            target = values;
            break;
        case AttributeChange::Op::Add:
            for (const QString& v : values) {
                if (containsCaseInsensitive(target, v))
                    return Error(
                        ErrorCode::InvalidValue,
                        Phrase::tr("%1 of %2 already has the value \"%3\"").arg(def->name, objectName, v),
                        def->name);
                target << v;
            }
            break;
        case AttributeChange::Op::Remove:
            for (const QString& v : values) {
                const int i = int(target.indexOf(v));
                if (i < 0)
                    return Error(ErrorCode::InvalidValue,
                                 Phrase::tr("%1 of %2 has no value \"%3\"").arg(def->name, objectName, v),
                                 def->name);
                target.removeAt(i);
            }
            break;
        }
        if (!def->multiValued && target.size() > 1)
            return Error(
                ErrorCode::InvalidValue,
                Phrase::tr("%1 holds a single value; %2 were given").arg(def->name).arg(target.size()),
                def->name);
        if (def->multiValued) {
            for (int i = 0; i < target.size(); ++i) {
                for (int j = i + 1; j < target.size(); ++j) {
                    if (target.at(i).compare(target.at(j), Qt::CaseInsensitive) == 0)
                        return Error(ErrorCode::InvalidValue,
                                     Phrase::tr("%1 has the value \"%2\" twice").arg(def->name, target.at(i)),
                                     def->name);
                }
            }
        }
        if (target.isEmpty())
            result.remove(def->name);
    }
    // A new object needs every required value; a changed one only keeps those it has: an object
    // written before an attribute became required (a mailbox before Home-Server, issue 22, in a site
    // with no server to give it) can still be edited, but a required value cannot be taken away.
    for (const QString& required : cls.required) {
        if (result.value(required).isEmpty() && (current.isEmpty() || !current.value(required).isEmpty()))
            return Error(
                ErrorCode::MissingAttribute,
                Phrase::tr("%1 is required on a %2 (%3)").arg(required, Phrase::known(cls.label), objectName),
                required);
    }
    return result;
}

Status DirectoryWriter::writeAttributes(qint64 id, const AttributeValues& values, const QStringList& names,
                                        bool fresh)
{
    SqliteConnection& c = m_store.connection();
    auto del = c.statement(QStringLiteral("DELETE FROM attrs WHERE object_id = ? AND name = ?"));
    auto ins =
        c.statement(QStringLiteral("INSERT INTO attrs(object_id, name, idx, value) VALUES (?, ?, ?, ?)"));
    if (!del)
        return del.error();
    if (!ins)
        return ins.error();
    for (const QString& name : names) {
        if (!fresh) {
            if (Status s = del.value()->bind(1, id).bind(2, name).exec(); !s)
                return s;
        }
        const QStringList vs = values.value(name);
        for (int i = 0; i < vs.size(); ++i) {
            if (Status s = ins.value()->bind(1, id).bind(2, name).bind(3, qint64(i)).bind(4, vs.at(i)).exec();
                !s)
                return s;
        }
    }
    return {};
}

Result<Dn> DirectoryWriter::create(const QString& className, const Dn& parentDn,
                                   const QList<AttributeChange>& changes, const QString& rdnValue,
                                   const QString& guid)
{
    const Schema& schema = Schema::instance();
    const ClassDef* cls = schema.findClass(className);
    if (!cls)
        return Error(ErrorCode::UnknownClass, Phrase::tr("unknown class \"%1\"").arg(className));
    if (!cls->userCreatable && !m_allowSystemObjects)
        return Error(ErrorCode::NotAllowed,
                     Phrase::tr("a %1 cannot be created here").arg(Phrase::known(cls->label)));

    ParentInfo parent;
    if (cls->possibleSuperiors.isEmpty()) {
        if (!parentDn.isEmpty())
            return Error(ErrorCode::NotAllowed,
                         Phrase::tr("a %1 has no parent").arg(Phrase::known(cls->label)));
    } else {
        auto p = parentInfo(parentDn);
        if (!p)
            return p.error();
        parent = p.value();
        if (!parent.masterSite.isEmpty() && !m_replication)
            return Error(
                ErrorCode::NotAllowed,
                Phrase::tr("%1 is a replica of site %2's directory; connect to a server in %2 to create "
                           "objects there")
                    .arg(parentDn.toString(), parent.masterSite));
        if (!cls->possibleSuperiors.contains(parent.cls->name))
            return Error(ErrorCode::NotAllowed, Phrase::tr("a %1 cannot be created in %2 (a %3)")
                                                    .arg(Phrase::known(cls->label), parentDn.toString(),
                                                         Phrase::known(parent.cls->label)));
    }

    // The directory name: given, or Common-Name, or the class's rdnFrom attribute (an alias).
    QString rdn = rdnValue.trimmed();
    QList<AttributeChange> rest;
    QList<AttributeChange> filled = changes;
    for (const auto& rule : m_rules) {
        if (Status s = rule->fillIn(*cls, true, filled); !s)
            return s.error();
    }
    for (const AttributeChange& c : filled) {
        if (c.attribute.compare(attr::CommonName, Qt::CaseInsensitive) == 0) {
            const QStringList v = nonEmpty(c.values);
            if (v.size() > 1)
                return Error(ErrorCode::InvalidValue, Phrase::tr("Common-Name holds a single value"),
                             attr::CommonName);
            if (!v.isEmpty())
                rdn = v.first().trimmed();
        } else {
            rest << c;
        }
    }
    const QString provisional = rdn.isEmpty() ? cls->label : rdn;
    auto values = normalized(*cls, rest, {}, QStringLiteral("new %1 \"%2\"").arg(cls->label, provisional));
    if (!values)
        return values.error();
    if (rdn.isEmpty() && !cls->rdnFrom.isEmpty())
        rdn = values->value(cls->rdnFrom).value(0);
    if (rdn.isEmpty())
        return Error(
            ErrorCode::MissingAttribute,
            Phrase::tr("Common-Name (the directory name) is required on a %1").arg(Phrase::known(cls->label)),
            attr::CommonName);
    if (rdn.size() > MaxRdnLength)
        return Error(
            ErrorCode::InvalidValue,
            Phrase::tr("Common-Name: \"%1\" is longer than %2 characters").arg(rdn).arg(MaxRdnLength),
            attr::CommonName);

    for (const auto& rule : m_rules) {
        if (Status s = rule->beforeCreate(*cls, parentDn, values.value()); !s)
            return s.error();
    }

    const Dn dn = parent.id ? parent.dn.child(cls->rdnType, rdn) : Dn().child(cls->rdnType, rdn);
    const QString display = values->value(attr::DisplayName).value(0);
    const qint64 usn = nextUsn();

    auto ins = m_store.connection().statement(QStringLiteral(
        "INSERT INTO objects(guid, class, parent_id, rdn, dn, dn_key, usn_created, usn_changed,"
        " when_created, when_changed, deleted, sort_key, hidden) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, "
        "?)"));
    if (!ins)
        return ins.error();
    SqliteStatement& q = *ins.value();
    const QUuid givenGuid(guid);
    if (!guid.isEmpty() && givenGuid.isNull())
        return Error(ErrorCode::InvalidValue, Phrase::tr("Object-GUID: \"%1\" is not a GUID").arg(guid));
    const QString objectGuid = (guid.isEmpty() ? QUuid::createUuid() : givenGuid).toString();
    q.bind(1, objectGuid);
    q.bind(2, cls->name);
    if (parent.id)
        q.bind(3, parent.id);
    else
        q.bindNull(3);
    q.bind(4, rdn);
    q.bind(5, dn.toString());
    q.bind(6, dn.key());
    q.bind(7, usn);
    q.bind(8, usn);
    q.bind(9, m_now);
    q.bind(10, m_now);
    q.bind(11, SortKey::of(display.isEmpty() ? rdn : display));
    const bool hidden = isHidden(values.value());
    q.bind(12, qint64(hidden ? 1 : 0));
    if (Status s = q.exec(); !s) {
        if (s.error().message().contains(QLatin1String("dn_key")))
            return Error(ErrorCode::AlreadyExists, Phrase::tr("%1 already exists").arg(dn.toString()),
                         attr::CommonName);
        return Error(ErrorCode::Storage,
                     Phrase::tr("creating %1 failed: %2").arg(dn.toString(), s.error().phrase()));
    }
    const qint64 id = q.lastInsertId();
    m_stamped.insert(id, usn);
    countChild(parent.id, cls->name, hidden, +1);
    if (Status s = writeAttributes(id, values.value(), values->keys(), true); !s)
        return s.error();
    if (!m_replication) {
        if (Status s =
                AuditTrail::record(*this, m_now, usn, QStringLiteral("create"), id, objectGuid, dn.toString(),
                                   cls->name, QStringList{attr::CommonName} + values->keys());
            !s)
            return s.error();
    }
    if (cls->container)
        m_parents.insert(dn.key(), ParentInfo{id, cls, dn, {}});
    return dn;
}

Status DirectoryWriter::modify(const Dn& dn, const QList<AttributeChange>& changes)
{
    auto current = m_store.object(dn);
    if (!current)
        return current.error();
    if (Status s = refuseReplica(current.value()); !s)
        return s;
    for (const AttributeChange& c : changes) {
        if (c.attribute.compare(attr::CommonName, Qt::CaseInsensitive) == 0)
            return Error(ErrorCode::NotAllowed,
                         Phrase::tr("Common-Name (the directory name) of %1 is fixed once created")
                             .arg(dn.toString()));
    }
    QList<AttributeChange> filled = changes;
    for (const auto& rule : m_rules) {
        if (Status s = rule->fillIn(*current->cls, false, filled); !s)
            return s;
    }
    auto values = normalized(*current->cls, filled, current->values, dn.toString());
    if (!values)
        return values.error();
    QStringList touched;
    for (const AttributeChange& c : filled) {
        const QString name = Schema::instance().findAttribute(c.attribute)->name;
        if (!touched.contains(name) && values->value(name) != current->values.value(name))
            touched << name;
    }
    if (touched.isEmpty())
        return {}; // nothing really changed: no USN, no log
    for (const auto& rule : m_rules) {
        if (Status s = rule->beforeModify(current.value(), values.value(), touched); !s)
            return s;
    }

    const auto usn = usnFor(current->id);
    if (!usn)
        return usn.error();

    const QString display = values->value(attr::DisplayName).value(0);
    const bool wasHidden = isHidden(current->values);
    const bool hidden = isHidden(values.value());
    if (hidden != wasHidden) {
        countChild(current->parentId, current->cls->name, wasHidden, -1);
        countChild(current->parentId, current->cls->name, hidden, +1);
    }
    auto upd = statement(QStringLiteral(
        "UPDATE objects SET usn_changed = ?, when_changed = ?, sort_key = ?, hidden = ? WHERE id = ?"));
    if (!upd)
        return upd.error();
    QSqlQuery& u = *upd.value();
    u.bindValue(0, usn.value());
    u.bindValue(1, m_now);
    u.bindValue(2, SortKey::of(display.isEmpty() ? current->rdn() : display));
    u.bindValue(3, hidden ? 1 : 0);
    u.bindValue(4, current->id);
    if (!u.exec())
        return SqliteConnection::queryError(u, QStringLiteral("changing %1").arg(dn.toString()));
    if (Status s = writeAttributes(current->id, values.value(), touched, false); !s)
        return s;
    return audit(QStringLiteral("modify"), usn.value(), current.value(), touched);
}

Status DirectoryWriter::audit(const QString& action, qint64 usn, const DirectoryObject& object,
                              const QStringList& attributes)
{
    if (m_replication)
        return {}; // the master site keeps the trail of its objects
    if (AuditTrail::program() == AuditTrail::Dirsync &&
        std::all_of(attributes.cbegin(), attributes.cend(),
                    [](const QString& name) {
                        const AttributeDef* a = Schema::instance().findAttribute(name);
                        return a && a->bookkeeping;
                    }) &&
        !attributes.isEmpty())
        return {}; // the engine's running numbers alone
    return AuditTrail::record(*this, m_now, usn, action, object.id, object.guid, object.dn.toString(),
                              object.cls->name, attributes);
}

Status DirectoryWriter::remove(const Dn& dn)
{
    auto current = m_store.object(dn);
    if (!current)
        return current.error();
    if (Status s = refuseReplica(current.value()); !s)
        return s;
    if (!current->cls->deletable && !m_allowSystemObjects)
        return Error(ErrorCode::NotAllowed, Phrase::tr("%1 is a %2, which cannot be deleted")
                                                .arg(dn.toString(), Phrase::known(current->cls->label)));
    for (const auto& rule : m_rules) {
        if (Status s = rule->checkRemove(current.value()); !s)
            return s;
    }
    auto stored = m_store.childCount(current->id);
    if (!stored)
        return stored.error();
    const int kids = stored.value() + m_parentDelta.value(current->id); // with this transaction's changes
    if (kids > 0)
        return Error(ErrorCode::NotAllowed,
                     Phrase::tr("%1 contains %2 object(s); delete them first").arg(dn.toString()).arg(kids));
    for (const auto& rule : m_rules) {
        if (Status s = rule->beforeRemove(current.value()); !s)
            return s;
    }
    const auto usn = usnFor(current->id);
    if (!usn)
        return usn.error();
    // A tombstone keeps its attributes (dirsync and replication still need its name and addresses)
    // and frees its DN for a new object.
    auto upd =
        exec(QStringLiteral("UPDATE objects SET deleted = 1, dn_key = ?, usn_changed = ?, when_changed = ?"
                            " WHERE id = ?"),
             {QStringLiteral("#deleted:") + current->guid, usn.value(), m_now, current->id});
    if (!upd)
        return upd.error();
    m_parents.remove(dn.key());
    countChild(current->parentId, current->cls->name, isHidden(current->values), -1);
    return audit(QStringLiteral("delete"), usn.value(), current.value(), {});
}

Status DirectoryWriter::applyReplica(const DirectoryObject& remote, const QString& masterSite)
{
    Q_ASSERT(m_replication);
    const ClassDef* cls = remote.cls;
    const bool hidden = isHidden(remote.values);
    const QString display = remote.value(attr::DisplayName);
    const QString sortKey = SortKey::of(display.isEmpty() ? remote.rdn() : display);
    const QString when = remote.whenChanged.toString(Qt::ISODate);
    auto existing = m_store.objectByGuid(remote.guid);
    if (existing) {
        if (!existing->isReplica())
            return Error(ErrorCode::NotAllowed, Phrase::tr("%1 (%2) is mastered here, not by %3")
                                                    .arg(existing->dn.toString(), remote.guid, masterSite));
        if (existing->masterUsn >= remote.usnChanged)
            return {}; // this copy is as new already
        const qint64 usn = nextUsn();
        if (Status s = logChange(usn, existing->id); !s)
            return s;
        auto upd = exec(
            QStringLiteral("UPDATE objects SET dn = ?, dn_key = ?, deleted = ?, sort_key = ?, hidden = ?,"
                           " master_usn = ?, usn_changed = ?, when_changed = ? WHERE id = ?"),
            {remote.dn.toString(),
             remote.deleted ? QStringLiteral("#deleted:") + remote.guid : remote.dn.key(),
             remote.deleted ? 1 : 0, sortKey, hidden ? 1 : 0, remote.usnChanged, usn, when, existing->id});
        if (!upd)
            return upd.error();
        if (!existing->deleted)
            countChild(existing->parentId, cls->name, isHidden(existing->values), -1);
        if (!remote.deleted)
            countChild(existing->parentId, cls->name, hidden, +1);
        if (auto del = exec(QStringLiteral("DELETE FROM attrs WHERE object_id = ?"), {existing->id}); !del)
            return del.error();
        return writeAttributes(existing->id, remote.values, remote.values.keys(), true);
    }
    if (remote.deleted)
        return {}; // never had it: nothing to take away
    auto parent = parentInfo(remote.dn.parent());
    if (!parent)
        return Error(ErrorCode::NotFound, Phrase::tr("the parent of replica %1 is missing: %2")
                                              .arg(remote.dn.toString(), parent.error().phrase()));
    const qint64 usn = nextUsn();
    auto ins =
        exec(QStringLiteral(
                 "INSERT INTO objects(guid, class, parent_id, rdn, dn, dn_key, usn_created, usn_changed,"
                 " when_created, when_changed, deleted, sort_key, hidden, master_site, master_usn)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)"),
             {remote.guid, cls->name, parent->id, remote.rdn(), remote.dn.toString(), remote.dn.key(), usn,
              usn, remote.whenCreated.toString(Qt::ISODate), when, sortKey, hidden ? 1 : 0, masterSite,
              remote.usnChanged});
    if (!ins)
        return Error(ErrorCode::Storage, Phrase::tr("the replica %1 cannot be written: %2")
                                             .arg(remote.dn.toString(), ins.error().phrase()));
    const qint64 id = ins->lastInsertId().toLongLong();
    countChild(parent->id, cls->name, hidden, +1);
    if (cls->container)
        m_parents.insert(remote.dn.key(), ParentInfo{id, cls, remote.dn, masterSite});
    return writeAttributes(id, remote.values, remote.values.keys(), true);
}

} // namespace sa::core
