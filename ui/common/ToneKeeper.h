#pragma once

#include <QObject>

class QWidget;

namespace sa::ui {

/// Keeps a widget's Tones when the theme changes: a colour worked out for a light window's
/// background would be unreadable on a dark one (issue 21). It watches the widget's palette changes
/// (the application's new palette reaches it as one) and has Tones make its colours again. One per
/// widget, made by Tones::mark and Tones::note, gone with the widget.
class ToneKeeper : public QObject
{
public:
    /// The widget's keeper, made the first time.
    static void keep(QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit ToneKeeper(QWidget* widget);

    bool m_applying = false;
};

} // namespace sa::ui
