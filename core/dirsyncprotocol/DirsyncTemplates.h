#pragma once

#include "DirsyncMessage.h"

#include <QList>
#include <QString>

namespace sa::core {

/// The template fields of an entry as dirsync carries them ("- Department:/Sales"): how a change
/// to them is merged into what a postoffice or the site keeps, and how they are kept in one text
/// column. Which attributes a site maps to which fields is the site's (DirsyncTemplateMap).
class DirsyncTemplates
{
public:
    /// MS Mail's template fields hold at most 64 characters [U]; decided here.
    static constexpr int MaxFieldValue = 64;

    /// `kept` changed by the fields of an A or M: a field with a value sets it, an empty one
    /// clears it (how a modify says a field is no longer sent).
    static QList<DirsyncField> merged(QList<DirsyncField> kept, const QList<DirsyncField>& changes);

    /// Fields kept in one NOT NULL text column: "Prompt:/value" lines (REQTRANS, the address list,
    /// dxa_sent); no fields is "", never a null string.
    static QString encode(const QList<DirsyncField>& fields);
    static QList<DirsyncField> decode(const QString& text);
};

} // namespace sa::core
