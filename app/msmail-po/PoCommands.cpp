#include "PoCommands.h"

#include "PoOptions.h"
#include "app/common/ErrorLine.h"
#include "core/directory/Organization.h"
#include "core/msmail/PostofficeStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sa::app {

using namespace sa::core;

using namespace sa::app::po;

PoCommands::PoCommands(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
    : m_parser(parser), m_out(out), m_err(err), m_args(parser.positionalArguments()),
      m_json(parser.isSet(OptJson))
{
}

void PoCommands::declareOptions(QCommandLineParser& p)
{
    p.addOption({OptOrg,
                 QStringLiteral("The organization folder (default: %1).").arg(Organization::defaultPath()),
                 QStringLiteral("DIR")});
    p.addOption({OptJson, QStringLiteral("Print JSON instead of text.")});
    p.addOption({OptPassword, QStringLiteral("create: the postoffice's administrator password."),
                 QStringLiteral("PW")});
    p.addOption({OptName, QStringLiteral("user add/modify: the full name (at most 30 characters)."),
                 QStringLiteral("NAME")});
    p.addOption({OptField,
                 QStringLiteral("user add/modify: a template field (repeatable; empty value clears)."),
                 QStringLiteral("PROMPT=VALUE")});
    p.addOption({OptVia, QStringLiteral("route indirect: the direct postoffice to go through."),
                 QStringLiteral("NET/PO")});
    p.addOption({OptFrom, QStringLiteral("mail send: the sending mailbox."), QStringLiteral("MAILBOX")});
    p.addOption({OptTo, QStringLiteral("mail send: the recipient (NET/PO/MAILBOX or TYPE:address)."),
                 QStringLiteral("ADDRESS")});
    p.addOption({OptSubject, QStringLiteral("mail send: the subject."), QStringLiteral("TEXT")});
    p.addOption({OptBody, QStringLiteral("mail send: the text."), QStringLiteral("TEXT")});
    p.addOption({OptServer, QStringLiteral("dirsync requestor: the dirsync server's postoffice."),
                 QStringLiteral("NET/PO")});
    p.addOption({OptDirsyncPassword, QStringLiteral("dirsync requestor: the dirsync password."),
                 QStringLiteral("PW")});
    p.addOption({OptTypes, QStringLiteral("dirsync requestor: address types to ask for (default PCM)."),
                 QStringLiteral("PCM,SMTP,...")});
    p.addOption({OptLimit, QStringLiteral("dirsync log, log, external log: the newest N lines (default 50)."),
                 QStringLiteral("N")});
    p.addOption({OptServe,
                 QStringLiteral("external create: a postoffice it serves (repeatable, or NET/PO,NET/PO)."),
                 QStringLiteral("NET/PO")});
    p.addOption(
        {OptEvery,
         QStringLiteral("external create: run every N seconds (default 0: whenever the services work)."),
         QStringLiteral("N")});
    p.addOption({OptUndeliverable,
                 QStringLiteral("settings: seconds outbound mail may wait for its next hop before it is "
                                "returned (default 86400)."),
                 QStringLiteral("N")});
}

QString PoCommands::commandSummary()
{
    return QStringLiteral(
        "Commands:\n"
        "  create NET/PO [--admin-password PW]                   a new postoffice\n"
        "  list                                                  the organization's postoffices\n"
        "  user add NET/PO MAILBOX --name NAME [--field P=V]...  add a user\n"
        "  user modify NET/PO MAILBOX [--name NAME] [--field P=V]...\n"
        "  user delete NET/PO MAILBOX\n"
        "  user list NET/PO\n"
        "  route direct NET/PO NET2/PO2                          NET2/PO2 is reached directly\n"
        "  route indirect NET/PO NET3/PO3 --via NET2/PO2         NET3/PO3 is reached through NET2/PO2\n"
        "  route list NET/PO\n"
        "  route remove NET/PO NET2/PO2\n"
        "  mail send NET/PO --from MAILBOX --to ADDRESS --subject S --body B\n"
        "  mail list NET/PO MAILBOX\n"
        "  mail read NET/PO MAILBOX ID\n"
        "  gal NET/PO                                            the address list its users see\n"
        "  dispatch NET/PO                                       deliver and forward what is queued\n"
        "  queue list NET/PO                                     what waits: to deliver here (in), for the "
        "next hop (out)\n"
        "  queue delete|return NET/PO ID                         take one message out (return: with a "
        "report)\n"
        "  settings NET/PO [--undeliverable-after N]             show or set how long mail may wait "
        "(seconds)\n"
        "  log NET/PO [--limit N]                                the system log: mail returned or dropped\n"
        "  external create NAME --serve NET/PO --serve NET/PO... [--every N]\n"
        "                                                        an MS Mail External carrying mail between "
        "them\n"
        "  external list                                         the External instances and what waits for "
        "them\n"
        "  external delete NAME\n"
        "  external start|stop NAME                              whether it carries mail\n"
        "  external run NAME                                     carry what waits between its postoffices "
        "now\n"
        "  external queue NAME                                   what waits for it between its postoffices\n"
        "  external log NAME [--limit N]                         its session log\n"
        "  dirsync requestor NET/PO --server NET/PO --password PW [--types PCM,SMTP,...]\n"
        "                                                        register as a dirsync requestor\n"
        "  dirsync t1 NET/PO                                     send changes and requests (T1)\n"
        "  dirsync t3 NET/PO                                     apply the server's replies (T3)\n"
        "  dirsync export NET/PO                                 send every user with the next T1\n"
        "  dirsync import NET/PO                                 ask for every list with the next T1\n"
        "  dirsync status NET/PO                                 sync numbers and last cycle\n"
        "  dirsync log NET/PO [--limit N]                        the dirsync log\n"
        "  dirsync server NET/PO                                 make it the dirsync server of its network\n"
        "  dirsync register NET/PO REQ-NET/REQ-PO --password PW  register a requestor with the server\n"
        "  dirsync t2 NET/PO                                     the server's T2: receive and answer\n");
}

int PoCommands::fail(const QString& message, int code)
{
    m_err << "msmail-po: " << errorLine(message) << Qt::endl;
    return code;
}

QString PoCommands::timeText(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QStringLiteral("never");
}

QString PoCommands::orgDir() const
{
    return m_parser.isSet(OptOrg) ? m_parser.value(OptOrg) : Organization::defaultPath();
}

bool PoCommands::needArguments(int count, const QString& form)
{
    if (m_args.size() == count)
        return true;
    usage(QStringLiteral("%1 (see --help)")
              .arg(m_args.size() < count ? QStringLiteral("missing arguments: ") + form
                                         : QStringLiteral("too many arguments: ") + form));
    return false;
}

void PoCommands::print(const QJsonValue& json, const QString& text)
{
    if (m_json)
        m_out << (json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject()))
                     .toJson(QJsonDocument::Indented);
    else if (!text.isEmpty())
        m_out << text << (text.endsWith(QLatin1Char('\n')) ? "" : "\n");
}

int PoCommands::run()
{
    const QString command = m_args.value(0);
    if (command == QLatin1String("create"))
        return create();
    if (command == QLatin1String("list"))
        return list();
    if (command == QLatin1String("user"))
        return user();
    if (command == QLatin1String("route"))
        return route();
    if (command == QLatin1String("mail"))
        return mail();
    if (command == QLatin1String("gal"))
        return gal();
    if (command == QLatin1String("dispatch"))
        return dispatch();
    if (command == QLatin1String("dirsync"))
        return dirsync();
    if (command == QLatin1String("external"))
        return external();
    if (command == QLatin1String("queue"))
        return queue();
    if (command == QLatin1String("settings"))
        return settings();
    if (command == QLatin1String("log"))
        return systemLog();
    return usage(command.isEmpty() ? QStringLiteral("no command given (see --help)")
                                   : QStringLiteral("unknown command \"%1\" (see --help)").arg(command));
}

int PoCommands::create()
{
    if (!needArguments(2, QStringLiteral("create NET/PO")))
        return 2;
    auto po = PostofficeStore::create(orgDir(), m_args.at(1), m_parser.value(OptPassword));
    if (!po)
        return fail(po.error().message());
    print(QJsonObject{{QStringLiteral("postoffice"), po.value()->name()}},
          QStringLiteral("Created postoffice %1").arg(po.value()->name()));
    return 0;
}

int PoCommands::list()
{
    if (!needArguments(1, QStringLiteral("list")))
        return 2;
    if (auto org = Organization::open(orgDir()); !org)
        return fail(org.error().message());
    QStringList unreadable;
    const QStringList all = PostofficeStore::list(orgDir(), &unreadable);
    print(QJsonArray::fromStringList(all), all.join(QLatin1Char('\n')));
    for (const QString& line : unreadable)
        m_err << "msmail-po: " << line << Qt::endl;
    return unreadable.isEmpty() ? 0 : 1;
}

int PoCommands::user()
{
    const QString verb = m_args.value(1);
    auto fields = [this]() -> std::optional<QMap<QString, QString>> {
        QMap<QString, QString> out;
        for (const QString& f : m_parser.values(OptField)) {
            const int eq = int(f.indexOf(QLatin1Char('=')));
            if (eq <= 0) {
                usage(QStringLiteral("--field takes PROMPT=VALUE, not \"%1\"").arg(f));
                return std::nullopt;
            }
            out.insert(f.left(eq).trimmed(), f.mid(eq + 1));
        }
        return out;
    };
    if (verb == QLatin1String("list")) {
        if (!needArguments(3, QStringLiteral("user list NET/PO")))
            return 2;
        auto po = PostofficeStore::open(orgDir(), m_args.at(2));
        if (!po)
            return fail(po.error().message());
        auto users = po.value()->users();
        if (!users)
            return fail(users.error().message());
        QJsonArray array;
        QStringList lines;
        for (const PoUser& u : users.value()) {
            QJsonObject f;
            for (auto it = u.fields.constBegin(); it != u.fields.constEnd(); ++it)
                f.insert(it.key(), it.value());
            array.append(QJsonObject{{QStringLiteral("mailbox"), u.mailbox},
                                     {QStringLiteral("name"), u.fullName},
                                     {QStringLiteral("fields"), f}});
            lines << QStringLiteral("%1  %2").arg(u.mailbox, -10).arg(u.fullName);
        }
        print(array, lines.join(QLatin1Char('\n')));
        return 0;
    }
    if (verb != QLatin1String("add") && verb != QLatin1String("modify") && verb != QLatin1String("delete"))
        return usage(QStringLiteral("user takes add, modify, delete or list"));
    if (!needArguments(4, QStringLiteral("user %1 NET/PO MAILBOX").arg(verb)))
        return 2;
    const auto f = fields();
    if (!f)
        return 2;
    auto po = PostofficeStore::open(orgDir(), m_args.at(2));
    if (!po)
        return fail(po.error().message());
    const QString mailbox = m_args.at(3);
    Status s;
    if (verb == QLatin1String("add")) {
        if (!m_parser.isSet(OptName))
            return usage(QStringLiteral("user add needs --name"));
        s = po.value()->addUser(mailbox, m_parser.value(OptName), *f);
    } else if (verb == QLatin1String("modify")) {
        s = po.value()->modifyUser(mailbox, m_parser.value(OptName), *f);
    } else {
        s = po.value()->deleteUser(mailbox);
    }
    if (!s)
        return fail(s.error().message());
    print(QJsonObject{{QStringLiteral("mailbox"), mailbox.toUpper()}, {QStringLiteral("done"), verb}},
          QStringLiteral("%1: user %2 %3")
              .arg(po.value()->name(), mailbox.toUpper(),
                   verb == QLatin1String("add")      ? QStringLiteral("added")
                   : verb == QLatin1String("modify") ? QStringLiteral("modified")
                                                     : QStringLiteral("deleted")));
    return 0;
}

int PoCommands::route()
{
    const QString verb = m_args.value(1);
    if (verb == QLatin1String("list")) {
        if (!needArguments(3, QStringLiteral("route list NET/PO")))
            return 2;
        auto po = PostofficeStore::open(orgDir(), m_args.at(2));
        if (!po)
            return fail(po.error().message());
        auto routes = po.value()->routes();
        if (!routes)
            return fail(routes.error().message());
        QJsonArray array;
        QStringList lines;
        for (const PoRoute& r : routes.value()) {
            array.append(QJsonObject{{QStringLiteral("postoffice"), r.target},
                                     {QStringLiteral("type"), r.via.isEmpty() ? QStringLiteral("direct")
                                                                              : QStringLiteral("indirect")},
                                     {QStringLiteral("via"), r.via}});
            lines << (r.via.isEmpty() ? QStringLiteral("%1  direct").arg(r.target, -21)
                                      : QStringLiteral("%1  indirect via %2").arg(r.target, -21).arg(r.via));
        }
        print(array, lines.join(QLatin1Char('\n')));
        return 0;
    }
    if (verb != QLatin1String("direct") && verb != QLatin1String("indirect") &&
        verb != QLatin1String("remove"))
        return usage(QStringLiteral("route takes direct, indirect, remove or list"));
    if (!needArguments(4, QStringLiteral("route %1 NET/PO NET2/PO2").arg(verb)))
        return 2;
    if (verb == QLatin1String("indirect") && !m_parser.isSet(OptVia))
        return usage(QStringLiteral("route indirect needs --via NET/PO"));
    auto po = PostofficeStore::open(orgDir(), m_args.at(2));
    if (!po)
        return fail(po.error().message());
    const Status s = verb == QLatin1String("remove") ? po.value()->removeRoute(m_args.at(3))
                     : verb == QLatin1String("direct")
                         ? po.value()->setRoute(m_args.at(3))
                         : po.value()->setRoute(m_args.at(3), m_parser.value(OptVia));
    if (!s)
        return fail(s.error().message());
    print(QJsonObject{{QStringLiteral("postoffice"), m_args.at(3).toUpper()}, {QStringLiteral("done"), verb}},
          QStringLiteral("%1: route to %2 %3")
              .arg(po.value()->name(), m_args.at(3).toUpper(),
                   verb == QLatin1String("remove") ? QStringLiteral("removed") : QStringLiteral("set")));
    return 0;
}

int PoCommands::mail()
{
    const QString verb = m_args.value(1);
    if (verb == QLatin1String("send")) {
        if (!needArguments(3, QStringLiteral("mail send NET/PO")))
            return 2;
        for (const QString& o : {OptFrom, OptTo}) {
            if (!m_parser.isSet(o))
                return usage(QStringLiteral("mail send needs --%1").arg(o));
        }
        auto po = PostofficeStore::open(orgDir(), m_args.at(2));
        if (!po)
            return fail(po.error().message());
        auto id = po.value()->send(m_parser.value(OptFrom), m_parser.value(OptTo), m_parser.value(OptSubject),
                                   m_parser.value(OptBody));
        if (!id)
            return fail(id.error().message());
        print(QJsonObject{{QStringLiteral("id"), id.value()}}, QStringLiteral("Queued %1").arg(id.value()));
        return 0;
    }
    if (verb == QLatin1String("list")) {
        if (!needArguments(4, QStringLiteral("mail list NET/PO MAILBOX")))
            return 2;
        auto po = PostofficeStore::open(orgDir(), m_args.at(2));
        if (!po)
            return fail(po.error().message());
        auto mails = po.value()->mailbox(m_args.at(3));
        if (!mails)
            return fail(mails.error().message());
        QJsonArray array;
        QStringList lines;
        for (const PoMail& m : mails.value()) {
            array.append(QJsonObject{{QStringLiteral("id"), m.id},
                                     {QStringLiteral("from"), m.message.from},
                                     {QStringLiteral("subject"), m.message.subject},
                                     {QStringLiteral("read"), m.read},
                                     {QStringLiteral("report"), m.message.report}});
            lines
                << QStringLiteral("%1  %2  %3").arg(m.id, 4).arg(m.message.from, -30).arg(m.message.subject);
        }
        print(array, lines.join(QLatin1Char('\n')));
        return 0;
    }
    if (verb == QLatin1String("read")) {
        if (!needArguments(5, QStringLiteral("mail read NET/PO MAILBOX ID")))
            return 2;
        bool ok = false;
        const qint64 id = m_args.at(4).toLongLong(&ok);
        if (!ok)
            return usage(QStringLiteral("\"%1\" is not a message number").arg(m_args.at(4)));
        auto po = PostofficeStore::open(orgDir(), m_args.at(2));
        if (!po)
            return fail(po.error().message());
        auto m = po.value()->read(m_args.at(3), id);
        if (!m)
            return fail(m.error().message());
        print(QJsonObject{{QStringLiteral("id"), m->id},
                          {QStringLiteral("messageId"), m->message.id},
                          {QStringLiteral("from"), m->message.from},
                          {QStringLiteral("to"), m->message.to},
                          {QStringLiteral("subject"), m->message.subject},
                          {QStringLiteral("body"), m->message.body}},
              QStringLiteral("From: %1\nTo: %2\nSubject: %3\n\n%4")
                  .arg(m->message.from, m->message.to, m->message.subject, m->message.body));
        return 0;
    }
    return usage(QStringLiteral("mail takes send, list or read"));
}

int PoCommands::gal()
{
    if (!needArguments(2, QStringLiteral("gal NET/PO")))
        return 2;
    auto po = PostofficeStore::open(orgDir(), m_args.at(1));
    if (!po)
        return fail(po.error().message());
    auto entries = po.value()->gal();
    if (!entries)
        return fail(entries.error().message());
    QJsonArray array;
    QStringList lines;
    for (const PoGalEntry& e : entries.value()) {
        // Template fields (Department, Phone, ...) after the address, as "Prompt: value".
        QJsonObject fields;
        QStringList shown;
        for (const DirsyncField& f : e.fields) {
            fields.insert(f.prompt, f.value);
            shown << QStringLiteral("%1: %2").arg(f.prompt, f.value);
        }
        array.append(QJsonObject{{QStringLiteral("name"), e.fullName},
                                 {QStringLiteral("address"), e.address},
                                 {QStringLiteral("local"), e.local},
                                 {QStringLiteral("fields"), fields}});
        QString line = QStringLiteral("%1  %2").arg(e.fullName, -30).arg(e.address);
        if (!shown.isEmpty())
            line += QStringLiteral("  [%1]").arg(shown.join(QStringLiteral("; ")));
        lines << line;
    }
    print(array, lines.join(QLatin1Char('\n')));
    return 0;
}

int PoCommands::dispatch()
{
    if (!needArguments(2, QStringLiteral("dispatch NET/PO")))
        return 2;
    auto po = PostofficeStore::open(orgDir(), m_args.at(1));
    if (!po)
        return fail(po.error().message());
    auto n = po.value()->dispatch();
    if (!n)
        return fail(n.error().message());
    print(QJsonObject{{QStringLiteral("processed"), n.value()}},
          QStringLiteral("Processed %1 message(s)").arg(n.value()));
    return 0;
}

} // namespace sa::app
