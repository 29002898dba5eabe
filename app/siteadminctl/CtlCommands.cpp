#include "CtlCommands.h"

#include "CtlOptions.h"
#include "app/common/ErrorLine.h"
#include "app/common/NumberOption.h"
#include "core/directory/AutoNaming.h"
#include "core/directory/DirectoryCsvFormat.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/ObjectFormatter.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <functional>
#include <map>

namespace sa::app {

using namespace sa::core;
using namespace ctl;

namespace {

/// ATTR=VALUE, with the attribute spelled as in the schema when it is known.
Result<std::pair<QString, QString>> splitAssignment(const QString& text)
{
    const int eq = int(text.indexOf(QLatin1Char('=')));
    if (eq <= 0)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("expected ATTRIBUTE=VALUE, got \"%1\"").arg(text));
    QString name = text.left(eq).trimmed();
    if (const AttributeDef* def = Schema::instance().findAttribute(name))
        name = def->name;
    return std::pair{name, text.mid(eq + 1)};
}

} // namespace

CtlCommands::CtlCommands(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
    : m_parser(parser), m_out(out), m_err(err)
{
    const QStringList positional = parser.positionalArguments();
    m_command = positional.value(0);
    m_args = positional.mid(1);
    m_json = parser.isSet(OptJson);
}

void CtlCommands::declareOptions(QCommandLineParser& p)
{
    p.addOption({OptOrg,
                 QStringLiteral("The organization folder (default: %1).").arg(Organization::defaultPath()),
                 QStringLiteral("DIR")});
    p.addOption({OptJson, QStringLiteral("Print JSON instead of text.")});
    p.addOption({OptOrganization, QStringLiteral("init: the organization's name."), QStringLiteral("ORG")});
    p.addOption({OptSite, QStringLiteral("init, add-site: the site's name."), QStringLiteral("SITE")});
    p.addOption({OptServer, QStringLiteral("init, add-site: the server's name."), QStringLiteral("SERVER")});
    p.addOption({OptDepth,
                 QStringLiteral("list: levels below DN (default 1, or all with --class; -1 = all)."),
                 QStringLiteral("N")});
    p.addOption({OptClass,
                 QStringLiteral("list: only objects of this class; export: a class to export (repeatable)."),
                 QStringLiteral("CLASS")});
    p.addOption({OptAdd, QStringLiteral("modify: add a value (repeatable)."), QStringLiteral("ATTR=VALUE")});
    p.addOption(
        {OptRemove, QStringLiteral("modify: remove a value (repeatable)."), QStringLiteral("ATTR=VALUE")});
    p.addOption({OptContainer, QStringLiteral("import: the container of rows without an Obj-Container."),
                 QStringLiteral("DN")});
    p.addOption({OptSubcontainers, QStringLiteral("export: also the recipients containers below.")});
    p.addOption({OptUntilIdle, QStringLiteral("run: repeat until nothing is left to do.")});
    p.addOption({OptMaxSeconds, QStringLiteral("run, serve: stop after N seconds."), QStringLiteral("N")});
    p.addOption(
        {OptLab, QStringLiteral("demo: the state the Q152167 procedure starts from (no site, directory "
                                "replication or dirsync connectors yet).")});
    p.addOption({OptLinked, QStringLiteral("demo: the sites joined and replicated, no dirsync objects yet "
                                           "(Q152167's steps 1 and 2 done).")});
    p.addOption({OptInterval,
                 QStringLiteral("serve: with the dirsync schedule at Always, a whole cycle every N seconds "
                                "(default 900)."),
                 QStringLiteral("N")});
    p.addOption({OptKeepDays,
                 QStringLiteral("serve: let events and dirsync runs older than N days go, once a day "
                                "(default 90; 0 keeps everything)."),
                 QStringLiteral("N")});
    p.addOption(
        {OptUndeliverable,
         QStringLiteral("queue settings: seconds a message may wait for an unavailable next hop before "
                        "it is returned (default 86400)."),
         QStringLiteral("N")});
    p.addOption({OptLimit, QStringLiteral("dirsync history, events: the newest N (default 20)."),
                 QStringLiteral("N")});
}

QString CtlCommands::commandSummary()
{
    return QStringLiteral(
        "Commands:\n"
        "  init --organization ORG --site SITE --server SERVER   create an organization\n"
        "  add-site --site SITE --server SERVER                  add a site with its own database\n"
        "  demo [--lab | --linked]                               build the NORTHWIND demo organization\n"
        "  list [DN] [--depth N] [--class CLASS]                 list objects\n"
        "  show DN                                               all attributes of an object\n"
        "  create CLASS PARENT-DN ATTR=VALUE...                  create an object; prints its DN\n"
        "  modify DN ATTR=VALUE... [--add ATTR=VALUE] [--remove ATTR=VALUE]\n"
        "  delete DN                                             delete an object (leaves a tombstone)\n"
        "  import FILE [--container DN]                          Directory Import (CSV); all rows or none\n"
        "  export FILE CONTAINER-DN [--class CLASS]... [--subcontainers]\n"
        "                                                        Directory Export (CSV)\n"
        "  find [--container DN] ATTR=TEXT...                    recipients whose attributes contain the "
        "texts\n"
        "  services status|start|stop|pause|continue [--server SERVER] [SERVICE]...\n"
        "                                                        the servers' services\n"
        "  run [--until-idle] [--max-seconds N]                  do the running services' pending work\n"
        "  serve [--interval N] [--max-seconds N] [--keep-days N]\n"
        "                                                        host the running services until SIGTERM\n"
        "  queue list [--server SERVER]                          what the Message Transfer Agents hold\n"
        "  queue delete|return ID [--server SERVER]              take one message out (return: with a "
        "report)\n"
        "  dirsync status                                        each requestor's numbers and last result\n"
        "  dirsync now [--server SERVER]                         T2 now (as requestor: T1)\n"
        "  dirsync cycle                                         T1 at the postoffices, T2, T3: one whole "
        "cycle\n"
        "  dirsync history [--limit N]                           the run history\n"
        "  dirsync preview                                       what the next T2 would receive and send\n"
        "  dirsync approve-deletes REQUESTOR                     let a reply held by the deletion threshold "
        "go\n"
        "  dirsync reset REQUESTOR                               a requestor's numbers to 0 (full export "
        "next)\n"
        "  events [--limit N]                                    the event log of every site\n"
        "  schema                                                classes and attributes\n");
}

int CtlCommands::fail(const Error& error)
{
    return fail(error.message(), error.code() == ErrorCode::Busy ? ExitTryAgain : 1);
}

int CtlCommands::fail(const QString& message, int code)
{
    m_err << "siteadminctl: " << errorLine(message) << Qt::endl;
    return code;
}

QString CtlCommands::orgDir() const
{
    if (m_parser.isSet(OptOrg))
        return m_parser.value(OptOrg);
    return m_command == QLatin1String("demo") ? Organization::defaultDemoPath() : Organization::defaultPath();
}

bool CtlCommands::checkOptions(const QStringList& allowed)
{
    for (const QString& name : {OptOrganization, OptSite, OptServer, OptDepth, OptClass, OptAdd, OptRemove,
                                OptContainer, OptSubcontainers, OptUntilIdle, OptMaxSeconds, OptLimit,
                                OptInterval, OptKeepDays, OptUndeliverable}) {
        if (m_parser.isSet(name) && !allowed.contains(name)) {
            usage(QStringLiteral("%1 does not take --%2").arg(m_command, name));
            return false;
        }
    }
    return true;
}

bool CtlCommands::readNumber(const QString& option, int minimum, const QString& unit, int* target)
{
    const auto n = numberOption(m_parser, option, minimum, *target);
    if (!n) {
        usage(QStringLiteral("--%1 takes %2, not \"%3\"").arg(option, unit, m_parser.value(option)));
        return false;
    }
    *target = *n;
    return true;
}

bool CtlCommands::checkArgumentCount(int min, int max)
{
    if (m_args.size() < min) {
        usage(QStringLiteral("%1: missing argument (see --help)").arg(m_command));
        return false;
    }
    if (max >= 0 && m_args.size() > max) {
        usage(QStringLiteral("%1: unexpected argument \"%2\"").arg(m_command, m_args.at(max)));
        return false;
    }
    return true;
}

Result<std::unique_ptr<DirectoryStore>> CtlCommands::storeFor(const Dn& dn) const
{
    auto org = Organization::open(orgDir());
    if (!org)
        return org.error();
    auto path = org->sitePathFor(dn);
    if (!path)
        return path.error();
    return DirectoryStore::open(path.value());
}

void CtlCommands::printJson(const QJsonValue& value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Indented);
}

int CtlCommands::run()
{
    const std::map<QString, std::function<int()>> commands{
        {QStringLiteral("init"),
         [this] {
             return init();
         }},
        {QStringLiteral("add-site"),
         [this] {
             return addSite();
         }},
        {QStringLiteral("demo"),
         [this] {
             return demo();
         }},
        {QStringLiteral("list"),
         [this] {
             return list();
         }},
        {QStringLiteral("show"),
         [this] {
             return show();
         }},
        {QStringLiteral("create"),
         [this] {
             return create();
         }},
        {QStringLiteral("modify"),
         [this] {
             return modify();
         }},
        {QStringLiteral("delete"),
         [this] {
             return remove();
         }},
        {QStringLiteral("schema"),
         [this] {
             return schema();
         }},
        {QStringLiteral("import"),
         [this] {
             return importFile();
         }},
        {QStringLiteral("services"),
         [this] {
             return services();
         }},
        {QStringLiteral("run"),
         [this] {
             return runServices();
         }},
        {QStringLiteral("queue"),
         [this] {
             return queue();
         }},
        {QStringLiteral("serve"),
         [this] {
             return serve();
         }},
        {QStringLiteral("find"),
         [this] {
             return find();
         }},
        {QStringLiteral("export"),
         [this] {
             return exportFile();
         }},
        {QStringLiteral("dirsync"),
         [this] {
             return dirsync();
         }},
        {QStringLiteral("events"),
         [this] {
             return events();
         }},
    };
    if (m_command.isEmpty())
        return usage(QStringLiteral("no command given (see --help)"));
    const auto it = commands.find(m_command);
    if (it == commands.end())
        return usage(QStringLiteral("unknown command \"%1\" (see --help)").arg(m_command));
    const int code = it->second();
    // The sites the command went on without are named last, and the command did not do all of its work.
    m_unreadable.removeDuplicates();
    for (const QString& line : std::as_const(m_unreadable))
        m_err << "siteadminctl: " << errorLine(line) << Qt::endl;
    return code == 0 && !m_unreadable.isEmpty() ? 1 : code;
}

Result<QList<SiteInfo>> CtlCommands::readableSites(const Organization& organization)
{
    return organization.sites(&m_unreadable);
}

int CtlCommands::list()
{
    if (!checkOptions({OptDepth, OptClass}) || !checkArgumentCount(0, 1))
        return 2;
    // Children by default; with --class, the whole tree (a class filter over one level is rarely meant).
    int depth = m_parser.isSet(OptClass) ? -1 : 1;
    if (m_parser.isSet(OptDepth)) {
        bool ok = false;
        depth = m_parser.value(OptDepth).toInt(&ok);
        if (!ok || depth < -1)
            return usage(QStringLiteral("--depth takes a number of levels (-1 = all), not \"%1\"")
                             .arg(m_parser.value(OptDepth)));
    }
    const QString className = m_parser.value(OptClass);
    if (!className.isEmpty() && !Schema::instance().findClass(className))
        return fail(QStringLiteral("unknown class \"%1\" (see siteadminctl schema)").arg(className));
    auto org = Organization::open(orgDir());
    if (!org)
        return fail(org.error().message());
    Dn base = Dn().child(QStringLiteral("o"), org->name());
    if (!m_args.isEmpty()) {
        auto dn = Dn::parse(m_args.first());
        if (!dn)
            return fail(dn.error().message());
        base = dn.value();
    }
    auto objects = org->list(base, depth, className, &m_unreadable);
    if (!objects)
        return fail(objects.error().message());
    if (m_json) {
        QJsonArray array;
        for (const DirectoryObject& o : objects.value())
            array.append(ObjectFormatter::toJson(o, false));
        printJson(array);
    } else {
        for (const DirectoryObject& o : objects.value())
            m_out << ObjectFormatter::listLine(o) << Qt::endl;
    }
    return 0;
}

int CtlCommands::show()
{
    if (!checkOptions({}) || !checkArgumentCount(1, 1))
        return 2;
    auto dn = Dn::parse(m_args.first());
    if (!dn)
        return fail(dn.error().message());
    auto store = storeFor(dn.value());
    if (!store)
        return fail(store.error().message());
    auto object = store.value()->object(dn.value());
    if (!object)
        return fail(object.error().message());
    if (m_json)
        printJson(ObjectFormatter::toJson(object.value(), true));
    else
        m_out << ObjectFormatter::attributesText(object.value());
    return 0;
}

int CtlCommands::create()
{
    if (!checkOptions({}) || !checkArgumentCount(2, -1))
        return 2;
    const QString className = m_args.at(0);
    if (!Schema::instance().findClass(className))
        return fail(QStringLiteral("unknown class \"%1\" (see siteadminctl schema)").arg(className));
    auto parent = Dn::parse(m_args.at(1));
    if (!parent)
        return fail(parent.error().message());
    AttributeValues values;
    for (const QString& a : m_args.mid(2)) {
        auto kv = splitAssignment(a);
        if (!kv)
            return usage(kv.error().message());
        values[kv->first].append(kv->second);
    }
    // As New Mailbox does in the window: display and alias names from the person's names when they
    // are not given (Auto Naming's defaults).
    if (const ClassDef* cls = Schema::instance().findClass(className);
        cls && cls->recipient && cls->name != QLatin1String("distribution-list")) {
        // The names typed are checked first, so that a refusal names them, not what is made of them.
        for (const QString& part : {attr::GivenName, attr::Initials, attr::Surname}) {
            for (const QString& v : values.value(part)) {
                if (auto ok = Schema::instance().normalizeValue(*Schema::instance().findAttribute(part), v);
                    !ok)
                    return fail(ok.error().message());
            }
        }
        const AutoNaming naming;
        const QString given = values.value(attr::GivenName).value(0);
        const QString initials = values.value(attr::Initials).value(0);
        const QString surname = values.value(attr::Surname).value(0);
        if (!values.contains(attr::DisplayName) && !(given + surname).isEmpty())
            values[attr::DisplayName] = {naming.displayName(given, initials, surname)};
        if (!values.contains(attr::MailNickname) && !(given + surname).isEmpty())
            values[attr::MailNickname] = {naming.aliasName(given, initials, surname)};
    }
    auto store = storeFor(parent.value());
    if (!store)
        return fail(store.error().message());
    ChangeSet changes;
    changes.create(className, parent.value(), values);
    auto done = store.value()->commit(changes);
    if (!done)
        return fail(done.error().message());
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("dn"), done->created.first().toString()},
                              {QStringLiteral("usn"), done->lastUsn}});
    else
        m_out << done->created.first().toString() << Qt::endl;
    return 0;
}

int CtlCommands::modify()
{
    if (!checkOptions({OptAdd, OptRemove}) || !checkArgumentCount(1, -1))
        return 2;
    auto dn = Dn::parse(m_args.first());
    if (!dn)
        return fail(dn.error().message());
    QList<AttributeChange> changes;
    QMap<QString, QStringList> replacements;
    QStringList order;
    for (const QString& a : m_args.mid(1)) {
        auto kv = splitAssignment(a);
        if (!kv)
            return usage(kv.error().message());
        if (!replacements.contains(kv->first))
            order << kv->first;
        replacements[kv->first].append(kv->second);
    }
    for (const QString& name : order)
        changes.append({name, AttributeChange::Op::Replace, replacements.value(name)});
    for (const auto& [option, op] :
         {std::pair{OptAdd, AttributeChange::Op::Add}, std::pair{OptRemove, AttributeChange::Op::Remove}}) {
        for (const QString& a : m_parser.values(option)) {
            auto kv = splitAssignment(a);
            if (!kv)
                return usage(kv.error().message());
            if (kv->second.isEmpty())
                return usage(QStringLiteral("--%1 %2 names no value").arg(option, a));
            changes.append({kv->first, op, {kv->second}});
        }
    }
    if (changes.isEmpty())
        return usage(QStringLiteral("modify: nothing to change (give ATTR=VALUE, --add or --remove)"));
    auto store = storeFor(dn.value());
    if (!store)
        return fail(store.error().message());
    ChangeSet set;
    set.modify(dn.value(), changes);
    auto done = store.value()->commit(set);
    if (!done)
        return fail(done.error().message());
    if (m_json)
        printJson(
            QJsonObject{{QStringLiteral("dn"), dn->toString()}, {QStringLiteral("usn"), done->lastUsn}});
    else
        m_out << "Modified " << dn->toString() << Qt::endl;
    return 0;
}

int CtlCommands::remove()
{
    if (!checkOptions({}) || !checkArgumentCount(1, 1))
        return 2;
    auto dn = Dn::parse(m_args.first());
    if (!dn)
        return fail(dn.error().message());
    auto store = storeFor(dn.value());
    if (!store)
        return fail(store.error().message());
    ChangeSet set;
    set.remove(dn.value());
    auto done = store.value()->commit(set);
    if (!done)
        return fail(done.error().message());
    if (m_json)
        printJson(
            QJsonObject{{QStringLiteral("deleted"), dn->toString()}, {QStringLiteral("usn"), done->lastUsn}});
    else
        m_out << "Deleted " << dn->toString() << Qt::endl;
    return 0;
}

int CtlCommands::schema()
{
    if (!checkOptions({}) || !checkArgumentCount(0, 0))
        return 2;
    if (m_json)
        printJson(ObjectFormatter::schemaJson());
    else
        m_out << ObjectFormatter::schemaText();
    return 0;
}

} // namespace sa::app

namespace sa::app {

int CtlCommands::find()
{
    if (!checkOptions({OptContainer}) || !checkArgumentCount(1, -1))
        return 2;
    QMap<QString, QString> criteria;
    for (const QString& a : m_args) {
        auto kv = splitAssignment(a);
        if (!kv)
            return usage(kv.error().message());
        if (!Schema::instance().findAttribute(kv->first))
            return fail(QStringLiteral("unknown attribute \"%1\"").arg(kv->first));
        criteria.insert(kv->first, kv->second);
    }
    auto org = Organization::open(orgDir());
    if (!org)
        return fail(org.error().message());
    // One site (the container's) or every site.
    QList<std::pair<QString, qint64>> where;
    if (m_parser.isSet(OptContainer)) {
        auto dn = Dn::parse(m_parser.value(OptContainer));
        if (!dn)
            return fail(dn.error().message());
        auto store = storeFor(dn.value());
        if (!store)
            return fail(store.error().message());
        auto container = store.value()->object(dn.value());
        if (!container)
            return fail(container.error().message());
        where.append({store.value()->path(), container->id});
    } else {
        auto sites = readableSites(org.value());
        if (!sites)
            return fail(sites.error().message());
        for (const SiteInfo& s : sites.value())
            where.append({s.path, 0});
    }
    QJsonArray array;
    QStringList lines;
    for (const auto& [path, container] : where) {
        auto store = DirectoryStore::open(path);
        if (!store)
            return fail(store.error().message());
        auto found = store.value()->findRecipients(container, criteria, 10000);
        if (!found)
            return fail(found.error().message());
        for (const DirectoryObject& o : found.value()) {
            if (o.isReplica() && where.size() > 1)
                continue; // searching every site: each recipient once, from its own site
            array.append(ObjectFormatter::toJson(o, false));
            lines << o.displayName() + QStringLiteral("  ") + o.dn.toString();
        }
    }
    if (m_json)
        printJson(array);
    else
        for (const QString& l : lines)
            m_out << l << Qt::endl;
    return 0;
}

} // namespace sa::app
