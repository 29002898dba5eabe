#include "ErrorLine.h"

#include "CommandRun.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sa::app {

QString exitKind(int exitCode)
{
    switch (exitCode) {
    case CommandRun::ExitUsage:
        return QStringLiteral("usage");
    case CommandRun::ExitDataError:
        return QStringLiteral("data");
    case CommandRun::ExitSoftware:
        return QStringLiteral("software");
    case CommandRun::ExitTryAgain:
        return QStringLiteral("busy");
    default:
        return QStringLiteral("failed");
    }
}

void sayProblem(QTextStream& err, const QString& program, const QString& message, bool json,
                std::optional<int> exitCode)
{
    if (!json) {
        err << program << ": " << errorLine(message) << Qt::endl;
        return;
    }
    QJsonObject line{{QStringLiteral("program"), program}};
    if (exitCode) {
        line.insert(QStringLiteral("error"), errorLine(message));
        line.insert(QStringLiteral("exitCode"), *exitCode);
        line.insert(QStringLiteral("kind"), exitKind(*exitCode));
    } else {
        line.insert(QStringLiteral("warning"), errorLine(message));
    }
    err << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
}

bool asksForJson(const QStringList& arguments)
{
    // QCommandLineParser takes -json as --json (ParseAsLongOptions); "--" ends the options.
    for (const QString& a : arguments.mid(1)) {
        if (a == QLatin1String("--"))
            return false;
        if (a == QLatin1String("--json") || a == QLatin1String("-json"))
            return true;
    }
    return false;
}

} // namespace sa::app
