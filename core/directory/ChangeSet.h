#pragma once

#include "DirectoryObject.h"
#include "Dn.h"

#include <QList>
#include <QStringList>

namespace sa::core {

/// One change to one attribute of an object.
struct AttributeChange
{
    enum class Op
    {
        Replace, ///< the attribute gets exactly these values (none = cleared)
        Add,     ///< these values are added (multi-valued attributes)
        Remove,  ///< these values are removed; each must be present
    };
    QString attribute;
    Op op = Op::Replace;
    QStringList values;
};

/// A whole logical change (a property sheet's OK, a wizard's Finish, a command) written by the store
/// in one transaction: every operation or none. Operations run in order, so a later one may refer to
/// an object an earlier one created.
class ChangeSet
{
public:
    struct Operation
    {
        enum class Kind
        {
            Create,
            Modify,
            Delete
        };
        Kind kind = Kind::Modify;
        QString className; ///< Create
        Dn dn;             ///< Create: the parent; Modify/Delete: the object
        /// Create: the directory name; empty = from Common-Name or the class's rdnFrom attribute.
        QString rdn;
        QList<AttributeChange> changes; ///< Create: only Replace; Modify: any
        /// Create: the object's GUID when it must match another copy (the organization object in
        /// every site, later replicas); empty = a new one.
        QString guid;
    };

    /// Adds a creation; returns its index (the created DN comes back in that position).
    int create(const QString& className, const Dn& parent, const AttributeValues& values,
               const QString& rdn = {}, const QString& guid = {});
    void modify(const Dn& dn, const QList<AttributeChange>& changes);
    void replace(const Dn& dn, const QString& attribute, const QStringList& values);
    void remove(const Dn& dn);

    bool isEmpty() const { return m_operations.isEmpty(); }
    int size() const { return int(m_operations.size()); }
    const QList<Operation>& operations() const { return m_operations; }
    /// Create operations only: how many there are (the CommitResult lists their DNs in order).
    int creationCount() const { return m_creations; }

private:
    QList<Operation> m_operations;
    /// Counted as they are added: counting them at each create() made a change set of a million
    /// creations quadratic (issue 18).
    int m_creations = 0;
};

/// What a successful commit did.
struct CommitResult
{
    QList<Dn> created; ///< DNs of the created objects, in the order of their Create operations
    qint64 firstUsn = 0;
    qint64 lastUsn = 0;
};

} // namespace sa::core
