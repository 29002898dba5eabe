#include "ToneKeeper.h"

#include "Tones.h"

#include <QEvent>
#include <QWidget>

namespace sa::ui {

ToneKeeper::ToneKeeper(QWidget* widget) : QObject(widget)
{
    setObjectName(QStringLiteral("toneKeeper"));
    widget->installEventFilter(this);
}

void ToneKeeper::keep(QWidget* widget)
{
    if (!widget->findChild<ToneKeeper*>(QStringLiteral("toneKeeper"), Qt::FindDirectChildrenOnly))
        new ToneKeeper(widget);
}

bool ToneKeeper::eventFilter(QObject* watched, QEvent* event)
{
    // A widget with a palette of its own is told of the application's new one as a PaletteChange
    // (the window gets ApplicationPaletteChange); making the colours again changes the palette too,
    // which must not start over.
    if (event->type() == QEvent::PaletteChange && watched == parent() && !m_applying) {
        m_applying = true;
        Tones::reapply(static_cast<QWidget*>(watched));
        m_applying = false;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sa::ui
