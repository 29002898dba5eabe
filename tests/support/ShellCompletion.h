#pragma once

// A completion script run as the shell runs it, for the tests of the bash and zsh completions
// (tst_command_table, tst_completion): the script in a folder of its own, the words typed so far,
// and the words the shell would offer, sorted.

#include "tests/support/TestSupport.h"

#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

namespace sa::test {

/// What `shell` (run with `options` and -c) prints, sorted, running `code` in a folder that holds
/// `script` as `fileName`; in `code`, {dir} is that folder and {words} the `words` quoted for the shell. A
/// failing shell, or one that says anything on stderr, is a line saying so.
inline QStringList completions(const QString& shell, const QStringList& options, const QString& fileName,
                               const QString& script, const QString& code, const QStringList& words)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(fileName));
    if (!file.open(QIODevice::WriteOnly))
        return {QStringLiteral("cannot write the script")};
    file.write(script.toUtf8());
    file.close();
    QStringList quoted;
    for (const QString& w : words)
        quoted << QLatin1Char('\'') + w + QLatin1Char('\'');
    const ProcessRun r = runProcess(
        shell, options + QStringList{QStringLiteral("-c"),
                                     QString(code)
                                         .replace(QStringLiteral("{dir}"), dir.path())
                                         .replace(QStringLiteral("{words}"), quoted.join(QLatin1Char(' ')))});
    if (r.exitCode != 0 || !r.err.isEmpty())
        return {shell + QStringLiteral(" failed: ") + r.err};
    QStringList out = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    out.sort();
    return out;
}

/// The line `function` completes for `words` (the last one being typed), in a bash that sourced
/// `script`.
inline QStringList complete(const QString& script, const QString& function, const QStringList& words)
{
    return completions(
        QStringLiteral("bash"), {}, QStringLiteral("completion.bash"), script,
        QStringLiteral("cd '{dir}' && source completion.bash && COMP_WORDS=({words}) && COMP_CWORD=%1 "
                       "&& %2 && printf '%s\\n' \"${COMPREPLY[@]}\"")
            .arg(words.size() - 1)
            .arg(function),
        words);
}

/// What zsh offers for `words` (the last one being typed) when compinit has loaded `script` as the
/// program's completion function: its _describe and _files are stood in for by functions that print
/// the words they would offer (with the prefix typed) and the _files flags, so zsh runs the script's own
/// logic and nothing of the terminal is needed.
inline QStringList completeZsh(const QString& script, const QStringList& words)
{
    return completions(
        QStringLiteral("zsh"), {QStringLiteral("-f")}, QStringLiteral("_completion"), script,
        QStringLiteral("cd '{dir}' || exit 9\n"
                       "_describe() { local e; for e in \"${(@P)4}\"; do e=${e%%:*}; "
                       "[[ $e == ${words[CURRENT]}* ]] && print -r -- \"${e//\\\\/}\"; done; }\n"
                       "_files() { print -r -- \"files $*\"; }\n"
                       "words=({words}); CURRENT=%1\n"
                       "source ./_completion\n")
            .arg(words.size()),
        words);
}

} // namespace sa::test
