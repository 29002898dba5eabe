#include "JsonArrayStream.h"

#include <QJsonDocument>

namespace sa::app {

JsonArrayStream::JsonArrayStream(QTextStream& out) : m_out(out)
{
    m_out << "[\n";
}

JsonArrayStream::~JsonArrayStream()
{
    close();
}

void JsonArrayStream::append(const QJsonObject& object)
{
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    text.chop(1); // its own line end: the separator or the closing line comes after it
    text.replace("\n", "\n    ");
    m_out << (m_empty ? "    " : ",\n    ") << QString::fromUtf8(text);
    m_empty = false;
}

void JsonArrayStream::close()
{
    if (m_closed)
        return;
    m_closed = true;
    m_out << (m_empty ? "]\n" : "\n]\n");
    m_out.flush();
}

} // namespace sa::app
