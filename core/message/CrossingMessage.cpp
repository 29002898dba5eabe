#include "CrossingMessage.h"

#include "Mime.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
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

using Mime::base64Lines;
using Mime::headerText;
using Mime::mediaType;
using Mime::parameter;
using Mime::valuesOf;
using Headers = Mime::Headers;

struct Part
{
    QByteArray type;
    QByteArray content;
};

/// The parts of a crossing message: each with headers and base64, as encode() writes them.
Result<QList<Part>> partsOf(const QByteArray& body, const QByteArray& boundary)
{
    const auto bad = [](const Phrase& why) {
        return Error(ErrorCode::InvalidArgument, Phrase::tr("not a message between sites: %1").arg(why));
    };
    bool closed = false;
    const QList<Mime::Part> mimeParts = Mime::partsOf(body, boundary, &closed);
    if (!closed)
        return bad(Phrase::tr("its multipart body has no closing boundary"));
    QList<Part> parts;
    for (const Mime::Part& p : mimeParts) {
        if (p.headers.isEmpty())
            return bad(Phrase::tr("a part has no header"));
        const QList<QByteArray> encodings = valuesOf(p.headers, "content-transfer-encoding");
        if (encodings.size() != 1 || encodings.first().trimmed().toLower() != "base64")
            return bad(Phrase::tr("a part is not base64"));
        bool ok = false;
        const QByteArray decoded = Mime::decodeContent(p.content, "base64", &ok);
        if (!ok)
            return bad(Phrase::tr("a part's base64 is damaged"));
        parts.append({mediaType(valuesOf(p.headers, "content-type").value(0)), decoded});
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
        header("Date", Mime::dateHeader(at));
    header("Message-ID", Mime::messageIdHeader(message.id));
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

bool CrossingMessage::isOne(const QByteArray& raw)
{
    Headers headers;
    QByteArray body;
    return Mime::splitEntity(raw.left(64 * 1024), &headers, &body) &&
           !valuesOf(headers, "x-siteadmin-kind").isEmpty();
}

Result<CrossingMessage> CrossingMessage::decode(const QByteArray& raw)
{
    const auto bad = [](const Phrase& why) {
        return Error(ErrorCode::InvalidArgument, why);
    };
    auto top = Mime::readMessage(raw, MaxSize);
    if (!top)
        return top.error();
    const Headers& headers = top->headers;
    const QByteArray& body = top->body;
    const auto one = [&headers](const QByteArray& name) -> Result<QString> {
        const QList<QByteArray> values = valuesOf(headers, name.toLower());
        if (values.isEmpty())
            return Error(ErrorCode::InvalidArgument,
                         Phrase::tr("not a message between sites: it has no %1 header")
                             .arg(QString::fromLatin1(name)));
        if (values.size() > 1)
            return Error(ErrorCode::InvalidArgument,
                         Phrase::tr("not a message between sites: it has %1 %2 headers, one expected")
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
                     Phrase::tr("unknown kind \"%1\" of message between sites (a site takes \"%2\")")
                         .arg(kind.value().left(64), MailKind));
    c.kind = kind.value();
    auto signature = one("X-SiteAdmin-Signature");
    if (!signature)
        return signature.error();
    const QByteArray sig = parameter(signature->toLatin1(), "s");
    if (parameter(signature->toLatin1(), "a") != "hmac-sha256" || sig.isEmpty())
        return bad(Phrase::tr("the X-SiteAdmin-Signature header is not an hmac-sha256 signature"));
    auto mac = QByteArray::fromBase64Encoding(sig, QByteArray::AbortOnBase64DecodingErrors);
    if (!mac)
        return bad(Phrase::tr("the X-SiteAdmin-Signature header's signature is damaged"));
    c.signature = *mac;
    const QByteArray contentType = valuesOf(headers, "content-type").value(0);
    const QByteArray boundary = parameter(contentType, "boundary");
    if (mediaType(contentType) != "multipart/mixed" || boundary.isEmpty())
        return bad(Phrase::tr("not a message between sites: it is not multipart/mixed with a boundary"));
    auto parts = partsOf(body, boundary);
    if (!parts)
        return parts.error();
    if (parts->size() < 2 || parts->size() > 3 || parts->at(0).type != JsonType ||
        parts->at(1).type != TextType || (parts->size() == 3 && parts->at(2).type != AttachmentType))
        return bad(Phrase::tr("not a message between sites: its parts are not the message, its text and "
                              "at most one attachment"));
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(parts->at(0).content, &jsonError);
    if (!doc.isObject())
        return bad(Phrase::tr("not a message between sites: its message part is not JSON (%1)")
                       .arg(jsonError.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("v")).toInt() != 1)
        return bad(Phrase::tr("not a message between sites: its message part is not version 1"));
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
        return bad(Phrase::tr("not a message between sites: its message part lacks an id, a sender, a "
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
            return bad(Phrase::tr("not a message between sites: its %1 header is empty or encoded")
                           .arg(QString::fromLatin1(name)));
        *field = value.value();
    }
    return c;
}

} // namespace sa::core
