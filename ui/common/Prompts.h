#pragma once

#include "core/common/Error.h"

#include <QMessageBox>
#include <QString>
#include <QStringList>

namespace sa::ui {

/// Every question and error the UI puts to the administrator goes through here, so that tests can
/// answer the next question and read the errors instead of facing a modal box.
class Prompts
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                       QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    /// Something failed (a file, the database, a service): the critical icon.
    static void error(QWidget* parent, const QString& title, const QString& text);
    /// Input the administrator can correct was refused (a required field, a name in use): the
    /// warning icon, as Windows' property sheets do; the caller puts the focus back in the page.
    static void refuse(QWidget* parent, const QString& title, const QString& text);
    /// `text` about `why`: a refusal when the directory's rules refused the input, an error when
    /// storage failed.
    static void failed(QWidget* parent, const QString& title, const core::Error& why, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);

    // Test seam.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// Answers set and not yet taken by a question (a test's cleanup checks there are none).
    static int pendingAnswers();
    /// While set, errors and information are recorded instead of shown.
    static void setRecording(bool record);
    static QStringList takeRecorded();
    enum class Kind
    {
        None,
        Question,
        Error,
        Refusal,
        Information
    };
    /// What the last prompt was, shown or recorded.
    static Kind lastKind();
};

} // namespace sa::ui
