#pragma once

#include <QColor>

class QPalette;
class QWidget;

namespace sa::ui {

/// The colours the window adds to the style's: errors, warnings and notes, derived from the palette
/// so that they read in a light and a dark theme alike (issue 21: a hard-coded dark red reached only
/// 1.9:1 on a dark window, the replica note 1.08:1). Each text colour keeps WCAG's 4.5:1 against the
/// background it is drawn on.
class Tones
{
public:
    enum class Kind
    {
        Normal,  ///< the palette's own text colour
        Error,   ///< red
        Warning, ///< amber
    };

    /// WCAG 2 contrast ratio of two colours (1 to 21).
    static double contrast(const QColor& a, const QColor& b);
    /// A colour of `kind` for text on `background`, with at least 4.5:1 against it.
    static QColor text(Kind kind, const QColor& background);
    /// `hue` for a mark drawn on `background` (a chart's bar or line): its lightness moved until it
    /// has WCAG's 3:1 for graphics against it.
    static QColor graphic(const QColor& hue, const QColor& background);
    /// Gives `widget`'s text the colour of `kind` on its window background (Normal: the palette's).
    static void mark(QWidget* widget, Kind kind);
    /// Makes `widget` a note: the palette's tooltip colours (the system's own pair for notes), framed.
    static void note(QWidget* widget);
    /// Makes the colours mark() and note() gave `widget` again from the palette it has now (after a
    /// theme change; ToneKeeper calls it).
    static void reapply(QWidget* widget);

private:
    static void applyMark(QWidget* widget, Kind kind);
    static void applyNote(QWidget* widget);
};

} // namespace sa::ui
