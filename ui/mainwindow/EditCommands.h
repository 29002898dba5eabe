#pragma once

#include <QObject>

namespace sa::ui {

class MainWindow;
class UndoHistory;

/// The Edit menu's commands: Undo and Redo of what this window wrote (UndoHistory), Copy of the
/// selected rows as text, Delete of the selected objects. Each says what it did in the status bar or,
/// refused, why, and writes nothing then.
class EditCommands : public QObject
{
    Q_OBJECT

public:
    EditCommands(MainWindow& window, UndoHistory& history);

    /// Takes the last change back and shows the object it was made to in the active window (a
    /// deleted recipient: back in its list, selected).
    void undo() { step(true); }
    void redo() { step(false); }
    /// The selected rows as text, a row per line: display name, a tab, the distinguished name.
    void copy();
    /// Asks first; what the directory refuses (a Directory Synchronization object, a container that
    /// is not empty) is said before the question.
    void deleteSelected();

private:
    void step(bool back);

    MainWindow& m_window;
    UndoHistory& m_history;
};

} // namespace sa::ui
