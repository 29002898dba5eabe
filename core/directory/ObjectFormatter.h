#pragma once

#include "DirectoryObject.h"
#include "Secrets.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sa::core {

/// Text and JSON forms of objects and of the schema, for siteadminctl and exports.
class ObjectFormatter
{
public:
    /// dn, class, guid, display name and USNs; with `attributes`, every attribute as in raw
    /// properties, a secret one masked unless `secrets` reveals it.
    static QJsonObject toJson(const DirectoryObject& object, bool attributes,
                              Secrets::Display secrets = Secrets::Display::Masked);
    /// "Attribute: value" lines, one per value, in attribute-name order (raw properties as text).
    static QString attributesText(const DirectoryObject& object,
                                  Secrets::Display secrets = Secrets::Display::Masked);
    /// One line for a listing: the DN and, in brackets, the class label.
    static QString listLine(const DirectoryObject& object);

    static QJsonObject schemaJson();
    static QString schemaText();
};

} // namespace sa::core
