#pragma once

#include "core/common/Error.h"

#include <QString>
#include <QStringList>

namespace sa::core {

struct DirectoryObject;
class DirectoryStore;
class DirectoryWriter;

/// A service's Diagnostics Logging, as the original's page of that name sets it on the object of the
/// service (Directory Synchronization, the Internet Mail Service, ...): each category at None,
/// Minimum, Medium or Maximum, kept in the object's Diagnostics-Logging values ("CATEGORY|LEVEL").
/// An error is always logged; a warning when its category's level is Minimum or more; information at
/// Medium or more. Decided: an unset category counts as Minimum (the original's None would hide
/// warnings an administrator needs).
class Diagnostics
{
public:
    /// `source`: the event source (MSExchangeDX, MSExchangeIMC); `className`: the class (or class
    /// group) of the objects that set the levels.
    Diagnostics(QString source, QString className, QStringList categories);

    const QString& source() const { return m_source; }
    const QStringList& categories() const { return m_categories; }
    static const QStringList& levels(); ///< None, Minimum, Medium, Maximum

    /// The level `object` sets for `category` (Minimum when unset).
    static QString levelOf(const DirectoryObject& object, const QString& category);
    /// Whether an event of `level` (Error, Warning, Information) in `category` is kept, given the
    /// highest level the site's own objects of the class set for it.
    bool keeps(DirectoryStore& store, const QString& category, const QString& level) const;
    /// Writes the event in the writer's transaction when keeps() says so.
    Status write(DirectoryWriter& w, const QString& category, const QString& level, int id,
                 const QString& text) const;

private:
    QString m_source;
    QString m_className;
    QStringList m_categories;
};

} // namespace sa::core
