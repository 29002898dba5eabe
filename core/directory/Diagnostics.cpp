#include "Diagnostics.h"

#include "DirectoryObject.h"
#include "DirectoryStore.h"
#include "DirectoryWriter.h"
#include "EventLog.h"
#include "ListFilter.h"
#include "Schema.h"

#include <algorithm>

namespace sa::core {

Diagnostics::Diagnostics(QString source, QString className, QStringList categories)
    : m_source(std::move(source)), m_className(std::move(className)), m_categories(std::move(categories))
{
}

const QStringList& Diagnostics::levels()
{
    static const QStringList names{QStringLiteral("None"), QStringLiteral("Minimum"),
                                   QStringLiteral("Medium"), QStringLiteral("Maximum")};
    return names;
}

QString Diagnostics::levelOf(const DirectoryObject& object, const QString& category)
{
    for (const QString& value : object.valuesOf(attr::DiagnosticsLogging)) {
        if (value.section(QLatin1Char('|'), 0, 0).compare(category, Qt::CaseInsensitive) == 0 &&
            levels().contains(value.section(QLatin1Char('|'), 1)))
            return value.section(QLatin1Char('|'), 1);
    }
    return QStringLiteral("Minimum");
}

bool Diagnostics::keeps(DirectoryStore& store, const QString& category, const QString& level) const
{
    if (level == QLatin1String("Error"))
        return true;
    int configured = -1; // the highest any of the site's own objects sets
    auto objects = store.objectsOf(ListFilter{{m_className}, true});
    for (const DirectoryObject& o : objects ? objects.value() : QList<DirectoryObject>()) {
        if (!o.isReplica())
            configured = std::max<int>(configured, levels().indexOf(levelOf(o, category)));
    }
    if (configured < 0)
        configured = 1; // Minimum
    return level == QLatin1String("Warning") ? configured >= 1 : configured >= 2;
}

Status Diagnostics::write(DirectoryWriter& w, const QString& category, const QString& level, int id,
                          const QString& text) const
{
    if (!keeps(w.store(), category, level))
        return {};
    return EventLog::write(w, m_source, level, id, text, category);
}

} // namespace sa::core
