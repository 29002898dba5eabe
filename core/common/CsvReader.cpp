#include "CsvReader.h"

namespace sa::core {

namespace {

/// The position of the first byte that is not UTF-8, as line and byte offset; nothing if all is.
std::optional<std::pair<int, int>> firstInvalidUtf8(const QByteArray& bytes)
{
    int line = 1;
    int lineStart = 0;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const int n = int(bytes.size());
    for (int i = 0; i < n;) {
        const unsigned char c = p[i];
        int extra = 0;
        if (c < 0x80) {
            if (c == '\n') {
                ++line;
                lineStart = i + 1;
            }
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0 && c >= 0xC2)
            extra = 1;
        else if ((c & 0xF0) == 0xE0)
            extra = 2;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
            extra = 3;
        else
            return std::pair{line, i - lineStart};
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return std::pair{line, i - lineStart};
        }
        i += extra + 1;
    }
    return std::nullopt;
}

} // namespace

CsvReader::Result CsvReader::parse(const QByteArray& input)
{
    Result result;
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (auto bad = firstInvalidUtf8(bytes)) {
        // The column is the field the byte falls in (commas before it on its line).
        const QByteArray lineText = bytes.split('\n').value(bad->first - 1);
        result.problem = CsvProblem{
            bad->first, int(lineText.left(bad->second).count(',')) + 1,
            QStringLiteral("the file is not UTF-8 text (byte %1 of the line)").arg(bad->second + 1)};
        return result;
    }
    const QString text = QString::fromUtf8(bytes);
    int line = 1;
    CsvRow row;
    row.line = 1;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and is closed
    int quoteLine = 0;
    auto endField = [&] {
        row.fields << field;
        field.clear();
        wasQuoted = false;
    };
    auto endRow = [&] {
        endField();
        // A line with nothing on it is not a record.
        if (!(row.fields.size() == 1 && row.fields.first().isEmpty()))
            result.rows << row;
        row = CsvRow();
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            continue; // CRLF: the LF ends the record
        } else if (c == QLatin1Char('\n')) {
            endRow();
            ++line;
            row.line = line;
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted) {
                result.problem =
                    CsvProblem{line, int(row.fields.size()) + 1,
                               QStringLiteral("a quote inside a field that does not start with one")};
                return result;
            }
            quoted = true;
            quoteLine = line;
        } else {
            if (wasQuoted) {
                result.problem = CsvProblem{line, int(row.fields.size()) + 1,
                                            QStringLiteral("text after the closing quote of a field")};
                return result;
            }
            field += c;
        }
    }
    if (quoted) {
        result.problem =
            CsvProblem{quoteLine, int(row.fields.size()) + 1, QStringLiteral("a quoted field is not closed")};
        return result;
    }
    if (!field.isEmpty() || wasQuoted || !row.fields.isEmpty())
        endRow();
    return result;
}

} // namespace sa::core
