#include "DirsyncTemplates.h"

#include "core/common/SqlText.h"

#include <algorithm>

namespace sa::core {

QList<DirsyncField> DirsyncTemplates::merged(QList<DirsyncField> kept, const QList<DirsyncField>& changes)
{
    for (const DirsyncField& change : changes) {
        const auto same = [&](const DirsyncField& f) {
            return f.prompt.compare(change.prompt, Qt::CaseInsensitive) == 0;
        };
        kept.erase(std::remove_if(kept.begin(), kept.end(), same), kept.end());
        if (!change.value.isEmpty())
            kept.append(change);
    }
    return kept;
}

QString DirsyncTemplates::encode(const QList<DirsyncField>& fields)
{
    QStringList lines;
    for (const DirsyncField& f : fields)
        lines << f.prompt + QStringLiteral(":/") + f.value;
    return sqlText(lines.join(QLatin1Char('\n')));
}

QList<DirsyncField> DirsyncTemplates::decode(const QString& text)
{
    QList<DirsyncField> out;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const int at = int(line.indexOf(QStringLiteral(":/")));
        if (at > 0)
            out.append(DirsyncField{line.left(at), line.mid(at + 2)});
    }
    return out;
}

} // namespace sa::core
