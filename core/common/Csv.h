#pragma once

#include "Error.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QStringList>

namespace sa::core {

/// RFC 4180 comma-separated values in UTF-8: fields with a comma, a quote or a line break are
/// quoted, quotes doubled, lines end with CRLF.
class Csv
{
public:
    static QByteArray line(const QStringList& fields);
    static QString quote(const QString& field);
};

} // namespace sa::core
