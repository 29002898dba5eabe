#pragma once

#include <QString>

namespace sa::core {

/// Tools > Options > Auto Naming: how New Mailbox and New Custom Recipient make the display name
/// and the alias from the first name, initials and last name as they are typed.
/// Custom formats use %First, %Last, %Initials and %nFirst / %nLast for the first n letters
/// (the original's custom syntax is not known from a source; this one is ours).
struct AutoNaming
{
    enum class DisplayFormat
    {
        FirstLast,
        LastCommaFirst,
        Custom,
        None
    };
    enum class AliasFormat
    {
        FirstNameLastInitial,
        FirstInitialLastName,
        Custom,
        None
    };

    DisplayFormat display = DisplayFormat::FirstLast;
    AliasFormat alias = AliasFormat::FirstNameLastInitial;
    QString customDisplay = QStringLiteral("%First %Initials %Last");
    QString customAlias = QStringLiteral("%1First%Last");

    QString displayName(const QString& given, const QString& initials, const QString& surname) const;
    /// An alias the schema accepts: letters, digits and the allowed punctuation, at most 64.
    QString aliasName(const QString& given, const QString& initials, const QString& surname) const;

    /// `text` made an alias the schema accepts: what an alias may not hold left out, letters folded
    /// to ASCII, at most 64 characters (Directory Import makes a blank alias from the directory name).
    static QString aliasFrom(const QString& text);

    static QString expand(const QString& format, const QString& given, const QString& initials,
                          const QString& surname);
};

} // namespace sa::core
