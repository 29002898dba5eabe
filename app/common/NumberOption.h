#pragma once

// Whole-number options of siteadminctl and msmail-po (--limit, --every, --undeliverable-after, ...),
// read one way; each program words its own refusal.

#include <QCommandLineParser>
#include <optional>

namespace sa::app {

/// The value of --`name`: `fallback` when it is not given, nothing when it is not a whole number of
/// at least `minimum`.
inline std::optional<int> numberOption(const QCommandLineParser& parser, const QString& name, int minimum,
                                       int fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int n = parser.value(name).toInt(&ok);
    if (!ok || n < minimum)
        return std::nullopt;
    return n;
}

} // namespace sa::app
