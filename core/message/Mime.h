#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <utility>

/// The pieces of RFC 5322 / MIME (RFC 2045-2047) that the messages crossing an MTA need: splitting an
/// entity into headers and body, header parameters, encoded words, the body transfer encodings and
/// multipart bodies. Both the signed messages between sites (CrossingMessage) and plain Internet mail
/// (InternetMessage) are read and written with them. Every reader here is lenient about line ends
/// (CRLF or LF) and folding, as what an MTA hands over may have either.
namespace sa::core::Mime {

/// The headers of an entity: lower-case name and unfolded value, in order.
using Headers = QList<std::pair<QByteArray, QByteArray>>;

/// One part of a multipart body: its headers and its still-encoded content.
struct Part
{
    Headers headers;
    QByteArray content;
};

/// A whole message's top: its headers and its body.
struct Entity
{
    Headers headers;
    QByteArray body;
};

/// The top of a message an MTA delivered, with the first refusals every reader makes, each one line:
/// empty, larger than `maxSize` bytes (what a site takes), or no header block before a body.
Result<Entity> readMessage(const QByteArray& raw, qint64 maxSize);

/// Splits `entity` at its first empty line into headers and body; false when there is no header
/// block ending before a body or a header line has no name.
bool splitEntity(const QByteArray& entity, Headers* headers, QByteArray* body);
/// Every value of header `name` (lower case).
QList<QByteArray> valuesOf(const Headers& headers, const QByteArray& name);
/// A parameter of a structured header value (the boundary of a Content-Type), quotes taken off.
QByteArray parameter(const QByteArray& value, const QByteArray& name);
/// The media type of a Content-Type value, lower case ("text/plain").
QByteArray mediaType(const QByteArray& contentType);
/// The parts of a multipart body; false in `closed` when the closing boundary never came (the parts
/// read until then are returned).
QList<Part> partsOf(const QByteArray& body, const QByteArray& boundary, bool* closed);

/// A header value: plain when printable ASCII, else UTF-8 encoded words of whole characters, folded.
QByteArray headerText(const QString& text);
/// A header value with its encoded words (B and Q, any charset Qt knows) decoded.
QString decodeHeaderText(const QByteArray& value);
/// The address of a From/To value: "Name <a@b>" -> a@b, "a@b (Name)" -> a@b; empty when none.
QString addressIn(const QByteArray& value);
/// The display name of a From/To value, decoded; empty when none.
QString displayNameIn(const QByteArray& value);
/// A Message-ID header value for `id`: <id> when it has the form local@domain, else one made from it.
QByteArray messageIdHeader(const QString& id);
/// An RFC 5322 date in UTC.
QByteArray dateHeader(const QDateTime& at);

/// base64 in lines of 76 characters, each ended by CRLF.
QByteArray base64Lines(const QByteArray& bytes);
/// Quoted-printable (RFC 2045 6.7) of text whose line ends are CRLF or LF, lines of at most 76.
QByteArray quotedPrintable(const QByteArray& bytes);
/// The content of a part under its Content-Transfer-Encoding (7bit, 8bit, binary, quoted-printable,
/// base64; none means 7bit); false in `ok` for an encoding it does not know or damaged base64.
QByteArray decodeContent(const QByteArray& content, const QByteArray& transferEncoding, bool* ok);
/// Text in `charset` (US-ASCII and UTF-8 when none; Latin-1 for a name Qt does not know).
QString textIn(const QByteArray& bytes, const QByteArray& charset);

} // namespace sa::core::Mime
