#pragma once

#include <QByteArray>
#include <QString>

namespace sa::core {

/// What the MTA said to one submission.
struct SmtpOutcome
{
    enum class Kind
    {
        Taken,    ///< the MTA has the message (250 after DATA)
        TryLater, ///< no connection, a time-out or a 4xx reply: the same submission may succeed later
        Refused   ///< a 5xx reply: it never will
    };
    Kind kind = Kind::TryLater;
    /// The MTA's reply or why there was none, one line.
    QString text;
};

/// Hands one message to an MTA over SMTP with libcurl (no SMTP client of our own): the Internet Mail
/// Service's outbound side. STARTTLS is used when the MTA offers it.
class SmtpSubmitter
{
public:
    static SmtpOutcome submit(const QString& host, int port, const QString& envelopeFrom,
                              const QString& envelopeTo, const QByteArray& message, int timeoutSeconds = 60);
};

} // namespace sa::core
