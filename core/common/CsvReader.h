#pragma once

#include "Phrase.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sa::core {

/// One record of a CSV file and the line it starts on (1-based).
struct CsvRow
{
    int line = 0;
    QStringList fields;
};

/// Where a file stops being readable: line and column (the field's number, 1-based), and why.
struct CsvProblem
{
    int line = 0;
    int column = 0;
    Phrase reason; ///< English for the command line, translated where the window lists it
};

/// A strict RFC 4180 reader for UTF-8 files: quoted fields may hold commas, quotes (doubled) and
/// line breaks; CRLF and LF both end records; a UTF-8 byte-order mark is skipped. Invalid UTF-8, a
/// quote inside an unquoted field, text after a closing quote and an unclosed quote are problems
/// with their line and column; reading stops at the first. parse() holds the whole file; CsvStream
/// reads the same records one at a time from a device.
class CsvReader
{
public:
    struct Result
    {
        QList<CsvRow> rows;
        std::optional<CsvProblem> problem;
    };
    static Result parse(const QByteArray& bytes);
};

} // namespace sa::core
