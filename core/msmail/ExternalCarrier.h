#pragma once

#include "core/common/Error.h"

#include <QDateTime>
#include <QString>
#include <atomic>
#include <functional>

namespace sa::core {

/// What a pass of the External carriers did.
struct ExternalReport
{
    int carried = 0;  ///< messages moved from a postoffice's outbound queue into the next one's
    int returned = 0; ///< messages returned to their senders as undeliverable
};

/// MS Mail's External at work: moves mail from each postoffice's outbound queue to the inbound
/// queue of its next hop when that hop is a postoffice of the folder, with the hand-over the MS
/// Mail Connector uses (the receiver keeps the batch and the message ids in one transaction, then
/// the sender drops it in one: a crash in between repeats a hand-over the ids make harmless).
///
/// Who carries which hop, decided here where the original leaves it to the administrator's
/// installation: a pair of postoffices that some External instance (ExternalStore) serves both of
/// is carried by that instance, when it is started and due; a pair neither of whose postoffices any
/// instance serves is carried by the default External, every pass, as if one External served the
/// whole network (so a network nobody modelled moves its mail); any other pair is not carried, and
/// its mail says why it waits. Mail waiting longer than its postoffice's undeliverable-after goes
/// back to the sender as a non-delivery report naming why, logged in that postoffice's system log.
class ExternalCarrier
{
public:
    /// A next hop that is not a postoffice of the folder (a site's shadow postoffice): whether
    /// anything knows it, and why mail from `postoffice` for it waits (empty: it is on its way).
    struct HopState
    {
        bool known = false;
        QString waiting;
    };
    using OtherHops = std::function<HopState(const QString& postoffice, const QString& hop)>;

    explicit ExternalCarrier(QString orgDir, OtherHops otherHops = {});
    /// Checked between hops: a pass stops there with ErrorCode::Cancelled.
    void setCancel(const std::atomic_bool* cancel) { m_cancel = cancel; }

    /// One pass: the started instances that are due and the default External carry one batch per
    /// hop; every postoffice returns what has waited too long.
    Result<ExternalReport> run();
    /// One pass of the instance `name` now, whatever its schedule or state (as running the program
    /// by hand did): one batch per hop between the postoffices it serves.
    Result<ExternalReport> runInstance(const QString& name);

    /// A message waiting for an instance: in the outbound queue of `postoffice`, for `nextHop`.
    struct Waiting
    {
        QString postoffice;
        QString nextHop;
        qint64 seq = 0;
        QString messageId;
        QString from;
        QString to;
        QString subject;
        QDateTime queuedAt;
        QString reason;
    };
    /// The queue of the instance `name`: what waits in the outbound queues of its postoffices for
    /// another postoffice it serves, oldest first per postoffice.
    Result<QList<Waiting>> queueOf(const QString& name) const;

private:
    Status checkCancel() const;

    QString m_orgDir;
    OtherHops m_otherHops;
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace sa::core
