#pragma once

#include <QString>

class QWidget;

namespace sa::ui {

/// File choosers go through here so that tests can name the file instead of facing a dialog. Open
/// and Save start in the folder of the file chosen last (kept in the settings), the home folder the
/// first time: not the working directory, which for a program started from a menu is meaningless
/// (issue 21).
class FileDialogs
{
public:
    /// Where the next Open or Save starts.
    static QString startFolder();
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                const QString& filter);
    static QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
    /// A folder, the chooser starting in `start`.
    static QString folderName(QWidget* parent, const QString& caption, const QString& start);

    // Test seam: the next call returns this name (an empty one = the administrator cancelled).
    static void setNextFileName(const QString& name);
};

} // namespace sa::ui
