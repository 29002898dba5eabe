#pragma once

#include <QJsonObject>
#include <QTextStream>

namespace sa::app {

/// A JSON array written element by element, as QJsonDocument's indented form writes a whole one, so
/// that a command listing a million objects holds one at a time (--json of list and find).
class JsonArrayStream
{
public:
    explicit JsonArrayStream(QTextStream& out);
    ~JsonArrayStream();
    JsonArrayStream(const JsonArrayStream&) = delete;
    JsonArrayStream& operator=(const JsonArrayStream&) = delete;

    void append(const QJsonObject& object);
    /// The closing bracket (also written when it goes out of scope).
    void close();

private:
    QTextStream& m_out;
    bool m_empty = true;
    bool m_closed = false;
};

} // namespace sa::app
