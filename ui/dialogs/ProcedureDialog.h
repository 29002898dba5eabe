#pragma once

#include <QDialog>

class QTextBrowser;

namespace sa::ui {

/// Help > Procedure: the walkthrough of Q152167 in this program, as the README has it (the part
/// between its `procedure:begin` and `procedure:end` markers, built into the program with the
/// screenshots it shows, so that the window and the README never tell two stories). Pictures are
/// scaled down to the width of the text; the window is not modal, so a person can follow it step
/// by step beside the main window.
class ProcedureDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProcedureDialog(QWidget* parent = nullptr);

    QTextBrowser* text() const { return m_text; }
    /// The walkthrough's Markdown; a sentence saying it is missing when the program was built
    /// without it.
    static QString walkthrough();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitImages();

    QTextBrowser* m_text;
    int m_fittedWidth = 0;
};

} // namespace sa::ui
