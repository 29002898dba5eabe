#include "BounceReport.h"

#include <QList>

namespace sa::core {

namespace {

/// Every header line of `raw` (of every part, since only a few names are looked for), unfolded.
QList<QByteArray> unfoldedLines(const QByteArray& raw)
{
    QList<QByteArray> out;
    for (QByteArray line : raw.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!out.isEmpty() && !line.isEmpty() && (line.at(0) == ' ' || line.at(0) == '\t') &&
            !out.last().isEmpty())
            out.last() += ' ' + line.trimmed();
        else
            out << line;
    }
    return out;
}

/// The value of the first line named `name` (case aside), trimmed; empty when none.
QString field(const QList<QByteArray>& lines, const QByteArray& name)
{
    const QByteArray prefix = name.toLower() + ':';
    for (const QByteArray& line : lines) {
        if (line.toLower().startsWith(prefix))
            return QString::fromUtf8(line.mid(prefix.size()).trimmed());
    }
    return {};
}

/// The top-level header block (up to the first empty line).
QByteArray topHeaders(const QByteArray& raw)
{
    int end = raw.indexOf("\r\n\r\n");
    const int lf = raw.indexOf("\n\n");
    if (end < 0 || (lf >= 0 && lf < end))
        end = lf;
    return end < 0 ? raw : raw.left(end);
}

} // namespace

bool BounceReport::isOne(const QByteArray& raw)
{
    const QString type = field(unfoldedLines(topHeaders(raw)), "Content-Type").toLower();
    return type.startsWith(QStringLiteral("multipart/report")) &&
           type.contains(QStringLiteral("delivery-status"));
}

Result<BounceReport> BounceReport::parse(const QByteArray& raw)
{
    if (!isOne(raw))
        return Error(ErrorCode::InvalidArgument, Phrase::tr("not a delivery status report"));
    const QList<QByteArray> lines = unfoldedLines(raw);
    BounceReport r;
    r.action = field(lines, "Action").toLower();
    if (r.action.isEmpty())
        return Error(ErrorCode::InvalidArgument, Phrase::tr("a delivery status report without an Action"));
    r.status = field(lines, "Status");
    r.diagnostic = field(lines, "Diagnostic-Code");
    if (const int semicolon = r.diagnostic.indexOf(QLatin1Char(';')); semicolon >= 0)
        r.diagnostic = r.diagnostic.mid(semicolon + 1).trimmed(); // "smtp; 550 ..." / "X-Postfix; ..."
    r.messageId = field(lines, "X-SiteAdmin-Id");
    return r;
}

} // namespace sa::core
