#include "ImsEvents.h"

namespace sa::core::ImsDiagnostics {

const Diagnostics& service()
{
    static const Diagnostics diagnostics(
        ImsEvent::Source, QStringLiteral("internet-mail-service"),
        {QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Initialization/Termination")),
         QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Addressing")),
         QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Message Archival")),
         QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "SMTP Interface Events")),
         QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Internal Processing")),
         QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "SMTP Protocol Log")),
         QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Message Transfer"))});
    return diagnostics;
}

QString categoryOf(int id)
{
    // Who may send and how the MTA answered: SMTP Interface Events; what became of a message: Message
    // Transfer.
    switch (id) {
    case ImsEvent::Unconnected:
    case ImsEvent::BadSignature:
    case ImsEvent::NoSecret:
    case ImsEvent::SpeaksForAnother:
    case ImsEvent::MtaUnreachable:
        return QStringLiteral("SMTP Interface Events");
    default:
        return QStringLiteral("Message Transfer");
    }
}

Status event(DirectoryWriter& w, const QString& level, int id, const QString& text)
{
    return service().write(w, categoryOf(id), level, id, text);
}

Result<QList<EventRecord>> refusedSince(DirectoryStore& store, const QDateTime& since)
{
    // The newest events are enough: refusals older than the last thousand events are history.
    auto events = EventLog::recent(store, 1000);
    if (!events)
        return events.error();
    QList<EventRecord> out;
    for (const EventRecord& e : events.value()) {
        if (e.source == ImsEvent::Source && e.at >= since &&
            (e.eventId == ImsEvent::Unconnected || e.eventId == ImsEvent::BadSignature ||
             e.eventId == ImsEvent::SpeaksForAnother))
            out << e;
    }
    return out;
}

} // namespace sa::core::ImsDiagnostics
