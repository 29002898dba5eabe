#pragma once
// The line siteadminctl and msmail-po print on stderr for a problem: one line, never a flood.
// As text, "program: message". Under --json, one JSON object on one line, so that a script reading
// JSON need not parse English:
//   {"program":"siteadminctl","error":"...","exitCode":2,"kind":"usage"}   (the command failed)
//   {"program":"siteadminctl","warning":"..."}                              (it said something and went on)
// kind names the exit code: "failed" (1), "usage" (2), "data" (65, input that can never be taken),
// "software" (70, the program's own table is wrong), "busy" (75, another process holds the work: try
// again). Values are quoted short where errors are made (TextRule::quoted); errorLine is the net
// under those, for a message that still carries an oversized argument (a 1 MB command-line value
// must not become a 1 MB line).
#include <QString>
#include <QTextStream>
#include <optional>

namespace sa::app {

inline QString errorLine(QString message)
{
    constexpr int MaxLength = 1000;
    if (message.size() <= MaxLength)
        return message;
    return message.left(MaxLength) + QStringLiteral("... (%1 characters in all)").arg(message.size());
}

/// The name of an exit code in the JSON line ("usage" for 2, ...).
QString exitKind(int exitCode);

/// Says `message` on `err` as the programs do: an error when `exitCode` is given, else a warning; as
/// text, or as a JSON object when `json`.
void sayProblem(QTextStream& err, const QString& program, const QString& message, bool json,
                std::optional<int> exitCode = std::nullopt);

/// Whether the raw command line asks for JSON (for what is said before it could be parsed).
bool asksForJson(const QStringList& arguments);

} // namespace sa::app
