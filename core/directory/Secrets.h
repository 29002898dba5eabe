#pragma once

#include "DirectoryObject.h"

#include <QString>
#include <QStringList>

namespace sa::core {

/// What a reader shows of a secret attribute (AttributeDef::secret, which the schema sets in one
/// place): a fixed mask that tells neither the value nor its length, unless the reader was asked
/// explicitly to reveal it (siteadminctl --reveal-secrets, the Raw Properties page's Show). Issue 19.
class Secrets
{
public:
    enum class Display
    {
        Masked,
        Revealed,
    };
    /// What stands for a secret value, whatever it is.
    static const QString Mask;

    static bool isSecret(const QString& attribute);
    /// `values` of `attribute` as `display` shows them: each secret value masked (an empty one
    /// stays empty: that it is not set is no secret).
    static QStringList shown(const QString& attribute, const QStringList& values, Display display);
    static AttributeValues shown(const AttributeValues& values, Display display);
};

} // namespace sa::core
