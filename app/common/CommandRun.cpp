#include "CommandRun.h"

#include "Command.h"
#include "ErrorLine.h"

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
    warn(message);
    return code;
}

int CommandRun::fail(const core::Error& error)
{
    return fail(error.message(), error.code() == core::ErrorCode::Busy ? ExitTryAgain : ExitFailed);
}

void CommandRun::warn(const QString& line)
{
    m_err << m_program << ": " << errorLine(line) << Qt::endl;
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

} // namespace sa::app
