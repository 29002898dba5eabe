#include "CrossingMessage.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QUuid>

namespace sa::core {

const QString CrossingMessage::MailKind = QStringLiteral("mail");

namespace {

const QByteArray SigningVersion = QByteArrayLiteral("siteadmin-crossing-1");
const QByteArray JsonType = QByteArrayLiteral("application/x-siteadmin-message+json");
const QByteArray TextType = QByteArrayLiteral("text/plain");
const QByteArray AttachmentType = QByteArrayLiteral("application/octet-stream");

QJsonObject canonicalFields(const Message& m)
{
    return QJsonObject{
        {QStringLiteral("v"), 1},
        {QStringLiteral("id"), m.id},
        {QStringLiteral("from"), m.from},
        {QStringLiteral("to"), m.to},
        {QStringLiteral("subject"), m.subject},
        {QStringLiteral("submitted"), m.submitted.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("hops"), m.hops},
        {QStringLiteral("report"), m.report},
        {QStringLiteral("attachmentName"), m.attachmentName},
    };
}

QByteArray canonicalJson(const Message& m)
{
    return QJsonDocument(canonicalFields(m)).toJson(QJsonDocument::Compact);
}

QByteArray sha256Hex(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

/// base64 in lines of 76 characters, each ended by CRLF.
QByteArray base64Lines(const QByteArray& bytes)
{
    const QByteArray b64 = bytes.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

/// An RFC 2047 header value: plain when it is printable ASCII, else UTF-8 encoded-words of at most
/// 39 bytes of text each (whole characters: a line stays under 78), folded.
QByteArray headerText(const QString& text)
{
    static const QRegularExpression plain(QStringLiteral("^[\\x20-\\x7e]*$"));
    if (plain.match(text).hasMatch() && text.size() < 900)
        return text.toLatin1();
    QList<QByteArray> words;
    QString chunk;
    const auto flush = [&words, &chunk] {
        if (!chunk.isEmpty())
            words << "=?UTF-8?B?" + chunk.toUtf8().toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString c = text.mid(i, 1);
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            c = text.mid(i++, 2);
        if ((chunk + c).toUtf8().size() > 39)
            flush();
        chunk += c;
    }
    flush();
    return words.join("\r\n ");
}

/// A Message-ID for the top header: the message's own id when it has that form, else one made from
/// it (the id that counts is the one in the signed part).
QByteArray messageIdHeader(const QString& id)
{
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+$"));
    if (form.match(id).hasMatch())
        return "<" + id.toLatin1() + ">";
    return "<crossing." + sha256Hex(id.toUtf8()).left(32) + "@siteadmin>";
}

/// The headers of a MIME entity: lower-case name -> values (unfolded), in order.
using Headers = QList<std::pair<QByteArray, QByteArray>>;

/// Splits an entity at its first empty line into headers and body; line ends may be CRLF or LF.
bool splitEntity(const QByteArray& entity, Headers* headers, QByteArray* body)
{
    qsizetype end = -1;
    qsizetype bodyStart = -1;
    if (entity.startsWith("\r\n")) {
        end = 0;
        bodyStart = 2;
    } else if (entity.startsWith('\n')) {
        end = 0;
        bodyStart = 1;
    } else {
        const qsizetype crlf = entity.indexOf("\r\n\r\n");
        const qsizetype lf = entity.indexOf("\n\n");
        if (crlf >= 0 && (lf < 0 || crlf < lf)) {
            end = crlf;
            bodyStart = crlf + 4;
        } else if (lf >= 0) {
            end = lf;
            bodyStart = lf + 2;
        }
    }
    if (end < 0)
        return false;
    QByteArray text = entity.left(end);
    text.replace("\r\n", "\n");
    for (const QByteArray& line : text.split('\n')) {
        if (line.isEmpty())
            continue;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !headers->isEmpty()) {
            headers->last().second += " " + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        headers->append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    *body = entity.mid(bodyStart);
    return true;
}

QList<QByteArray> valuesOf(const Headers& headers, const QByteArray& name)
{
    QList<QByteArray> out;
    for (const auto& [n, v] : headers) {
        if (n == name)
            out << v;
    }
    return out;
}

/// A parameter of a structured header value (`boundary` of Content-Type), quotes taken off.
QByteArray parameter(const QByteArray& value, const QByteArray& name)
{
    for (const QByteArray& piece : value.split(';')) {
        const QByteArray p = piece.trimmed();
        const qsizetype eq = p.indexOf('=');
        if (eq > 0 && p.left(eq).trimmed().toLower() == name) {
            QByteArray v = p.mid(eq + 1).trimmed();
            if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
                v = v.mid(1, v.size() - 2);
            return v;
        }
    }
    return {};
}

QByteArray mediaType(const QByteArray& contentType)
{
    return contentType.split(';').value(0).trimmed().toLower();
}

struct Part
{
    QByteArray type;
    QByteArray content;
};

Result<QList<Part>> partsOf(const QByteArray& body, const QByteArray& boundary)
{
    const auto bad = [](const QString& why) {
        return Error(ErrorCode::InvalidArgument, QStringLiteral("not a message between sites: %1").arg(why));
    };
    QByteArray text = body;
    text.replace("\r\n", "\n");
    const QByteArray delimiter = "--" + boundary;
    QList<QByteArray> chunks;
    QByteArray current;
    bool inPart = false;
    bool closed = false;
    for (const QByteArray& line : text.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed == delimiter + "--") {
            if (inPart)
                chunks << current;
            closed = true;
            break;
        }
        if (trimmed == delimiter) {
            if (inPart)
                chunks << current;
            current.clear();
            inPart = true;
            continue;
        }
        if (inPart)
            current += line + "\n";
    }
    if (!closed)
        return bad(QStringLiteral("its multipart body has no closing boundary"));
    QList<Part> parts;
    for (const QByteArray& chunk : chunks) {
        Headers headers;
        QByteArray content;
        if (!splitEntity(chunk, &headers, &content))
            return bad(QStringLiteral("a part has no header"));
        const QList<QByteArray> encodings = valuesOf(headers, "content-transfer-encoding");
        if (encodings.size() != 1 || encodings.first().trimmed().toLower() != "base64")
            return bad(QStringLiteral("a part is not base64"));
        QByteArray compact = content;
        compact.replace("\n", "").replace("\r", "").replace(" ", "").replace("\t", "");
        auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return bad(QStringLiteral("a part's base64 is damaged"));
        parts.append({mediaType(valuesOf(headers, "content-type").value(0)), *decoded});
    }
    return parts;
}

} // namespace

QByteArray CrossingMessage::signingText() const
{
    QByteArray out = SigningVersion + "\n";
    for (const QString& field : {organization, originSite, targetSite, kind})
        out += field.toUpper().toUtf8() + "\n";
    out += sha256Hex(canonicalJson(message)) + "\n";
    out += sha256Hex(message.body.toUtf8()) + "\n";
    out += sha256Hex(message.attachment) + "\n";
    return out;
}

bool CrossingMessage::verify(const QByteArray& key) const
{
    if (key.isEmpty() || signature.isEmpty())
        return false;
    const QByteArray expected =
        QMessageAuthenticationCode::hash(signingText(), key, QCryptographicHash::Sha256);
    // Compared in constant time, so that a forger learns nothing from how long a refusal takes.
    if (expected.size() != signature.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= static_cast<unsigned char>(expected.at(i) ^ signature.at(i));
    return diff == 0;
}

QByteArray CrossingMessage::encode(const QByteArray& key, const QString& envelopeFrom,
                                   const QString& envelopeTo) const
{
    const QByteArray mac = QMessageAuthenticationCode::hash(signingText(), key, QCryptographicHash::Sha256);
    const QByteArray boundary = "=_siteadmin_" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    const QDateTime at = message.submitted.isValid() ? message.submitted.toUTC() : QDateTime();
    QByteArray out;
    const auto header = [&out](const QByteArray& name, const QByteArray& value) {
        out += name + ": " + value + "\r\n";
    };
    header("From", envelopeFrom.toLatin1());
    header("To", envelopeTo.toLatin1());
    header("Subject", headerText(message.subject));
    if (at.isValid())
        header("Date",
               QLocale::c().toString(at, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss +0000")).toLatin1());
    header("Message-ID", messageIdHeader(message.id));
    header("MIME-Version", "1.0");
    header("X-SiteAdmin-Organization", headerText(organization));
    header("X-SiteAdmin-Origin", headerText(originSite));
    header("X-SiteAdmin-Target", headerText(targetSite));
    header("X-SiteAdmin-Kind", kind.toLatin1());
    header("X-SiteAdmin-Id", headerText(message.id));
    header("X-SiteAdmin-Signature", "v=1; a=hmac-sha256;\r\n s=" + mac.toBase64());
    header("Content-Type", "multipart/mixed;\r\n boundary=\"" + boundary + "\"");
    out += "\r\nThis is a message between two sites of one organization (MIME).\r\n";
    const auto part = [&out, &boundary](const QByteArray& type, const QByteArray& extra,
                                        const QByteArray& content) {
        out += "\r\n--" + boundary + "\r\n";
        out += "Content-Type: " + type + "\r\n";
        out += extra;
        out += "Content-Transfer-Encoding: base64\r\n\r\n";
        out += base64Lines(content);
    };
    part(JsonType + "; charset=utf-8", {}, canonicalJson(message));
    part(TextType + "; charset=utf-8", {}, message.body.toUtf8());
    if (!message.attachment.isEmpty() || !message.attachmentName.isEmpty()) {
        QString name = message.attachmentName;
        name.replace(QLatin1Char('"'), QLatin1Char('_'));
        part(AttachmentType, "Content-Disposition: attachment; filename=\"" + headerText(name) + "\"\r\n",
             message.attachment);
    }
    out += "\r\n--" + boundary + "--\r\n";
    return out;
}

Result<CrossingMessage> CrossingMessage::decode(const QByteArray& raw)
{
    const auto bad = [](const QString& why) {
        return Error(ErrorCode::InvalidArgument, why);
    };
    if (raw.trimmed().isEmpty())
        return bad(QStringLiteral("the message is empty"));
    if (raw.size() > MaxSize)
        return bad(QStringLiteral("the message is %1 bytes, more than the %2 a site takes")
                       .arg(raw.size())
                       .arg(MaxSize));
    Headers headers;
    QByteArray body;
    if (!splitEntity(raw, &headers, &body) || headers.isEmpty())
        return bad(QStringLiteral("not a MIME message: no header lines end before a body"));
    const auto one = [&headers](const QByteArray& name) -> Result<QString> {
        const QList<QByteArray> values = valuesOf(headers, name.toLower());
        if (values.isEmpty())
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("not a message between sites: it has no %1 header")
                             .arg(QString::fromLatin1(name)));
        if (values.size() > 1)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("not a message between sites: it has %1 %2 headers, one expected")
                             .arg(values.size())
                             .arg(QString::fromLatin1(name)));
        return QString::fromUtf8(values.first()).trimmed();
    };
    CrossingMessage c;
    auto kind = one("X-SiteAdmin-Kind");
    if (!kind)
        return kind.error();
    if (kind.value() != MailKind)
        return Error(ErrorCode::NotAllowed,
                     QStringLiteral("unknown kind \"%1\" of message between sites (a site takes \"%2\")")
                         .arg(kind.value().left(64), MailKind));
    c.kind = kind.value();
    auto signature = one("X-SiteAdmin-Signature");
    if (!signature)
        return signature.error();
    const QByteArray sig = parameter(signature->toLatin1(), "s");
    if (parameter(signature->toLatin1(), "a") != "hmac-sha256" || sig.isEmpty())
        return bad(QStringLiteral("the X-SiteAdmin-Signature header is not an hmac-sha256 signature"));
    auto mac = QByteArray::fromBase64Encoding(sig, QByteArray::AbortOnBase64DecodingErrors);
    if (!mac)
        return bad(QStringLiteral("the X-SiteAdmin-Signature header's signature is damaged"));
    c.signature = *mac;
    const QByteArray contentType = valuesOf(headers, "content-type").value(0);
    const QByteArray boundary = parameter(contentType, "boundary");
    if (mediaType(contentType) != "multipart/mixed" || boundary.isEmpty())
        return bad(QStringLiteral("not a message between sites: it is not multipart/mixed with a boundary"));
    auto parts = partsOf(body, boundary);
    if (!parts)
        return parts.error();
    if (parts->size() < 2 || parts->size() > 3 || parts->at(0).type != JsonType ||
        parts->at(1).type != TextType || (parts->size() == 3 && parts->at(2).type != AttachmentType))
        return bad(QStringLiteral("not a message between sites: its parts are not the message, its text and "
                                  "at most one attachment"));
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(parts->at(0).content, &jsonError);
    if (!doc.isObject())
        return bad(QStringLiteral("not a message between sites: its message part is not JSON (%1)")
                       .arg(jsonError.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("v")).toInt() != 1)
        return bad(QStringLiteral("not a message between sites: its message part is not version 1"));
    Message& m = c.message;
    m.id = o.value(QStringLiteral("id")).toString();
    m.from = o.value(QStringLiteral("from")).toString();
    m.to = o.value(QStringLiteral("to")).toString();
    m.subject = o.value(QStringLiteral("subject")).toString();
    m.submitted = QDateTime::fromString(o.value(QStringLiteral("submitted")).toString(), Qt::ISODateWithMs);
    m.hops = o.value(QStringLiteral("hops")).toInt(-1);
    m.report = o.value(QStringLiteral("report")).toBool();
    m.attachmentName = o.value(QStringLiteral("attachmentName")).toString();
    if (m.id.isEmpty() || m.from.isEmpty() || m.to.isEmpty() || !m.submitted.isValid() || m.hops < 0 ||
        m.hops > MaxHops)
        return bad(QStringLiteral("not a message between sites: its message part lacks an id, a sender, a "
                                  "recipient, a time or a hop count"));
    m.body = QString::fromUtf8(parts->at(1).content);
    if (parts->size() == 3)
        m.attachment = parts->at(2).content;
    for (auto [field, name] : {std::pair{&c.organization, QByteArrayLiteral("X-SiteAdmin-Organization")},
                               std::pair{&c.originSite, QByteArrayLiteral("X-SiteAdmin-Origin")},
                               std::pair{&c.targetSite, QByteArrayLiteral("X-SiteAdmin-Target")}}) {
        auto value = one(name);
        if (!value)
            return value.error();
        if (value->isEmpty() || value->contains(QLatin1String("=?")))
            return bad(QStringLiteral("not a message between sites: its %1 header is empty or encoded")
                           .arg(QString::fromLatin1(name)));
        *field = value.value();
    }
    return c;
}

} // namespace sa::core
