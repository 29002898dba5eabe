#include "InternetMessage.h"

#include "Mime.h"
#include "core/common/Clock.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUuid>

namespace sa::core {

namespace {

bool isPlainAscii(const QByteArray& text)
{
    qsizetype lineLength = 0;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u == '\n') {
            lineLength = 0;
            continue;
        }
        if (u >= 128 || (u < 32 && u != '\t' && u != '\r') || ++lineLength > 998)
            return false;
    }
    return true;
}

QByteArray textPart(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    if (isPlainAscii(bytes)) {
        bytes.replace("\r\n", "\n").replace("\n", "\r\n");
        return "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n" + bytes +
               "\r\n";
    }
    return "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
           Mime::quotedPrintable(bytes) + "\r\n";
}

QByteArray mailbox(const QString& name, const QString& address)
{
    if (name.isEmpty())
        return address.toLatin1();
    static const QRegularExpression atom(QStringLiteral("^[A-Za-z0-9 !#$%&'*+/=?^_`{|}~.-]*$"));
    QByteArray shown = Mime::headerText(name);
    if (atom.match(name).hasMatch() && shown == name.toLatin1())
        shown = "\"" + shown + "\""; // quoted: a dot or space is fine there
    return shown + " <" + address.toLatin1() + ">";
}

/// What a message's body yields: its text, its attachment, and what else it held.
struct Contents
{
    QString text;
    bool hasText = false;
    QString html; ///< the first text/html, for a message with no text/plain
    QByteArray attachment;
    QString attachmentName;
    bool hasAttachment = false;
    QStringList notCarried; ///< names of further attachments
};

QString fileNameOf(const Mime::Headers& headers)
{
    QByteArray name = Mime::parameter(Mime::valuesOf(headers, "content-disposition").value(0), "filename");
    if (name.isEmpty())
        name = Mime::parameter(Mime::valuesOf(headers, "content-type").value(0), "name");
    return Mime::decodeHeaderText(name);
}

Status collect(const Mime::Headers& headers, const QByteArray& content, int depth, Contents* out)
{
    const QByteArray contentType = Mime::valuesOf(headers, "content-type").value(0);
    const QByteArray type = contentType.isEmpty() ? QByteArray("text/plain") : Mime::mediaType(contentType);
    if (type.startsWith("multipart/")) {
        const QByteArray boundary = Mime::parameter(contentType, "boundary");
        if (boundary.isEmpty())
            return Error(ErrorCode::InvalidArgument,
                         Phrase::tr("not a readable Internet message: a multipart part has no boundary"));
        if (depth > 8)
            return Error(ErrorCode::InvalidArgument,
                         Phrase::tr("not a readable Internet message: its parts nest too deep"));
        bool closed = false;
        for (const Mime::Part& p : Mime::partsOf(content, boundary, &closed)) {
            if (Status s = collect(p.headers, p.content, depth + 1, out); !s)
                return s;
        }
        return {}; // an unclosed multipart is read as far as it goes, as mail readers do
    }
    bool ok = false;
    const QByteArray encoding = Mime::valuesOf(headers, "content-transfer-encoding").value(0);
    const QByteArray bytes = Mime::decodeContent(content, encoding, &ok);
    if (!ok)
        return Error(ErrorCode::InvalidArgument,
                     Phrase::tr("not a readable Internet message: a part's transfer encoding \"%1\" is "
                                "unknown or damaged")
                         .arg(QString::fromLatin1(encoding.left(40))));
    const bool attached =
        Mime::mediaType(Mime::valuesOf(headers, "content-disposition").value(0)) == "attachment";
    const QByteArray charset = Mime::parameter(contentType, "charset");
    if (type == "text/plain" && !attached && !out->hasText) {
        out->text = Mime::textIn(bytes, charset);
        out->hasText = true;
        return {};
    }
    if (type == "text/html" && !attached && out->html.isEmpty() && !out->hasText) {
        out->html = Mime::textIn(bytes, charset);
        return {};
    }
    if ((type == "text/plain" || type == "text/html") && !attached)
        return {}; // the other form of a text already taken (multipart/alternative)
    QString name = fileNameOf(headers);
    if (name.isEmpty())
        name = QStringLiteral("attachment");
    if (!out->hasAttachment) {
        out->attachment = bytes;
        out->attachmentName = name;
        out->hasAttachment = true;
    } else {
        out->notCarried << name;
    }
    return {};
}

} // namespace

QByteArray InternetMessage::encode(const Message& m, const QString& fromName, const QString& from,
                                   const QString& to)
{
    QByteArray out;
    const auto header = [&out](const QByteArray& name, const QByteArray& value) {
        out += name + ": " + value + "\r\n";
    };
    header("From", mailbox(fromName, from));
    header("To", to.toLatin1());
    header("Subject", Mime::headerText(m.subject));
    header("Date", Mime::dateHeader(m.submitted.isValid() ? m.submitted : Clock::nowUtc()));
    header("Message-ID", Mime::messageIdHeader(m.id));
    header("X-SiteAdmin-Id", Mime::headerText(m.id));
    header("MIME-Version", "1.0");
    if (m.attachment.isEmpty() && m.attachmentName.isEmpty()) {
        out += textPart(m.body);
        return out;
    }
    const QByteArray boundary = "=_siteadmin_" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    header("Content-Type", "multipart/mixed;\r\n boundary=\"" + boundary + "\"");
    out += "\r\nThis is a multi-part message in MIME format.\r\n";
    out += "\r\n--" + boundary + "\r\n" + textPart(m.body);
    QString name = m.attachmentName.isEmpty() ? QStringLiteral("attachment") : m.attachmentName;
    name.replace(QLatin1Char('"'), QLatin1Char('_'));
    out += "\r\n--" + boundary + "\r\n";
    out += "Content-Type: application/octet-stream\r\n";
    out += "Content-Disposition: attachment; filename=\"" + Mime::headerText(name) + "\"\r\n";
    out += "Content-Transfer-Encoding: base64\r\n\r\n";
    out += Mime::base64Lines(m.attachment);
    out += "\r\n--" + boundary + "--\r\n";
    return out;
}

Result<Message> InternetMessage::decode(const QByteArray& raw, const QString& recipient)
{
    const auto bad = [](const Phrase& why) {
        return Error(ErrorCode::InvalidArgument, why);
    };
    auto top = Mime::readMessage(raw, MaxSize);
    if (!top)
        return top.error();
    const Mime::Headers& headers = top->headers;
    QByteArray body = top->body;
    QString from = Mime::addressIn(Mime::valuesOf(headers, "from").value(0));
    if (from.isEmpty())
        from = Mime::addressIn(Mime::valuesOf(headers, "return-path").value(0));
    static const QRegularExpression address(QStringLiteral("^[^\\s@<>()\",;:]+@[A-Za-z0-9.-]+$"));
    if (!address.match(from).hasMatch())
        return bad(Phrase::tr("the Internet message names no sender it can be answered at (From: \"%1\")")
                       .arg(QString::fromUtf8(Mime::valuesOf(headers, "from").value(0).left(80))));
    if (recipient.isEmpty())
        return bad(Phrase::tr("Internet mail is taken only for the envelope recipient the MTA names "
                              "(deliver --recipient ADDRESS)"));
    if (!address.match(recipient).hasMatch())
        return bad(Phrase::tr("\"%1\" is not an Internet address").arg(recipient.left(80)));
    // The line end that closes a single-part body is the message's end, as the one before a
    // boundary is the boundary's (encode() always writes it).
    if (!Mime::mediaType(Mime::valuesOf(headers, "content-type").value(0)).startsWith("multipart/")) {
        if (body.endsWith("\r\n"))
            body.chop(2);
        else if (body.endsWith('\n'))
            body.chop(1);
    }
    Contents contents;
    if (Status s = collect(headers, body, 0, &contents); !s)
        return s.error();
    Message m;
    QString messageId = Mime::addressIn(Mime::valuesOf(headers, "message-id").value(0));
    if (messageId.isEmpty())
        messageId = QString::fromLatin1(Mime::valuesOf(headers, "message-id").value(0).trimmed());
    if (messageId.isEmpty()) // the same bytes delivered again are the same message
        messageId = QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex()) +
                    QStringLiteral("@digest");
    m.id = QStringLiteral("smtp:%1/%2").arg(messageId.left(200), recipient.toLower());
    m.from = QStringLiteral("SMTP:") + from;
    m.to = QStringLiteral("SMTP:") + recipient;
    m.subject = Mime::decodeHeaderText(Mime::valuesOf(headers, "subject").value(0));
    m.submitted =
        QDateTime::fromString(QString::fromLatin1(Mime::valuesOf(headers, "date").value(0)), Qt::RFC2822Date)
            .toUTC();
    if (!m.submitted.isValid())
        m.submitted = Clock::nowUtc();
    m.body = contents.hasText ? contents.text : contents.html;
    m.body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (!contents.notCarried.isEmpty())
        m.body += QStringLiteral("\n\n[Attachments not carried (one per message): %1]")
                      .arg(contents.notCarried.join(QStringLiteral(", ")));
    if (contents.hasAttachment) {
        m.attachment = contents.attachment;
        m.attachmentName = contents.attachmentName;
    }
    return m;
}

} // namespace sa::core
