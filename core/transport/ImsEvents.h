#pragma once

#include "core/common/Error.h"
#include "core/directory/Diagnostics.h"
#include "core/directory/EventLog.h"

#include <QString>

namespace sa::core {

class DirectoryStore;
class DirectoryWriter;

/// The Internet Mail Service's events (source MSExchangeIMC). The original's ids are not known to
/// us; these are ours, in a range of their own [U].
namespace ImsEvent {
inline const QString Source = QStringLiteral("MSExchangeIMC");
constexpr int NonDelivery = 4001;      ///< a message given back to its sender with a report
constexpr int Unconnected = 4002;      ///< from a site not among the Connected Sites
constexpr int BadSignature = 4003;     ///< not signed with the secret the two sites share
constexpr int NoSecret = 4004;         ///< no secret set yet for the sending site (the MTA keeps it)
constexpr int SpeaksForAnother = 4005; ///< replication mail in another site's name
constexpr int HandedOver = 4010;       ///< a message handed to the MTA for a connected site
constexpr int Delivered = 4011;        ///< a message from a connected site delivered here
constexpr int MtaUnreachable = 4012;   ///< the smart host did not take a message; it waits
} // namespace ImsEvent

/// The Internet Mail Service's Diagnostics Logging: the categories of the original's page
/// (Exchange 5.5's IMS: Initialization/Termination, Addressing, Message Archival, SMTP Interface
/// Events, Internal Processing, SMTP Protocol Log, Message Transfer [V names, as far as remembered;
/// which event goes where is ours]).
namespace ImsDiagnostics {
const Diagnostics& service();
/// The category of an event of `id`.
QString categoryOf(int id);
/// Writes the event when the site's Internet Mail Services' Diagnostics Logging keeps it.
Status event(DirectoryWriter& w, const QString& level, int id, const QString& text);
/// The messages refused on arrival since `since` (a site not connected, a bad signature, mail in
/// another site's name), newest first, as the event log has them: they never entered a queue, so
/// the queue displays show them from here.
Result<QList<EventRecord>> refusedSince(DirectoryStore& store, const QDateTime& since);
} // namespace ImsDiagnostics

} // namespace sa::core
