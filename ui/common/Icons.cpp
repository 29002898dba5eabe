#include "Icons.h"

#include "core/directory/Schema.h"

#include <QFile>
#include <QHash>

namespace sa::ui {

QIcon Icons::named(const QString& name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
        it = cache.insert(name, QFile::exists(path) ? QIcon(path) : QIcon());
    }
    return *it;
}

QIcon Icons::forClass(const QString& className)
{
    const core::ClassDef* cls = core::Schema::instance().findClass(className);
    return named(cls ? cls->icon : QStringLiteral("container"));
}

} // namespace sa::ui
