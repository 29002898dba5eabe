#pragma once

#include "core/common/Error.h"
#include "core/directory/ChangeSet.h"
#include "core/directory/Reversal.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace sa::core {
class DirectoryStore;
}

namespace sa::ui {

/// Edit > Undo and Redo (issue 20; the original had no Undo, an administrator of today expects it):
/// the changes made in this window — a property sheet's OK or Apply, a wizard's Finish, a delete, a
/// bulk edit — newest last, each with the site database it was written to and what takes it back
/// (core::Reversal). Undo writes one back in one transaction; it refuses, writing nothing, when an
/// object changed since (another window, another administrator, the dirsync engine), and that change
/// then leaves the history, as it can never be taken back whole. A new change empties Redo.
class UndoHistory : public QObject
{
    Q_OBJECT

public:
    /// How many changes are kept; the oldest goes first.
    static constexpr int Depth = 50;

    explicit UndoHistory(QObject* parent = nullptr);

    /// Commits `changes` to `store` and keeps them as `text` ("Delete Nancy Davolio").
    core::Result<core::CommitResult> commit(core::DirectoryStore& store, const core::ChangeSet& changes,
                                            const QString& text);
    /// Keeps a change already committed with its reversal (a property sheet commits its own).
    void record(core::DirectoryStore& store, const QString& text, core::Reversal reversal);

    bool canUndo() const { return !m_undo.isEmpty(); }
    bool canRedo() const { return !m_redo.isEmpty(); }
    QString undoText() const { return canUndo() ? m_undo.last().text : QString(); }
    QString redoText() const { return canRedo() ? m_redo.last().text : QString(); }

    /// Takes the newest change back; the object it was made to (core::Reversal::subject()), to show.
    core::Result<core::Dn> undo() { return step(m_undo, m_redo); }
    core::Result<core::Dn> redo() { return step(m_redo, m_undo); }

Q_SIGNALS:
    void changed();

private:
    struct Step
    {
        QPointer<core::DirectoryStore> store;
        QString text;
        core::Reversal reversal;
    };
    core::Result<core::Dn> step(QList<Step>& from, QList<Step>& to);
    /// Steps on a database that was closed can no longer be written back.
    void dropClosed();

    QList<Step> m_undo;
    QList<Step> m_redo;
};

} // namespace sa::ui
