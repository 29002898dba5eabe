#pragma once

#include <QDialog>

class QTextBrowser;

namespace sa::ui {

/// Help > Procedure: the walkthrough of Q152167 in this program, as the README has it (the part
/// between its `procedure:begin` and `procedure:end` markers, built into the program with the
/// screenshots it shows, so that the window and the README never tell two stories). Pictures are
/// scaled down to the width of the text; the window is not modal, so a person can follow it step
/// by step beside the main window. In the window's language where the program has the walkthrough
/// translated (docs/procedure.LANG.md, kept in step with the README by tst_help_ui).
class ProcedureDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProcedureDialog(QWidget* parent = nullptr);

    QTextBrowser* text() const { return m_text; }
    /// The walkthrough's Markdown in `language` ("de": docs/procedure.de.md, the README's translated;
    /// empty or a language without one: the README's); a sentence saying it is missing when the
    /// program was built without it.
    static QString walkthrough(const QString& language);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitImages();

    QTextBrowser* m_text;
    int m_fittedWidth = 0;
};

} // namespace sa::ui
