#include "Tones.h"

#include "ToneKeeper.h"

#include <QApplication>
#include <QFrame>
#include <QPalette>
#include <QWidget>
#include <cmath>

namespace sa::ui {

namespace {

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

/// The hue of each kind, as its light-theme colour.
QColor base(Tones::Kind kind)
{
    switch (kind) {
    case Tones::Kind::Error:
        return QColor(0xb9, 0x1c, 0x1c);
    case Tones::Kind::Warning:
        return QColor(0x8a, 0x5a, 0x00);
    case Tones::Kind::Normal:
        break;
    }
    return QColor(Qt::black);
}

} // namespace

double Tones::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

namespace {

/// `start`'s hue with its lightness moved away from `background`'s until their contrast is `minimum`.
QColor withContrast(const QColor& start, const QColor& background, double minimum)
{
    const bool darkBackground = luminance(background) < 0.18;
    float h = 0, s = 0, l = 0, a = 1;
    start.getHslF(&h, &s, &l, &a);
    if (darkBackground)
        l = std::max(l, 0.55f); // a light tint of the hue on a dark window
    QColor c = QColor::fromHslF(h, s, l);
    for (int step = 0; step < 40 && Tones::contrast(c, background) < minimum; ++step) {
        l = darkBackground ? std::min(1.0f, l + 0.025f) : std::max(0.0f, l - 0.025f);
        c = QColor::fromHslF(h, s, l);
    }
    return c;
}

} // namespace

QColor Tones::text(Kind kind, const QColor& background)
{
    return withContrast(base(kind), background, 4.5);
}

QColor Tones::graphic(const QColor& hue, const QColor& background)
{
    return withContrast(hue, background, 3.0);
}

namespace {

const char* const MarkProperty = "sa_tone";
const char* const NoteProperty = "sa_note";

} // namespace

void Tones::mark(QWidget* widget, Kind kind)
{
    widget->setProperty(MarkProperty, int(kind));
    applyMark(widget, kind);
    ToneKeeper::keep(widget);
}

void Tones::note(QWidget* widget)
{
    widget->setProperty(NoteProperty, true);
    applyNote(widget);
    widget->setAutoFillBackground(true);
    if (auto* frame = qobject_cast<QFrame*>(widget)) {
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setContentsMargins(4, 4, 4, 4);
    }
    ToneKeeper::keep(widget);
}

void Tones::reapply(QWidget* widget)
{
    // From the application's palette as it is now: the colours set before were the old theme's.
    widget->setPalette(QPalette());
    if (widget->property(NoteProperty).toBool())
        applyNote(widget);
    const QVariant kind = widget->property(MarkProperty);
    if (kind.isValid())
        applyMark(widget, Kind(kind.toInt()));
}

void Tones::applyMark(QWidget* widget, Kind kind)
{
    QPalette p = widget->palette();
    const QPalette standard = QApplication::palette(widget);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor background = p.color(group, QPalette::Window);
        const QColor colour =
            kind == Kind::Normal ? standard.color(group, QPalette::WindowText) : text(kind, background);
        p.setColor(group, QPalette::WindowText, colour);
        p.setColor(group, QPalette::Text, colour);
    }
    widget->setPalette(p);
}

void Tones::applyNote(QWidget* widget)
{
    QPalette p = widget->palette();
    p.setColor(QPalette::Window, p.color(QPalette::ToolTipBase));
    p.setColor(QPalette::WindowText, p.color(QPalette::ToolTipText));
    widget->setPalette(p);
}

} // namespace sa::ui
