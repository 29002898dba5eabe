#include "CsvReader.h"

#include "CsvStream.h"

#include <QBuffer>

namespace sa::core {

CsvReader::Result CsvReader::parse(const QByteArray& bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvStream stream(buffer);
    Result result;
    while (auto row = stream.next())
        result.rows << *row;
    result.problem = stream.problem();
    return result;
}

} // namespace sa::core
