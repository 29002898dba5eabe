#pragma once

// The fields of what siteadminctl and msmail-po print with --json, in one dictionary: one name has
// one type and one meaning in every command of both programs (issue 21). The manual pages list it
// (JSON FIELDS); tst_json_fields runs the commands and fails on a field the dictionary does not
// hold, or holds with another type, and on an entry no program makes any more.

#include <QList>
#include <QString>

namespace sa::app {

struct JsonField
{
    QString name;
    /// string, number, boolean, array or object; a time is a string in ISO 8601.
    QString type;
    QString meaning;
};

/// Every field, by name.
const QList<JsonField>& jsonFields();

/// Fields whose value is an object keyed by data (attribute names, template fields), not by fields.
bool isJsonMap(const QString& name);

} // namespace sa::app
