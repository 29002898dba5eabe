#pragma once

#include "core/common/Error.h"

#include <QList>
#include <QString>

namespace sa::core {

/// One component of a DN: type (o, ou, cn) and value.
struct Rdn
{
    QString type;
    QString value;
    bool operator==(const Rdn& other) const;
};

/// An X.500-style distinguished name in the Exchange Administrator's form:
/// /o=ORG/ou=SITE/cn=Configuration/cn=Servers/cn=X1. The first component is always o=, an optional
/// ou= (the site) follows, then cn= components. '/', '=' and '\' inside a value are escaped with '\'.
/// Comparison is case-insensitive, as in the directory.
class Dn
{
public:
    Dn() = default;
    explicit Dn(QList<Rdn> rdns) : m_rdns(std::move(rdns)) {}

    static Result<Dn> parse(const QString& text);
    static QString escapeValue(const QString& value);

    QString toString() const;
    /// Lower-case form used as the unique key in the store.
    QString key() const { return toString().toLower(); }

    bool isEmpty() const { return m_rdns.isEmpty(); }
    int depth() const { return int(m_rdns.size()); }
    const QList<Rdn>& rdns() const { return m_rdns; }
    Rdn rdn() const { return m_rdns.isEmpty() ? Rdn{} : m_rdns.last(); }
    Dn parent() const;
    Dn child(const QString& type, const QString& value) const;
    /// True when this DN is `ancestor` or lies below it.
    bool isWithin(const Dn& ancestor) const;

    bool operator==(const Dn& other) const { return key() == other.key(); }
    bool operator!=(const Dn& other) const { return !(*this == other); }

private:
    QList<Rdn> m_rdns;
};

} // namespace sa::core
