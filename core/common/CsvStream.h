#pragma once

#include "Charset.h"
#include "CsvReader.h"

#include <QByteArray>
#include <optional>

class QIODevice;

namespace sa::core {

/// CsvReader's rules, read a record at a time from a device: a file of any size is read in 64 KiB
/// pieces and holds only the record being read (Directory Import streams its file; issue 18). The
/// bytes are checked as UTF-8 as they come; the first problem (its line and column, as CsvReader
/// says them) ends the reading. A file in Windows-1252 or UTF-16 (Charset) is read as UTF-8 as it
/// comes, a piece at a time; a byte that is not text in its character set is a problem at its line
/// and column like any other.
class CsvStream
{
public:
    explicit CsvStream(QIODevice& device, Charset charset = Charset::Detect);

    /// The next record, or nothing at the end of the file or at the first problem (problem() says).
    std::optional<CsvRow> next();
    const std::optional<CsvProblem>& problem() const { return m_problem; }
    /// Bytes of the file read so far (for progress against its size).
    qint64 position() const { return m_consumed; }

private:
    bool fill();
    /// The byte-order mark at the start of `raw` taken off, and the character set it says (or an
    /// explicit choice it contradicts: m_sourceBad).
    void takeByteOrderMark(QByteArray& raw);
    /// `raw` in Windows-1252 / UTF-16 LE as UTF-8, up to the first byte that is not text in it
    /// (m_sourceBad says why).
    QByteArray fromAnsi(const QByteArray& raw);
    QByteArray fromUtf16(const QByteArray& raw);
    bool checkUtf8(unsigned char c);
    void endField();
    bool endRow(); ///< true when the row is a record (not an empty line)
    void fail(int line, int column, const Phrase& reason);

    QIODevice& m_device;
    Charset m_charset;
    QByteArray m_carry;                // UTF-16: the odd byte at the end of a piece
    char16_t m_highSurrogate = 0;      // UTF-16: the first half of a pair, at the end of a piece
    std::optional<Phrase> m_sourceBad; // the text before it is read first, then it is the problem
    QByteArray m_buffer;
    int m_at = 0;
    qint64 m_consumed = 0;
    bool m_started = false; // the byte-order mark has been looked for
    bool m_eof = false;

    // UTF-8: how many continuation bytes the current sequence still needs, and where it began.
    int m_pending = 0;
    int m_leadLine = 0;
    int m_leadOffset = 0;
    int m_leadCommas = 0;
    // The raw line: its number, the offset of the byte in it, the commas before it.
    int m_line = 1;
    int m_offset = 0;
    int m_commas = 0;

    // The record.
    CsvRow m_row;
    QByteArray m_field;
    bool m_quoted = false;
    bool m_wasQuoted = false;
    bool m_quoteSeen = false; // a quote inside a quoted field: doubled or closing, the next byte says
    bool m_crSeen = false;    // a CR outside quotes: dropped before an LF, kept otherwise
    int m_quoteLine = 0;
    std::optional<CsvProblem> m_problem;
};

} // namespace sa::core
