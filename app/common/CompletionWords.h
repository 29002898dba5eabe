#pragma once

// What a shell completion offers, read from a command table once for the bash and the zsh script
// (BashCompletion, ZshCompletion): the shell function's name, the options that take a value (whose
// value is skipped when finding the command) and those whose value is a folder, the word prefixes
// that lead to commands ("dirsync"), and what a command's arguments complete to.

#include "Command.h"

#include <QString>
#include <QStringList>

namespace sa::app {

class CommandTable;

class CompletionWords
{
public:
    explicit CompletionWords(const CommandTable& table);

    /// "_siteadminctl", "_msmail_po".
    const QString& function() const { return m_function; }
    /// "--org --site ...": every option that takes a value.
    const QStringList& valued() const { return m_valued; }
    /// The options whose value is a folder (DIR).
    const QStringList& folders() const { return m_folders; }
    /// "" (before any word), then each start of a command's words that is not a command ("dirsync").
    const QStringList& prefixes() const { return m_prefixes; }
    /// What the arguments of `command` complete to: the first that completes to anything.
    static CommandArgument::Completion argumentsOf(const Command& command);
    /// `text` between single quotes, as bash and zsh read it ("it's" -> 'it'\''s').
    static QString quoted(const QString& text);

private:
    QString m_function;
    QStringList m_valued;
    QStringList m_folders;
    QStringList m_prefixes{QString()};
};

} // namespace sa::app
