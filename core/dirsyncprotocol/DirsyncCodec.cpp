#include "DirsyncCodec.h"

#include "core/common/TextRule.h"

#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace sa::core {

bool DirsyncTransaction::operator==(const DirsyncTransaction& o) const
{
    return seq == o.seq && code == o.code && fullName == o.fullName && address == o.address &&
           newFullName == o.newFullName && newAddress == o.newAddress && fields == o.fields &&
           templateLines == o.templateLines;
}

bool DirsyncHeader::operator==(const DirsyncHeader& o) const
{
    return task == o.task && reqName == o.reqName && password == o.password && reqSeq == o.reqSeq &&
           srvSeq == o.srvSeq && impSeq == o.impSeq && types == o.types && templates == o.templates &&
           inAttachment == o.inAttachment;
}

namespace {

const QString HeaderTag = QStringLiteral("[DIRSYNC]");
const QString TransactionsTag = QStringLiteral("[DIRSYNC-TRANSACTIONS]");
constexpr int AddressColumn = 33; // 0-based: column 34

Error bad(const QString& part, int line, const QString& what)
{
    return Error(ErrorCode::InvalidArgument, Phrase::tr("%1 line %2: %3").arg(part).arg(line).arg(what));
}

QString seqText(qint64 seq)
{
    return QStringLiteral("%1").arg(seq, 10, 10, QLatin1Char('0'));
}

/// TYPE:value with a type of letters and digits.
/// ^[A-Za-z][A-Za-z0-9]*:\S, written out: every entry of every reply passes here, and the regular
/// expression was a seventh of reading a full reply (issue 18).
bool isAddress(QStringView s)
{
    const auto letter = [](QChar c) {
        return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
               (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
    };
    const auto digit = [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    };
    if (s.isEmpty() || !letter(s.front()))
        return false;
    qsizetype i = 1;
    while (i < s.size() && (letter(s.at(i)) || digit(s.at(i))))
        ++i;
    if (i + 1 >= s.size() || s.at(i) != QLatin1Char(':'))
        return false;
    const char16_t next = s.at(i + 1).unicode(); // \S without Unicode properties: ASCII white space
    return next != u' ' && next != u'\t' && next != u'\n' && next != u'\v' && next != u'\f' && next != u'\r';
}

/// What an R or T names: TYPE:NETWORK/POSTOFFICE, or TYPE: alone for a whole type (a gateway's
/// list, reference §3; the server's import reply replaces every list of its type with R MS:).
bool isListAddress(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9]*:\\S*$"));
    return re.match(s).hasMatch();
}

/// Tabs, line breaks and other control characters have no place inside a name or an address (a
/// tab separates the two).
bool hasControl(const QString& s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

/// "Full Name<padding>TYPE:address" -> {name, address}. The address starts after a tab, or in
/// column 34 (MS Mail's fixed columns), or else (foreign systems wrote single spaces, Q106623) at
/// the first TYPE: after a space.
Result<std::pair<QString, QString>> nameAndAddress(const QString& rest, const QString& part, int line)
{
    // `rest` starts at column 3 of the line's body (after the code and its space).
    constexpr int NameWidth = AddressColumn - 2;
    QString name;
    QString address;
    static const QRegularExpression loose(QStringLiteral("^(.*?)\\s+([A-Za-z][A-Za-z0-9]*:\\S.*)$"));
    if (const int tab = int(rest.indexOf(QLatin1Char('\t'))); tab >= 0) {
        name = rest.left(tab).trimmed();
        address = rest.mid(tab + 1).trimmed();
    } else if (rest.size() > NameWidth && rest.at(NameWidth - 1) == QLatin1Char(' ') &&
               isAddress(QStringView(rest).mid(NameWidth))) {
        name = rest.left(NameWidth).trimmed();
        address = rest.mid(NameWidth).trimmed();
    } else if (const auto m = loose.match(rest); m.hasMatch()) {
        name = m.captured(1).trimmed();
        address = m.captured(2).trimmed();
    } else {
        return bad(part, line,
                   QStringLiteral(
                       "no address: it starts in column 34, after a tab, or as TYPE:address after the name"));
    }
    if (hasControl(name) || hasControl(address))
        return bad(part, line,
                   QStringLiteral("a control character (such as a second tab) inside the name or address"));
    if (name.isEmpty())
        return bad(part, line, QStringLiteral("the full name is empty"));
    if (name.size() > dirsync::MaxFullName)
        return bad(part, line,
                   QStringLiteral("the full name \"%1\" is longer than %2 characters")
                       .arg(name)
                       .arg(dirsync::MaxFullName));
    if (!isAddress(address))
        return bad(part, line, QStringLiteral("\"%1\" is not an address (TYPE:address)").arg(address));
    return std::pair{name, address};
}

QString padded(const QString& name)
{
    return name.leftJustified(AddressColumn - 2, QLatin1Char(' '));
}

Result<qint64> number(const QString& key, const QString& value, const QString& part, int line)
{
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    if (!ok || n < 0 || value.isEmpty())
        return bad(part, line, QStringLiteral("%1 must be a number, not \"%2\"").arg(key, value));
    return n;
}

} // namespace

QString DirsyncCodec::encodeHeader(const DirsyncHeader& h)
{
    QStringList lines{HeaderTag, QStringLiteral("TASK=") + h.task};
    if (!h.reqName.isEmpty())
        lines << QStringLiteral("REQNAME=") + h.reqName;
    if (!h.password.isEmpty())
        lines << QStringLiteral("PASSWORD=") + h.password;
    for (const auto& [key, value] :
         {std::pair{QStringLiteral("REQSEQ"), h.reqSeq}, std::pair{QStringLiteral("SRVSEQ"), h.srvSeq},
          std::pair{QStringLiteral("IMPSEQ"), h.impSeq}}) {
        if (value >= 0)
            lines << key + QLatin1Char('=') + seqText(value);
    }
    if (!h.types.isEmpty())
        lines << QStringLiteral("TYPES=") + h.types.join(QLatin1Char('|'));
    lines << QStringLiteral("TEMPLATE=") + (h.templates ? QStringLiteral("YES") : QStringLiteral("NO"));
    lines << QStringLiteral("TRANSACTIONS=") +
                 (h.inAttachment ? QStringLiteral("INATTACHMENT") : QStringLiteral("INBODY"));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Phrase DirsyncCodec::problem(const DirsyncTransaction& t)
{
    // A name MS Mail can hold: one line, no control characters (a tab separates name and address),
    // at most 30 characters, no spaces around it (its column padding would eat them).
    const auto nameProblem = [](const Phrase& what, const QString& name) -> Phrase {
        if (name.trimmed().isEmpty())
            return Phrase::tr("%1 is empty").arg(what);
        if (const Phrase why = TextRule::problem(name, TextRule::Lines::One, dirsync::MaxFullName);
            !why.isEmpty())
            return Phrase::tr("%1 %2 cannot be sent: %3").arg(what, TextRule::quoted(name), why);
        if (name != name.trimmed())
            return Phrase::tr("%1 %2 starts or ends with a space").arg(what, TextRule::quoted(name));
        return {};
    };
    const auto addressProblem = [](const Phrase& what, const QString& address, bool list) -> Phrase {
        if (hasControl(address) || !(list ? isListAddress(address) : isAddress(address)))
            return Phrase::tr("%1 %2 is not TYPE:address on one line").arg(what, TextRule::quoted(address));
        return {};
    };
    const bool list =
        t.code == DirsyncTransaction::Code::Replace || t.code == DirsyncTransaction::Code::Template;
    if (Phrase why = addressProblem(Phrase::tr("the address"), t.address, list); !why.isEmpty())
        return why;
    if (!list) {
        if (Phrase why = nameProblem(Phrase::tr("the full name"), t.fullName); !why.isEmpty())
            return why;
    }
    if (t.code == DirsyncTransaction::Code::Modify) {
        if (Phrase why = nameProblem(Phrase::tr("the new full name"), t.newFullName); !why.isEmpty())
            return why;
        if (Phrase why = addressProblem(Phrase::tr("the new address"), t.newAddress, false); !why.isEmpty())
            return why;
    }
    for (const DirsyncField& f : t.fields) {
        if (f.prompt.trimmed().isEmpty())
            return Phrase::tr("a template field has no prompt");
        if (f.prompt.contains(QStringLiteral(":/")))
            return Phrase::tr("the template prompt %1 holds \":/\"").arg(TextRule::quoted(f.prompt));
        if (const Phrase why = TextRule::problem(f.prompt); !why.isEmpty())
            return Phrase::tr("the template prompt %1 cannot be sent: %2")
                .arg(TextRule::quoted(f.prompt), why);
        if (const Phrase why = TextRule::problem(f.value); !why.isEmpty())
            return Phrase::tr("the template field %1's value %2 cannot be sent: %3")
                .arg(TextRule::quoted(f.prompt), TextRule::quoted(f.value), why);
    }
    for (const QString& l : t.templateLines) {
        if (l.contains(QLatin1Char('\n')) || l.contains(QLatin1Char('\r')))
            return Phrase::tr("a template line holds a line break");
    }
    return {};
}

Status DirsyncCodec::appendTransaction(QString& out, const DirsyncTransaction& t)
{
    if (const Phrase why = problem(t); !why.isEmpty())
        return Error(ErrorCode::InvalidValue, Phrase::tr("transaction %1: %2").arg(t.seq).arg(why));
    const QChar code = QChar::fromLatin1(char(t.code));
    out += seqText(t.seq) + QLatin1Char(' ') + code + QLatin1Char(' ');
    switch (t.code) {
    case DirsyncTransaction::Code::Replace:
    case DirsyncTransaction::Code::Template:
        out += t.address + QLatin1Char('\n');
        break;
    default:
        out += padded(t.fullName) + t.address + QLatin1Char('\n');
        if (t.code == DirsyncTransaction::Code::Modify)
            out += QStringLiteral("  ") + padded(t.newFullName) + t.newAddress + QLatin1Char('\n');
    }
    for (const DirsyncField& f : t.fields)
        out += QStringLiteral("- ") + f.prompt + QStringLiteral(":/") + f.value + QLatin1Char('\n');
    for (const QString& l : t.templateLines)
        out += QLatin1Char(' ') + l + QLatin1Char('\n');
    return {};
}

QString DirsyncCodec::transactionsHead()
{
    return TransactionsTag + QLatin1Char('\n');
}

Result<QString> DirsyncCodec::encodeTransactions(const QList<DirsyncTransaction>& transactions)
{
    // One string, grown in place (not a list of lines joined into a copy).
    QString out = transactionsHead();
    out.reserve(qsizetype(transactions.size()) * 80 + 32);
    for (const DirsyncTransaction& t : transactions) {
        if (Status s = appendTransaction(out, t); !s)
            return s.error();
    }
    out.squeeze();
    return out;
}

Result<DirsyncText> DirsyncCodec::encode(const DirsyncMessage& message)
{
    auto transactions = encodeTransactions(message.transactions);
    if (!transactions)
        return transactions.error();
    return encode(message.header, std::move(transactions).value());
}

DirsyncText DirsyncCodec::encode(const DirsyncHeader& header, QString transactions)
{
    DirsyncText out;
    out.body = encodeHeader(header);
    if (header.inAttachment)
        out.attachment = std::move(transactions);
    else
        out.body += QLatin1Char('\n') + transactions;
    return out;
}

Result<QList<DirsyncTransaction>> DirsyncCodec::parseTransactions(const QString& text, const QString& part,
                                                                  int firstLine)
{
    QList<DirsyncTransaction> out;
    Status s = eachTransaction(text, part, firstLine, [&out](DirsyncTransaction&& t) {
        out.append(std::move(t));
        return Status();
    });
    if (!s)
        return s.error();
    return out;
}

Status DirsyncCodec::eachTransaction(const QString& text, const QString& part, int firstLine,
                                     const std::function<Status(DirsyncTransaction&&)>& take)
{
    static const QRegularExpression lineRe(QStringLiteral("^(\\d{1,10}) (\\S)(?: (.*))?$"));
    // The text is read line by line in place; a transaction is handed over when the next one starts
    // (or the text ends), its second line, fields and template lines read by then.
    std::optional<DirsyncTransaction> current;
    qint64 lastSeq = -1;
    bool awaitingNewLine = false; // an M waits for its second address line
    bool sawTag = false;
    int firstEmpty = 0; // an empty line's number, an error if anything but empty lines follows
    int at = firstLine - 1;
    const auto handOver = [&]() -> Status {
        if (!current)
            return {};
        Status s = take(std::move(*current));
        current.reset();
        return s;
    };
    for (qsizetype from = 0; from < text.size();) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), from);
        if (end < 0)
            end = text.size();
        QStringView view = QStringView(text).mid(from, end - from);
        from = end + 1;
        ++at;
        if (view.endsWith(QLatin1Char('\r')))
            view.chop(1); // the 4.0 DXA's stray CR (Q159294)
        if (!sawTag) {
            if (view.trimmed().compare(TransactionsTag, Qt::CaseInsensitive) != 0)
                return bad(part, firstLine,
                           QStringLiteral("the transactions must start with %1").arg(TransactionsTag));
            sawTag = true;
            continue;
        }
        if (view.trimmed().isEmpty()) {
            if (firstEmpty == 0)
                firstEmpty = at; // only trailing empty lines are allowed
            continue;
        }
        if (firstEmpty != 0)
            return bad(part, firstEmpty, QStringLiteral("an empty line inside the transactions"));
        const QString l = view.toString();
        if (awaitingNewLine) {
            if (!l.startsWith(QStringLiteral("  ")))
                return bad(part, at,
                           QStringLiteral("a modify needs a second line with the new full name and address"));
            auto na = nameAndAddress(l.mid(2), part, at);
            if (!na)
                return na.error();
            current->newFullName = na->first;
            current->newAddress = na->second;
            awaitingNewLine = false;
            continue;
        }
        const QString trimmed = l.trimmed();
        if (trimmed.startsWith(QStringLiteral("- ")) || trimmed == QLatin1String("-")) {
            if (!current || current->code == DirsyncTransaction::Code::Replace ||
                current->code == DirsyncTransaction::Code::Template ||
                current->code == DirsyncTransaction::Code::Delete)
                return bad(part, at, QStringLiteral("a template field belongs after an A or M line"));
            const QString field = trimmed.mid(2);
            const int sep = int(field.indexOf(QStringLiteral(":/")));
            if (sep <= 0)
                return bad(part, at, QStringLiteral("a template field reads \"- Prompt:/value\""));
            current->fields.append({field.left(sep), field.mid(sep + 2)});
            continue;
        }
        if (l.startsWith(QLatin1Char(' '))) {
            if (!current || current->code != DirsyncTransaction::Code::Template)
                return bad(
                    part, at,
                    QStringLiteral("a line that starts with a space belongs to a T (template) transaction"));
            current->templateLines << l.mid(1);
            continue;
        }
        const auto m = lineRe.match(l);
        if (!m.hasMatch())
            return bad(part, at,
                       QStringLiteral("a transaction reads \"<number> <code> <full name> <TYPE:address>\""));
        DirsyncTransaction t;
        t.seq = m.captured(1).toLongLong();
        if (lastSeq >= 0 && t.seq <= lastSeq)
            return bad(part, at,
                       QStringLiteral("transaction number %1 does not follow %2").arg(t.seq).arg(lastSeq));
        const QChar code = m.captured(2).at(0).toUpper();
        const QString rest = m.captured(3);
        if (code == QLatin1Char('R') || code == QLatin1Char('T')) {
            t.code = code == QLatin1Char('R') ? DirsyncTransaction::Code::Replace
                                              : DirsyncTransaction::Code::Template;
            t.address = rest.trimmed();
            if (!isListAddress(t.address) || hasControl(t.address))
                return bad(
                    part, at,
                    QStringLiteral("%1 needs TYPE:NETWORK/POSTOFFICE, not \"%2\"").arg(code).arg(t.address));
        } else if (code == QLatin1Char('A') || code == QLatin1Char('D') || code == QLatin1Char('M')) {
            t.code = DirsyncTransaction::Code(code.toLatin1());
            auto na = nameAndAddress(rest, part, at);
            if (!na)
                return na.error();
            t.fullName = na->first;
            t.address = na->second;
            awaitingNewLine = code == QLatin1Char('M');
        } else {
            return bad(part, at,
                       QStringLiteral("unknown transaction code \"%1\" (A, D, M, R or T)").arg(code));
        }
        if (Status s = handOver(); !s)
            return s;
        lastSeq = t.seq;
        current = std::move(t);
    }
    if (!sawTag)
        return bad(part, firstLine,
                   QStringLiteral("the transactions must start with %1").arg(TransactionsTag));
    if (awaitingNewLine)
        return bad(part, firstEmpty != 0 ? firstEmpty : at + 1,
                   QStringLiteral("the last modify has no second line with the new full name and address"));
    return handOver();
}

Result<DirsyncMessage> DirsyncCodec::parse(const QString& body, const QString& attachment)
{
    QList<DirsyncTransaction> transactions;
    auto msg = parse(body, attachment, [&transactions](DirsyncTransaction&& t) {
        transactions.append(std::move(t));
        return Status();
    });
    if (!msg)
        return msg.error();
    DirsyncMessage out = std::move(msg).value();
    out.transactions = std::move(transactions);
    return out;
}

Result<DirsyncMessage> DirsyncCodec::parse(const QString& body, const QString& attachment,
                                           const std::function<Status(DirsyncTransaction&&)>& take)
{
    const QString part = QStringLiteral("body");
    QStringList lines = body.split(QLatin1Char('\n'));
    for (QString& l : lines) {
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
    }
    int i = 0;
    while (i < lines.size() && lines.at(i).trimmed().isEmpty())
        ++i;
    if (i == lines.size() || lines.at(i).trimmed().compare(HeaderTag, Qt::CaseInsensitive) != 0)
        return bad(part, i + 1, QStringLiteral("a dirsync message starts with %1").arg(HeaderTag));
    DirsyncMessage msg;
    bool sawTask = false;
    bool sawTransactions = false;
    ++i;
    for (; i < lines.size(); ++i) {
        const QString l = lines.at(i).trimmed();
        if (l.isEmpty())
            break;
        const int eq = int(l.indexOf(QLatin1Char('=')));
        if (eq <= 0)
            return bad(part, i + 1, QStringLiteral("\"%1\" is not KEY=value").arg(l));
        const QString key = l.left(eq).trimmed().toUpper();
        const QString value = l.mid(eq + 1).trimmed();
        DirsyncHeader& h = msg.header;
        if (key == QLatin1String("TASK")) {
            h.task = value.toUpper();
            const QStringList known{dirsync::TaskUpdate, dirsync::TaskReply, dirsync::TaskImportRequest,
                                    dirsync::TaskExport, dirsync::TaskStatus};
            if (!known.contains(h.task))
                return bad(part, i + 1, QStringLiteral("unknown TASK \"%1\" ([155])").arg(value));
            sawTask = true;
        } else if (key == QLatin1String("REQNAME") || key == QLatin1String("NAME")) {
            if (!isAddress(value))
                return bad(part, i + 1,
                           QStringLiteral("%1 must be TYPE:NETWORK/POSTOFFICE, not \"%2\"").arg(key, value));
            h.reqName = value;
        } else if (key == QLatin1String("PASSWORD")) {
            h.password = value;
        } else if (key == QLatin1String("REQSEQ") || key == QLatin1String("SRVSEQ") ||
                   key == QLatin1String("IMPSEQ")) {
            auto n = number(key, value, part, i + 1);
            if (!n)
                return n.error();
            (key == QLatin1String("REQSEQ")   ? h.reqSeq
             : key == QLatin1String("SRVSEQ") ? h.srvSeq
                                              : h.impSeq) = n.value();
        } else if (key == QLatin1String("TYPES")) {
            h.types.clear();
            for (const QString& t :
                 value.split(QRegularExpression(QStringLiteral("[|,]")), Qt::SkipEmptyParts)) {
                static const QRegularExpression typeRe(QStringLiteral("^[A-Za-z][A-Za-z0-9]*$"));
                if (!typeRe.match(t.trimmed()).hasMatch())
                    return bad(part, i + 1, QStringLiteral("\"%1\" is not an address type").arg(t.trimmed()));
                h.types << t.trimmed().toUpper();
            }
        } else if (key == QLatin1String("TEMPLATE")) {
            if (value.compare(QLatin1String("YES"), Qt::CaseInsensitive) != 0 &&
                value.compare(QLatin1String("NO"), Qt::CaseInsensitive) != 0)
                return bad(part, i + 1, QStringLiteral("TEMPLATE is YES or NO, not \"%1\"").arg(value));
            h.templates = value.compare(QLatin1String("YES"), Qt::CaseInsensitive) == 0;
        } else if (key == QLatin1String("TRANSACTIONS")) {
            if (value.compare(QLatin1String("INATTACHMENT"), Qt::CaseInsensitive) == 0)
                h.inAttachment = true;
            else if (value.compare(QLatin1String("INBODY"), Qt::CaseInsensitive) == 0)
                h.inAttachment = false;
            else
                return bad(part, i + 1,
                           QStringLiteral("TRANSACTIONS is INATTACHMENT or INBODY, not \"%1\"").arg(value));
            sawTransactions = true;
        } else {
            return bad(part, i + 1, QStringLiteral("unknown key %1").arg(key));
        }
    }
    if (!sawTask)
        return bad(part, i + 1, QStringLiteral("the [DIRSYNC] section has no TASK="));
    while (i < lines.size() && lines.at(i).trimmed().isEmpty())
        ++i;
    const QString rest = lines.mid(i).join(QLatin1Char('\n'));
    if (!sawTransactions)
        msg.header.inAttachment = !attachment.trimmed().isEmpty() || rest.trimmed().isEmpty();
    if (msg.header.inAttachment) {
        if (!rest.trimmed().isEmpty())
            return bad(part, i + 1,
                       QStringLiteral("text after the [DIRSYNC] section, but TRANSACTIONS=INATTACHMENT"));
        if (attachment.trimmed().isEmpty())
            return msg; // a request without transactions
        if (Status t = eachTransaction(attachment, QStringLiteral("attachment"), 1, take); !t)
            return t.error();
    } else {
        if (!attachment.trimmed().isEmpty())
            return bad(QStringLiteral("attachment"), 1,
                       QStringLiteral("an attachment, but TRANSACTIONS=INBODY"));
        if (rest.trimmed().isEmpty())
            return msg;
        if (Status t = eachTransaction(rest, part, i + 1, take); !t)
            return t.error();
    }
    return msg;
}

} // namespace sa::core
