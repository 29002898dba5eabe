#pragma once

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
    static void error(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);

    // Test seam.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// Answers set and not yet taken by a question (a test's cleanup checks there are none).
    static int pendingAnswers();
    /// While set, errors and information are recorded instead of shown.
    static void setRecording(bool record);
    static QStringList takeRecorded();
};

} // namespace sa::ui
