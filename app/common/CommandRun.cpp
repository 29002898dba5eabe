#include "CommandRun.h"

#include "Command.h"
#include "ErrorLine.h"
#include "SecretInput.h"
#include "core/common/PasswordRule.h"
#include "core/storage/PrivateFiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sa::app {

CommandRun::CommandRun(const QString& program, const Command& command, const QCommandLineParser& parser,
                       QStringList arguments, QTextStream& out, QTextStream& err)
    : m_program(program), m_command(command), m_parser(parser), m_args(std::move(arguments)), m_out(out),
      m_err(err)
{
}

bool CommandRun::json() const
{
    return m_parser.optionNames().contains(QStringLiteral("json"));
}

int CommandRun::fail(const QString& message, int code)
{
    sayProblem(m_err, m_program, message, json(), code);
    return code;
}

int CommandRun::fail(const core::Error& error)
{
    return fail(error.message(), error.code() == core::ErrorCode::Busy ? ExitTryAgain : ExitFailed);
}

void CommandRun::warn(const QString& line)
{
    sayProblem(m_err, m_program, line, json());
}

std::optional<int> CommandRun::number(const QString& option, int minimum, int fallback, const QString& unit)
{
    if (!m_parser.isSet(option))
        return fallback;
    bool ok = false;
    const int n = m_parser.value(option).toInt(&ok);
    if (ok && n >= minimum)
        return n;
    usage(QStringLiteral("--%1 takes %2, not \"%3\"").arg(option, unit, m_parser.value(option)));
    return std::nullopt;
}

void CommandRun::printJson(const QJsonValue& value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Indented);
}

void CommandRun::print(const QJsonValue& json, const QString& text)
{
    if (this->json())
        printJson(json);
    else if (!text.isEmpty())
        m_out << text << (text.endsWith(QLatin1Char('\n')) ? "" : "\n");
}

void CommandRun::flushNotes()
{
    for (const QString& line : std::as_const(*m_notes))
        warn(line);
    m_notes->clear();
}

core::Result<QString> CommandRun::password(const QString& name, const QString& prompt, Typed typed)
{
    const QString file = name + QStringLiteral("-file");
    const QString fromStdin = name + QStringLiteral("-stdin");
    if (int(isSet(name)) + int(isSet(file)) + int(isSet(fromStdin)) > 1)
        return core::Error(
            core::ErrorCode::InvalidArgument,
            QStringLiteral("give the password one way: --%1-file, --%1-stdin or --%1").arg(name));
    if (isSet(file))
        return SecretInput::fromFile(value(file));
    if (isSet(fromStdin))
        return SecretInput::fromStdin();
    if (isSet(name)) {
        noteOnSuccess(QStringLiteral("warning: --%1 on the command line can be read by every user of this "
                                     "machine; use --%1-file or --%1-stdin")
                          .arg(name));
        return value(name);
    }
    if (!prompt.isEmpty() && SecretInput::stdinIsTerminal())
        return SecretInput::fromTerminal(prompt, typed == Typed::Twice);
    return QString();
}

core::Result<QString> CommandRun::requiredPassword(const QString& name, const QString& prompt,
                                                   const QString& what)
{
    auto given = password(name, prompt);
    if (!given || !given->isEmpty())
        return given;
    if (!SecretInput::stdinIsTerminal())
        return core::Error(
            core::ErrorCode::InvalidArgument,
            QStringLiteral("give %1: --%2-file FILE, --%2-stdin, or typed at the prompt on a terminal")
                .arg(what, name));
    return core::PasswordRule::check(given.value(), what).error();
}

void CommandRun::noteLooseFiles(const QString& orgDir) const
{
    QStringList loose = core::PrivateFiles::looseIn(orgDir);
    if (loose.isEmpty())
        return;
    for (QString& path : loose) {
        if (path == QLatin1String("."))
            path = QStringLiteral("the folder itself");
    }
    noteOnSuccess(
        QStringLiteral("warning: other users of this machine may read %1 of %2 (%3%4), which hold the "
                       "dirsync passwords; to keep them for their owner: %5")
            .arg(loose.size() == 1 ? QStringLiteral("1 file") : QStringLiteral("%1 files").arg(loose.size()),
                 QDir::toNativeSeparators(orgDir), loose.mid(0, 3).join(QStringLiteral(", ")),
                 loose.size() > 3 ? QStringLiteral(", ...") : QString(),
                 core::PrivateFiles::fixCommand(orgDir)));
}

} // namespace sa::app
