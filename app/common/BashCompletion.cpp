#include "BashCompletion.h"

#include "CommandTable.h"
#include "CompletionWords.h"

namespace sa::app {

namespace {

QString flags(const QList<QCommandLineOption>& options)
{
    QStringList out;
    for (const QCommandLineOption& o : options)
        out << QStringLiteral("--") + o.names().constLast();
    return out.join(QLatin1Char(' '));
}

} // namespace

QString BashCompletion::script() const
{
    const QString program = m_table.program();
    const CompletionWords completion(m_table);
    const QString& function = completion.function();
    QString next;
    QString options;
    QString files;
    for (const auto& c : m_table.commands()) {
        options += QStringLiteral("        [%1]=%2\n")
                       .arg(CompletionWords::quoted(c->name()), CompletionWords::quoted(flags(c->options())));
        if (const auto kind = CompletionWords::argumentsOf(*c); kind != CommandArgument::Completion::Nothing)
            files += QStringLiteral("        [%1]=%2\n")
                         .arg(CompletionWords::quoted(c->name()),
                              kind == CommandArgument::Completion::Directory ? QStringLiteral("-d")
                                                                             : QStringLiteral("-f"));
    }
    for (const QString& prefix : completion.prefixes()) {
        const QStringList words = prefix.isEmpty() ? QStringList() : prefix.split(QLatin1Char(' '));
        next += QStringLiteral("        [%1]=%2\n")
                    .arg(CompletionWords::quoted(prefix.isEmpty() ? QStringLiteral("-") : prefix),
                         CompletionWords::quoted(m_table.nextWords(words).join(QLatin1Char(' '))));
    }
    return QStringLiteral(
               "# bash completion for %1, made from its command table (%1 completion).\n"
               "%2()\n"
               "{\n"
               "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
               "    local common=%3 valued=%4 folders=%5\n"
               "    local -A next=(\n%6    )\n"
               "    local -A options=(\n%7    )\n"
               "    local -A files=(\n%8    )\n"
               "    local words=() i w value=0\n"
               "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
               "        w=${COMP_WORDS[i]}\n"
               "        if ((value)); then value=0; continue; fi\n"
               "        case $w in\n"
               "        --*=*) ;;\n"
               "        -*) [[ \" $valued \" == *\" $w \"* ]] && value=1 ;;\n"
               "        *) words+=(\"$w\") ;;\n"
               "        esac\n"
               "    done\n"
               "    COMPREPLY=()\n"
               "    if ((value)); then\n"
               "        [[ \" $folders \" == *\" $prev \"* ]] && COMPREPLY=($(compgen -d -- \"$cur\"))\n"
               "        return 0\n"
               "    fi\n"
               "    local command=\"\" n\n"
               "    for ((n = ${#words[@]}; n > 0; n--)); do\n"
               "        if [[ -v options[\"${words[*]:0:n}\"] ]]; then command=\"${words[*]:0:n}\"; break; "
               "fi\n"
               "    done\n"
               "    if [[ -z $command ]]; then\n"
               "        local typed=\"${words[*]}\"\n"
               "        if [[ $cur == -* ]]; then\n"
               "            COMPREPLY=($(compgen -W \"$common --help --version\" -- \"$cur\"))\n"
               "        elif [[ -v next[\"${typed:--}\"] ]]; then\n"
               "            COMPREPLY=($(compgen -W \"${next[${typed:--}]}\" -- \"$cur\"))\n"
               "        fi\n"
               "    elif [[ $cur == -* ]]; then\n"
               "        COMPREPLY=($(compgen -W \"${options[$command]} $common --help\" -- \"$cur\"))\n"
               "    elif [[ -v files[\"$command\"] ]]; then\n"
               "        COMPREPLY=($(compgen ${files[$command]} -- \"$cur\"))\n"
               "    fi\n"
               "    return 0\n"
               "}\n"
               "complete -F %2 %1\n")
        .arg(program, function, CompletionWords::quoted(flags(m_table.commonOptions())),
             CompletionWords::quoted(completion.valued().join(QLatin1Char(' '))),
             CompletionWords::quoted(completion.folders().join(QLatin1Char(' '))), next, options, files);
}

} // namespace sa::app
