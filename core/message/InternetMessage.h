#pragma once

#include "Message.h"
#include "core/common/Error.h"

#include <QByteArray>
#include <QString>

namespace sa::core {

/// Plain Internet mail (RFC 5322 and MIME) as the Internet Mail Service writes it for a recipient of
/// one of its SMTP address spaces, and reads it from the MTA for a recipient's SMTP address.
///
/// Written: From, To, Subject (RFC 2047 words when not ASCII), Date, Message-ID and X-SiteAdmin-Id
/// (the message's id, which a bounce returns so that its sender can be told), the text as text/plain
/// in UTF-8 (7bit when it is plain ASCII, else quoted-printable) and the attachment, if any, as a
/// second part of a multipart/mixed (base64).
///
/// Read (decided): the sender is the From address, else the Return-Path; the subject is decoded; the
/// text is the first text/plain part that is not an attachment (else the first text/html, as it
/// came); the attachment is the first other part. A message holds one attachment, so the names of
/// any further ones are listed at the end of the text, never dropped silently. Parts may be 7bit,
/// 8bit, binary, quoted-printable or base64, in any character set Qt knows.
struct InternetMessage
{
    /// Larger than this is refused on arrival (as a message between sites).
    static constexpr qint64 MaxSize = 32 * 1024 * 1024;

    /// `m` as Internet mail from `from` (an SMTP address; `fromName` its display name, may be empty)
    /// to `to` (an SMTP address).
    static QByteArray encode(const Message& m, const QString& fromName, const QString& from,
                             const QString& to);
    /// The message the MTA delivered to `recipient` (the envelope recipient, an SMTP address without
    /// its type). Its from is SMTP:sender, its to SMTP:recipient; its id is made of its Message-ID
    /// (or, without one, of a digest of the message) and the recipient, so the same message to two
    /// recipients is two messages and the same one delivered twice is one. Every error is one line.
    static Result<Message> decode(const QByteArray& raw, const QString& recipient);
};

} // namespace sa::core
