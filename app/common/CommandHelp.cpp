#include "CommandHelp.h"

#include "CommandTable.h"

#include <algorithm>

namespace sa::app {

namespace {

constexpr int Width = 100;

QString optionLabel(const QCommandLineOption& o)
{
    QStringList names;
    for (const QString& n : o.names())
        names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
    const QString label = names.join(QStringLiteral(", "));
    return o.valueName().isEmpty() ? label : label + QLatin1Char(' ') + o.valueName();
}

/// `text` wrapped to the width, every line after the first indented by `indent`.
QString wrapped(const QString& text, int indent)
{
    QString out;
    int column = indent;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (column > indent && column + 1 + word.size() > Width) {
            out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
        } else if (column > indent) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += word;
        column += int(word.size());
    }
    return out;
}

/// Rows of (label, text) in two columns.
QString table(const QList<std::pair<QString, QString>>& rows)
{
    int labelWidth = 0;
    for (const auto& row : rows)
        labelWidth = std::max(labelWidth, int(row.first.size()));
    labelWidth = std::min(labelWidth, 34);
    QString out;
    for (const auto& row : rows) {
        const int indent = 2 + labelWidth + 2;
        QString line = QStringLiteral("  ") + row.first;
        if (row.first.size() > labelWidth)
            line += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
        else
            line += QString(labelWidth - row.first.size() + 2, QLatin1Char(' '));
        out += line + wrapped(row.second, indent) + QLatin1Char('\n');
    }
    return out;
}

QString paragraph(const QString& text)
{
    QString out;
    for (const QString& p : text.split(QStringLiteral("\n\n")))
        out += wrapped(QString(p).replace(QLatin1Char('\n'), QLatin1Char(' ')), 0) + QStringLiteral("\n\n");
    return out;
}

} // namespace

QString CommandHelp::usageLine(const QString& rest) const
{
    QStringList common;
    for (const QCommandLineOption& o : m_table.commonOptions())
        common << QStringLiteral("[%1]").arg(optionLabel(o));
    return QStringLiteral("Usage: %1 %2 %3\n").arg(m_table.program(), common.join(QLatin1Char(' ')), rest);
}

QString CommandHelp::commandList(const QStringList& prefix) const
{
    QList<std::pair<QString, QString>> rows;
    for (const auto& c : m_table.commands()) {
        if (c->words().mid(0, prefix.size()) == prefix)
            rows.append({c->name(), c->summary()});
    }
    return table(rows);
}

QString CommandHelp::programHelp() const
{
    QList<std::pair<QString, QString>> options;
    for (const QCommandLineOption& o : m_table.commonOptions())
        options.append({optionLabel(o), o.description()});
    options.append(
        {QStringLiteral("-h, --help"), QStringLiteral("This help; after a command, the command's.")});
    options.append({QStringLiteral("-v, --version"), QStringLiteral("The version.")});
    return usageLine(QStringLiteral("COMMAND [ARGUMENTS...]")) + m_table.description() +
           QStringLiteral("\n\nOptions:\n") + table(options) + QStringLiteral("\nCommands:\n") +
           commandList({}) +
           QStringLiteral("\n\"%1 help COMMAND\" or \"%1 COMMAND --help\" shows a command's arguments and "
                          "options.\n")
               .arg(m_table.program());
}

QString CommandHelp::groupHelp(const QStringList& group) const
{
    return usageLine(group.join(QLatin1Char(' ')) + QStringLiteral(" COMMAND [ARGUMENTS...]")) +
           QStringLiteral("\nCommands:\n") + commandList(group);
}

QString CommandHelp::commandHelp(const Command& command) const
{
    QString text =
        usageLine(command.synopsis()) + QLatin1Char('\n') + paragraph(command.summary() + QLatin1Char('.'));
    if (!command.details().isEmpty())
        text += paragraph(command.details());
    if (!command.arguments().isEmpty()) {
        QList<std::pair<QString, QString>> rows;
        for (const CommandArgument& a : command.arguments())
            rows.append({a.name, a.help});
        text += QStringLiteral("Arguments:\n") + table(rows) + QLatin1Char('\n');
    }
    if (!command.options().isEmpty()) {
        QList<std::pair<QString, QString>> rows;
        for (const QCommandLineOption& o : command.options())
            rows.append({optionLabel(o), o.description()});
        text += QStringLiteral("Options:\n") + table(rows) + QLatin1Char('\n');
    }
    return text;
}

} // namespace sa::app
