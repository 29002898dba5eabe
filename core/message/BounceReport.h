#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QString>

namespace sa::core {

/// A delivery status notification (RFC 3464: multipart/report; report-type=delivery-status) that an
/// MTA sends back to a message's envelope sender - for the Internet Mail Service, postmaster@ its
/// site's domain - when it gives up on the message (Action: failed) or, if so set, when it is late
/// (Action: delayed). Which message it is about is read from the returned headers' X-SiteAdmin-Id
/// (Postfix returns at least the headers); why, from the first recipient's Status and
/// Diagnostic-Code.
struct BounceReport
{
    QString messageId;  ///< the X-SiteAdmin-Id of the returned message (empty when none came back)
    QString action;     ///< failed, delayed, delivered, relayed, expanded (lower case)
    QString status;     ///< e.g. 5.0.0
    QString diagnostic; ///< the MTA's words, one line (Diagnostic-Code without its type)

    /// Whether `raw`'s top-level Content-Type is a delivery status report.
    static bool isOne(const QByteArray& raw);
    /// Reads it; an error when it is not a delivery status report or names no action.
    static Result<BounceReport> parse(const QByteArray& raw);
};

} // namespace sa::core
