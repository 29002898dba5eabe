#include "CsvStream.h"

#include "Windows1252.h"

#include <QIODevice>
#include <QString>

namespace sa::core {

namespace {
constexpr qint64 PieceSize = 64 * 1024;
}

CsvStream::CsvStream(QIODevice& device, Charset charset) : m_device(device), m_charset(charset)
{
    m_row.line = 1;
}

bool CsvStream::fill()
{
    if (m_eof || m_sourceBad)
        return false;
    QByteArray raw = m_device.read(PieceSize);
    m_at = 0;
    m_consumed += raw.size();
    if (raw.isEmpty()) {
        m_eof = true;
        m_buffer.clear();
        if (m_charset == Charset::Unicode && (!m_carry.isEmpty() || m_highSurrogate))
            m_sourceBad = Phrase::tr("the file is not UTF-16 text: it ends inside a character");
        return false;
    }
    if (!m_started) {
        m_started = true;
        takeByteOrderMark(raw);
        if (m_sourceBad) {
            m_buffer.clear(); // nothing of it is read
            return true;
        }
    }
    switch (m_charset) {
    case Charset::Ansi:
        m_buffer = fromAnsi(raw);
        break;
    case Charset::Unicode:
        m_buffer = fromUtf16(raw);
        break;
    case Charset::Detect:
    case Charset::Utf8:
        m_buffer = raw;
        break;
    }
    return true;
}

void CsvStream::takeByteOrderMark(QByteArray& raw)
{
    // What the mark says wins over "detect"; a choice it contradicts is said, not guessed past.
    const auto says = [&](Charset marked, int length) {
        raw.remove(0, length);
        if (m_charset == Charset::Detect)
            m_charset = marked;
        else if (m_charset != marked)
            m_sourceBad = Phrase::tr("the file is %1 (it starts with the byte-order mark of %1), not %2")
                              .arg(charsetName(marked), charsetName(m_charset));
    };
    if (raw.startsWith("\xEF\xBB\xBF"))
        says(Charset::Utf8, 3);
    else if (raw.startsWith("\xFF\xFE"))
        says(Charset::Unicode, 2);
    else if (raw.startsWith("\xFE\xFF"))
        m_sourceBad = Phrase::tr("the file is UTF-16 big-endian, which is not read: save it as Unicode "
                                 "(little-endian) or UTF-8");
    else if (m_charset == Charset::Detect)
        m_charset = Charset::Utf8;
}

QByteArray CsvStream::fromAnsi(const QByteArray& raw)
{
    QString text;
    text.reserve(raw.size());
    for (const char b : raw) {
        const auto byte = static_cast<unsigned char>(b);
        const QChar c = Windows1252::decode(byte);
        if (c.isNull() && byte != 0) {
            m_sourceBad = Phrase::tr("the file is not Windows-1252 text: the byte 0x%1 is no character in it")
                              .arg(QString::number(byte, 16).toUpper());
            break;
        }
        text += c;
    }
    return text.toUtf8();
}

QByteArray CsvStream::fromUtf16(const QByteArray& raw)
{
    const QByteArray bytes = m_carry + raw;
    const qsizetype whole = bytes.size() & ~qsizetype(1);
    m_carry = bytes.mid(whole);
    QString text;
    text.reserve(whole / 2);
    const auto lone = [this] {
        m_sourceBad = Phrase::tr("the file is not UTF-16 text: half of a surrogate pair stands alone");
    };
    for (qsizetype i = 0; i < whole; i += 2) {
        const auto unit = char16_t(static_cast<unsigned char>(bytes.at(i)) |
                                   (static_cast<unsigned char>(bytes.at(i + 1)) << 8));
        if (m_highSurrogate) {
            if (!QChar::isLowSurrogate(unit)) {
                lone();
                break;
            }
            text += QChar(m_highSurrogate);
            text += QChar(unit);
            m_highSurrogate = 0;
        } else if (QChar::isHighSurrogate(unit)) {
            m_highSurrogate = unit;
        } else if (QChar::isLowSurrogate(unit)) {
            lone();
            break;
        } else {
            text += QChar(unit);
        }
    }
    return text.toUtf8();
}

void CsvStream::fail(int line, int column, const Phrase& reason)
{
    m_problem = CsvProblem{line, column, reason};
}

bool CsvStream::checkUtf8(unsigned char c)
{
    const auto notUtf8 = [this](int line, int offset, int commas) {
        fail(line, commas + 1,
             Phrase::tr("the file is not UTF-8 text (byte %1 of the line)").arg(offset + 1));
        return false;
    };
    if (m_pending > 0) {
        if ((c & 0xC0) != 0x80)
            return notUtf8(m_leadLine, m_leadOffset, m_leadCommas);
        --m_pending;
        ++m_offset;
        return true;
    }
    if (c < 0x80) {
        if (c != '\n') {
            if (c == ',')
                ++m_commas;
            ++m_offset;
        }
        return true;
    }
    if ((c & 0xE0) == 0xC0 && c >= 0xC2)
        m_pending = 1;
    else if ((c & 0xF0) == 0xE0)
        m_pending = 2;
    else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
        m_pending = 3;
    else
        return notUtf8(m_line, m_offset, m_commas);
    m_leadLine = m_line;
    m_leadOffset = m_offset;
    m_leadCommas = m_commas;
    ++m_offset;
    return true;
}

void CsvStream::endField()
{
    m_row.fields << QString::fromUtf8(m_field);
    m_field.clear();
    m_wasQuoted = false;
}

bool CsvStream::endRow()
{
    endField();
    // A line with nothing on it is not a record.
    return !(m_row.fields.size() == 1 && m_row.fields.first().isEmpty());
}

std::optional<CsvRow> CsvStream::next()
{
    if (m_problem)
        return std::nullopt;
    const auto take = [this] {
        CsvRow row = std::move(m_row);
        m_row = CsvRow();
        return row;
    };
    // A byte outside quotes; 1 when it ends a record, -1 at a problem.
    const auto plain = [this](char c) -> int {
        if (c == ',') {
            endField();
            return 0;
        }
        if (c == '\n')
            return endRow() ? 1 : (m_row = CsvRow(), 0);
        if (c == '"') {
            if (!m_field.isEmpty() || m_wasQuoted) {
                fail(m_line, int(m_row.fields.size()) + 1,
                     Phrase::tr("a quote inside a field that does not start with one"));
                return -1;
            }
            m_quoted = true;
            m_quoteLine = m_line;
            return 0;
        }
        if (m_wasQuoted) {
            fail(m_line, int(m_row.fields.size()) + 1, Phrase::tr("text after the closing quote of a field"));
            return -1;
        }
        m_field += c;
        return 0;
    };
    for (;;) {
        while (m_at >= m_buffer.size()) {
            if (fill())
                continue;
            // Text that is not text in its character set, where the text before it ended.
            if (m_sourceBad) {
                fail(m_line, m_commas + 1, *m_sourceBad);
                return std::nullopt;
            }
            // The end of the file.
            if (m_pending > 0) {
                m_pending = 0;
                fail(m_leadLine, m_leadCommas + 1,
                     Phrase::tr("the file is not UTF-8 text (byte %1 of the line)").arg(m_leadOffset + 1));
                return std::nullopt;
            }
            if (m_quoteSeen) {
                m_quoteSeen = m_quoted = false;
                m_wasQuoted = true;
            }
            if (m_crSeen) {
                m_crSeen = false;
                if (plain('\r') < 0)
                    return std::nullopt;
            }
            if (m_quoted) {
                fail(m_quoteLine, int(m_row.fields.size()) + 1, Phrase::tr("a quoted field is not closed"));
                return std::nullopt;
            }
            if (!m_field.isEmpty() || m_wasQuoted || !m_row.fields.isEmpty()) {
                if (endRow())
                    return take();
                m_row = CsvRow();
            }
            return std::nullopt;
        }
        const char c = m_buffer.at(m_at++);
        if (!checkUtf8(static_cast<unsigned char>(c)))
            return std::nullopt;
        int result = 0;
        if (m_quoted && m_quoteSeen) {
            m_quoteSeen = false;
            if (c == '"') {
                m_field += c; // a doubled quote
            } else {
                m_quoted = false;
                m_wasQuoted = true;
                result = c == '\r' ? (m_crSeen = true, 0) : plain(c);
            }
        } else if (m_quoted) {
            if (c == '"')
                m_quoteSeen = true;
            else
                m_field += c;
        } else {
            if (m_crSeen) {
                m_crSeen = false;
                if (c != '\n' && plain('\r') < 0) // a CR alone is text; before an LF it goes
                    return std::nullopt;
            }
            result = c == '\r' ? (m_crSeen = true, 0) : plain(c);
        }
        if (result < 0)
            return std::nullopt;
        if (c == '\n') {
            ++m_line;
            m_offset = 0;
            m_commas = 0;
        }
        if (result > 0) {
            CsvRow row = take();
            m_row.line = m_line;
            return row;
        }
        if (c == '\n' && !m_quoted)
            m_row.line = m_line; // an empty line ended: the next record starts on the next one
    }
}

} // namespace sa::core
