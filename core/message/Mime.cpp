#include "Mime.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

namespace sa::core::Mime {

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

Result<Entity> readMessage(const QByteArray& raw, qint64 maxSize)
{
    if (raw.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, Phrase::tr("the message is empty"));
    if (raw.size() > maxSize)
        return Error(ErrorCode::InvalidArgument,
                     Phrase::tr("the message is %1 bytes, more than the %2 a site takes")
                         .arg(raw.size())
                         .arg(maxSize));
    Entity e;
    if (!splitEntity(raw, &e.headers, &e.body) || e.headers.isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     Phrase::tr("not a MIME message: no header lines end before a body"));
    return e;
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

QList<Part> partsOf(const QByteArray& body, const QByteArray& boundary, bool* closed)
{
    QByteArray text = body;
    text.replace("\r\n", "\n");
    const QByteArray delimiter = "--" + boundary;
    QList<QByteArray> chunks;
    QByteArray current;
    bool inPart = false;
    *closed = false;
    for (const QByteArray& line : text.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed == delimiter + "--") {
            if (inPart)
                chunks << current;
            *closed = true;
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
    QList<Part> parts;
    for (const QByteArray& chunk : chunks) {
        Part p;
        if (!splitEntity(chunk, &p.headers, &p.content)) {
            p.headers.clear();
            p.content = chunk; // a part without headers is text/plain (RFC 2046 5.1)
        }
        if (p.content.endsWith('\n')) // the line end before the next delimiter belongs to it
            p.content.chop(1);
        parts << p;
    }
    return parts;
}

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

QString decodeHeaderText(const QByteArray& value)
{
    static const QRegularExpression word(QStringLiteral("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?="));
    const QString in = QString::fromLatin1(value);
    QString out;
    qsizetype last = 0;
    bool previousWasWord = false;
    for (auto it = word.globalMatch(in); it.hasNext();) {
        const auto m = it.next();
        const QString between = in.mid(last, m.capturedStart() - last);
        // White space between two encoded words is not part of the text (RFC 2047 6.2).
        if (!(previousWasWord && between.trimmed().isEmpty()))
            out += QString::fromUtf8(between.toLatin1());
        QByteArray bytes = m.captured(3).toLatin1();
        if (m.captured(2).compare(QLatin1String("B"), Qt::CaseInsensitive) == 0) {
            bytes = QByteArray::fromBase64(bytes);
        } else {
            bytes.replace('_', ' ');
            bool ok = true;
            bytes = decodeContent(bytes, "quoted-printable", &ok);
        }
        QByteArray charset = m.captured(1).toLatin1();
        if (const qsizetype star = charset.indexOf('*'); star >= 0) // RFC 2231 language
            charset.truncate(star);
        out += textIn(bytes, charset);
        last = m.capturedEnd();
        previousWasWord = true;
    }
    out += QString::fromUtf8(in.mid(last).toLatin1());
    return out;
}

QString addressIn(const QByteArray& value)
{
    const QString v = decodeHeaderText(value);
    const qsizetype open = v.lastIndexOf(QLatin1Char('<'));
    const qsizetype close = v.lastIndexOf(QLatin1Char('>'));
    if (open >= 0 && close > open)
        return v.mid(open + 1, close - open - 1).trimmed();
    static const QRegularExpression comment(QStringLiteral("\\([^)]*\\)"));
    QString bare = v;
    bare.remove(comment);
    bare = bare.section(QLatin1Char(','), 0, 0).trimmed();
    return bare.contains(QLatin1Char('@')) ? bare : QString();
}

QString displayNameIn(const QByteArray& value)
{
    const QString v = decodeHeaderText(value);
    const qsizetype open = v.lastIndexOf(QLatin1Char('<'));
    if (open > 0) {
        QString name = v.left(open).trimmed();
        if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
            name = name.mid(1, name.size() - 2);
        return name.trimmed();
    }
    static const QRegularExpression comment(QStringLiteral("\\(([^)]*)\\)"));
    const auto m = comment.match(v);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

QByteArray messageIdHeader(const QString& id)
{
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+$"));
    if (form.match(id).hasMatch())
        return "<" + id.toLatin1() + ">";
    return "<crossing." + QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256).toHex().left(32) +
           "@siteadmin>";
}

QByteArray dateHeader(const QDateTime& at)
{
    return QLocale::c().toString(at.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss +0000")).toLatin1();
}

QByteArray base64Lines(const QByteArray& bytes)
{
    const QByteArray b64 = bytes.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

QByteArray quotedPrintable(const QByteArray& bytes)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray text = bytes;
    text.replace("\r\n", "\n");
    QByteArray out;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QByteArray& line = lines.at(n);
        QByteArray current;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto c = static_cast<unsigned char>(line.at(i));
            const bool last = i + 1 == line.size();
            QByteArray piece;
            // Printable ASCII but '=', and a space or tab only where it does not end the line.
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                piece = QByteArray(1, char(c));
            else
                piece = QByteArray("=") + hex[c >> 4] + hex[c & 15];
            if (current.size() + piece.size() > 75) { // a soft line break keeps lines within 76
                out += current + "=\r\n";
                current.clear();
            }
            current += piece;
        }
        out += current;
        if (n + 1 < lines.size())
            out += "\r\n";
    }
    return out;
}

QByteArray decodeContent(const QByteArray& content, const QByteArray& transferEncoding, bool* ok)
{
    *ok = true;
    const QByteArray encoding = transferEncoding.trimmed().toLower();
    if (encoding.isEmpty() || encoding == "7bit" || encoding == "8bit" || encoding == "binary")
        return content;
    if (encoding == "base64") {
        QByteArray compact = content;
        compact.replace("\n", "").replace("\r", "").replace(" ", "").replace("\t", "");
        auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            *ok = false;
            return {};
        }
        return *decoded;
    }
    if (encoding == "quoted-printable") {
        QByteArray out;
        out.reserve(content.size());
        for (qsizetype i = 0; i < content.size(); ++i) {
            const char c = content.at(i);
            if (c != '=') {
                out += c;
                continue;
            }
            if (i + 1 < content.size() && content.at(i + 1) == '\n') { // soft line break
                i += 1;
                continue;
            }
            if (i + 2 < content.size() && content.at(i + 1) == '\r' && content.at(i + 2) == '\n') {
                i += 2;
                continue;
            }
            bool hexOk = false;
            const int value = content.mid(i + 1, 2).toInt(&hexOk, 16);
            if (hexOk && i + 2 < content.size()) {
                out += char(value);
                i += 2;
            } else {
                out += c; // a lone '=' is kept, as readers do (RFC 2045 6.7 note 1)
            }
        }
        return out;
    }
    *ok = false;
    return {};
}

QString textIn(const QByteArray& bytes, const QByteArray& charset)
{
    const QByteArray name = charset.trimmed().toLower();
    if (name.isEmpty() || name == "us-ascii" || name == "utf-8" || name == "utf8")
        return QString::fromUtf8(bytes);
    QStringDecoder decoder(name.constData());
    if (!decoder.isValid())
        return QString::fromLatin1(bytes);
    return decoder.decode(bytes);
}

} // namespace sa::core::Mime
