#pragma once

#include "Message.h"
#include "core/common/Error.h"

#include <QByteArray>
#include <QString>

namespace sa::core {

/// A message as it crosses from one site's Internet Mail Service to another's through a real MTA
/// (Postfix): an RFC 5322 MIME message. Its top headers say, for people and for a quick refusal,
/// where it comes from and what it is (X-SiteAdmin-Organization, -Origin, -Target, -Kind, -Id); its
/// parts carry the message itself: an application/x-siteadmin-message+json part (id, addresses,
/// subject, submission time, hops, report flag, attachment name), a text/plain part (the text) and,
/// when there is one, an application/octet-stream part (the attachment), each base64 so that no MTA
/// re-encodes it.
///
/// Authentication (decided; the original's IMS trusted its connected sites by address only): each
/// pair of sites shares a secret set on both sides; X-SiteAdmin-Signature carries an HMAC-SHA256,
/// keyed with it, of signingText(): a version line, the organization, the origin, the target, the
/// kind, and the SHA-256 of each part's content in its canonical form (the JSON part as encode()
/// writes it: compact, keys in order; the text as UTF-8; the attachment's bytes). What a relay may
/// rewrite (Received, Return-Path, line ends, the top headers' folding, the base64 line length) is
/// outside it; everything the receiver applies is inside it, so a changed value or a message meant
/// for another site fails.
struct CrossingMessage
{
    /// User mail, reports and the MS Mail Connector's and dirsync's mail: all are messages.
    static const QString MailKind;
    /// Larger than this is refused on arrival, whatever the MTA let through.
    static constexpr qint64 MaxSize = 32 * 1024 * 1024;

    QString organization;
    QString originSite;
    QString targetSite;
    QString kind = MailKind;
    Message message;
    /// The signature as it arrived (decode) or as encode() made it.
    QByteArray signature;

    /// The MIME text, signed with `key`; `envelopeFrom` and `envelopeTo` become its From and To.
    QByteArray encode(const QByteArray& key, const QString& envelopeFrom, const QString& envelopeTo) const;
    /// Whether `raw` says it is one (an X-SiteAdmin-Kind header at the top): a message between sites,
    /// not Internet mail, whatever else is right or wrong with it.
    static bool isOne(const QByteArray& raw);
    /// Reads what encode() made (after any MTA's added headers and line-end changes). Every error is
    /// one line saying what is wrong; none can be put right by trying again.
    static Result<CrossingMessage> decode(const QByteArray& raw);
    /// Whether `signature` is the one `key` makes for this message.
    bool verify(const QByteArray& key) const;

    /// What the signature covers (see above), from the decoded message.
    QByteArray signingText() const;
};

} // namespace sa::core
