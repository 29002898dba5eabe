#include "PoRun.h"

#include "PoOptions.h"
#include "core/directory/Organization.h"

namespace sa::app::po {

using namespace sa::core;

QString PoRun::orgDir() const
{
    return isSet(OptOrg) ? value(OptOrg) : Organization::defaultPath();
}

Result<std::unique_ptr<PostofficeStore>> PoRun::postoffice(const QString& name) const
{
    auto po = PostofficeStore::open(orgDir(), name);
    if (po && !m_looseChecked) {
        m_looseChecked = true;
        noteLooseFiles(orgDir());
    }
    return po;
}

QString PoRun::timeText(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QStringLiteral("never");
}

} // namespace sa::app::po
