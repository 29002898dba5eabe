#include "ChangeSet.h"

namespace sa::core {

int ChangeSet::create(const QString& className, const Dn& parent, const AttributeValues& values,
                      const QString& rdn, const QString& guid)
{
    Operation op;
    op.kind = Operation::Kind::Create;
    op.className = className;
    op.dn = parent;
    op.rdn = rdn;
    op.guid = guid;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        op.changes.append(AttributeChange{it.key(), AttributeChange::Op::Replace, it.value()});
    m_operations.append(op);
    return m_creations++;
}

void ChangeSet::modify(const Dn& dn, const QList<AttributeChange>& changes)
{
    Operation op;
    op.kind = Operation::Kind::Modify;
    op.dn = dn;
    op.changes = changes;
    m_operations.append(op);
}

void ChangeSet::replace(const Dn& dn, const QString& attribute, const QStringList& values)
{
    modify(dn, {AttributeChange{attribute, AttributeChange::Op::Replace, values}});
}

void ChangeSet::remove(const Dn& dn)
{
    Operation op;
    op.kind = Operation::Kind::Delete;
    op.dn = dn;
    m_operations.append(op);
}

} // namespace sa::core
