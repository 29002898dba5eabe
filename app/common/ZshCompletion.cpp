#include "ZshCompletion.h"

#include "CommandTable.h"
#include "CompletionWords.h"

namespace sa::app {

namespace {

/// One `_describe` entry: the word (its colons escaped) and the first line of its help.
QString entry(const QString& word, const QString& help)
{
    QString line = help.section(QLatin1Char('\n'), 0, 0).simplified();
    QString escaped = QString(word).replace(QLatin1Char(':'), QStringLiteral("\\:"));
    return line.isEmpty() ? escaped : escaped + QLatin1Char(':') + line;
}

/// The `_describe` entries of `options`, NUL-free and one per line, for a zsh array read with ${(f)...}.
QString optionEntries(const QList<QCommandLineOption>& options)
{
    QStringList out;
    for (const QCommandLineOption& o : options)
        out << entry(QStringLiteral("--") + o.names().constLast(), o.description());
    return out.join(QLatin1Char('\n'));
}

} // namespace

QString ZshCompletion::script() const
{
    const QString program = m_table.program();
    const CompletionWords completion(m_table);
    const QString& function = completion.function();
    // What may follow each prefix of command words, each word with the summary of the command it
    // ends (a word that only leads on, "dirsync", has none).
    QString next;
    for (const QString& prefix : completion.prefixes()) {
        const QStringList words = prefix.isEmpty() ? QStringList() : prefix.split(QLatin1Char(' '));
        QStringList entries;
        for (const QString& word : m_table.nextWords(words)) {
            const Command* command = m_table.find(words + QStringList{word});
            const bool ends = command && command->words().size() == words.size() + 1;
            entries << entry(word, ends ? command->summary() : QString());
        }
        next += QStringLiteral("        %1 %2\n")
                    .arg(CompletionWords::quoted(prefix.isEmpty() ? QStringLiteral("-") : prefix),
                         CompletionWords::quoted(entries.join(QLatin1Char('\n'))));
    }
    QString options;
    QString files;
    for (const auto& c : m_table.commands()) {
        options += QStringLiteral("        %1 %2\n")
                       .arg(CompletionWords::quoted(c->name()),
                            CompletionWords::quoted(optionEntries(c->options())));
        if (const auto kind = CompletionWords::argumentsOf(*c); kind != CommandArgument::Completion::Nothing)
            files += QStringLiteral("        %1 %2\n")
                         .arg(CompletionWords::quoted(c->name()),
                              kind == CommandArgument::Completion::Directory ? QStringLiteral("-/")
                                                                             : QStringLiteral("-f"));
    }
    const QList<QCommandLineOption> common = m_table.commonOptions();
    return QStringLiteral("#compdef %1\n"
                          "# zsh completion for %1, made from its command table (%1 completion zsh).\n"
                          "%2()\n"
                          "{\n"
                          "    local common=%3 version=%4 help=%5\n"
                          "    local valued=%6 folders=%7\n"
                          "    local -A next options files\n"
                          "    next=(\n%8    )\n"
                          "    options=(\n%9    )\n"
                          "    files=(\n%10    )\n"
                          "    local -a typed entries\n"
                          "    local i w value=0 cur=${words[CURRENT]} prev=${words[CURRENT-1]}\n"
                          "    for ((i = 2; i < CURRENT; i++)); do\n"
                          "        w=${words[i]}\n"
                          "        if ((value)); then value=0; continue; fi\n"
                          "        case $w in\n"
                          "        --*=*) ;;\n"
                          "        -*) [[ \" $valued \" == *\" $w \"* ]] && value=1 ;;\n"
                          "        *) typed+=(\"$w\") ;;\n"
                          "        esac\n"
                          "    done\n"
                          "    if ((value)); then\n"
                          "        [[ \" $folders \" == *\" $prev \"* ]] && _files -/\n"
                          "        return 0\n"
                          "    fi\n"
                          "    local command=\"\" n\n"
                          "    for ((n = ${#typed}; n > 0; n--)); do\n"
                          "        if (( ${+options[${(j: :)typed[1,n]}]} )); then command=${(j: "
                          ":)typed[1,n]}; break; fi\n"
                          "    done\n"
                          "    if [[ -z $command ]]; then\n"
                          "        local key=${(j: :)typed}\n"
                          "        if [[ $cur == -* ]]; then\n"
                          "            entries=(${(f)common} ${(f)help} ${(f)version})\n"
                          "            _describe -t options option entries\n"
                          "        elif (( ${+next[${key:--}]} )); then\n"
                          "            entries=(${(f)next[${key:--}]})\n"
                          "            _describe -t commands command entries\n"
                          "        fi\n"
                          "    elif [[ $cur == -* ]]; then\n"
                          "        entries=(${(f)options[$command]} ${(f)common} ${(f)help})\n"
                          "        _describe -t options option entries\n"
                          "    elif (( ${+files[$command]} )); then\n"
                          "        _files ${files[$command]}\n"
                          "    fi\n"
                          "    return 0\n"
                          "}\n"
                          "%2 \"$@\"\n")
        .arg(program, function, CompletionWords::quoted(optionEntries(common)),
             CompletionWords::quoted(entry(QStringLiteral("--version"), QStringLiteral("Show the version"))),
             CompletionWords::quoted(entry(QStringLiteral("--help"), QStringLiteral("Show the help"))),
             CompletionWords::quoted(completion.valued().join(QLatin1Char(' '))),
             CompletionWords::quoted(completion.folders().join(QLatin1Char(' '))), next, options, files);
}

} // namespace sa::app
