#include "UndoHistory.h"

#include "core/directory/DirectoryStore.h"

namespace sa::ui {

UndoHistory::UndoHistory(QObject* parent) : QObject(parent)
{
}

core::Result<core::CommitResult> UndoHistory::commit(core::DirectoryStore& store,
                                                     const core::ChangeSet& changes, const QString& text)
{
    core::CommitResult result;
    auto done = core::Reversal::commit(store, changes, &result);
    if (!done)
        return done.error();
    record(store, text, std::move(done.value()));
    return result;
}

void UndoHistory::record(core::DirectoryStore& store, const QString& text, core::Reversal reversal)
{
    if (reversal.isEmpty())
        return; // nothing was written
    m_undo.append({&store, text, std::move(reversal)});
    while (m_undo.size() > Depth)
        m_undo.removeFirst();
    m_redo.clear();
    Q_EMIT changed();
}

core::Result<core::Dn> UndoHistory::step(QList<Step>& from, QList<Step>& to)
{
    dropClosed();
    if (from.isEmpty())
        return core::Error(core::ErrorCode::NotFound, tr("There is nothing to take back."));
    Step taken = from.takeLast();
    auto back = taken.reversal.undo(*taken.store);
    if (!back) {
        Q_EMIT changed(); // it left the history: it can never be taken back whole
        return back.error();
    }
    const core::Dn subject = back->subject();
    to.append({taken.store, taken.text, std::move(back.value())});
    Q_EMIT changed();
    return subject;
}

void UndoHistory::dropClosed()
{
    for (QList<Step>* steps : {&m_undo, &m_redo})
        steps->removeIf([](const Step& s) { return s.store.isNull(); });
}

} // namespace sa::ui
