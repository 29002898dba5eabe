#include "CreateCommand.h"

#include "AttributeAssignment.h"
#include "CtlOptions.h"
#include "core/directory/AutoNaming.h"
#include "core/directory/Schema.h"

#include <QJsonObject>

namespace sa::app::ctl {

using namespace sa::core;

CreateCommand::CreateCommand()
    : CtlCommand(QStringLiteral("create"), QStringLiteral("Create an object; prints its DN"))
{
    setDetails(QStringLiteral(
        "As New Mailbox does in the window, a recipient's display name and alias are made from its given "
        "name, initials and surname when they are not given (Auto Naming's defaults)."));
    addArgument(
        {QStringLiteral("CLASS"), QStringLiteral("The object's class (siteadminctl schema lists them).")});
    addArgument({QStringLiteral("PARENT-DN"), QStringLiteral("The container it goes in.")});
    addArgument({QStringLiteral("ATTR=VALUE"),
                 QStringLiteral("A value (repeat the attribute for several values)."),
                 CommandArgument::Count::Many});
    addOption({OptServer,
               QStringLiteral("The server a mailbox lives on, when no Home-Server=... is given (default: "
                              "the site's first server)."),
               QStringLiteral("SERVER")});
    addPasswordOption(OptPassword,
                      QStringLiteral("The object's password (DXA-Password), for the classes that have one"));
}

int CreateCommand::execute(CtlRun& run)
{
    const QString className = run.arg(0);
    const ClassDef* cls = Schema::instance().findClass(className);
    if (!cls)
        return run.fail(QStringLiteral("unknown class \"%1\" (see siteadminctl schema)").arg(className));
    auto parent = Dn::parse(run.arg(1));
    if (!parent)
        return run.fail(parent.error().message());
    AttributeValues values;
    for (const QString& a : run.args().mid(2)) {
        auto kv = splitAssignment(a);
        if (!kv)
            return run.usage(kv.error().message());
        values[kv->first].append(kv->second);
    }
    // The password: kept off the command line by --password-file or --password-stdin, or typed at a
    // prompt when the class has one, none was given and a terminal can answer.
    const QString secret = secretAttributeOf(*cls);
    warnAboutSecretsOnArgv(run, values.keys());
    auto typed = run.password(OptPassword, !secret.isEmpty() && !values.contains(secret)
                                               ? QStringLiteral("%1: ").arg(secret)
                                               : QString());
    if (!typed)
        return run.fail(typed.error().message());
    if (!typed->isEmpty()) {
        if (const QString problem =
                typedSecretProblem(secret, values.keys(), QStringLiteral("a %1").arg(cls->label));
            !problem.isEmpty())
            return run.usage(problem);
        values[secret] = {typed.value()};
    }
    if (run.isSet(OptServer)) {
        if (cls->name != QLatin1String("mailbox"))
            return run.usage(QStringLiteral("--server is for mailboxes (the server one lives on), not a %1")
                                 .arg(cls->label));
        bool named = false;
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            const AttributeDef* def = Schema::instance().findAttribute(it.key());
            named = named || (def && def->name == attr::HomeServer);
        }
        if (!named)
            values[attr::HomeServer] = {run.value(OptServer)};
    }
    if (cls->recipient && cls->name != QLatin1String("distribution-list")) {
        // The names typed are checked first, so that a refusal names them, not what is made of them.
        for (const QString& part : {attr::GivenName, attr::Initials, attr::Surname}) {
            for (const QString& v : values.value(part)) {
                if (auto ok = Schema::instance().normalizeValue(*Schema::instance().findAttribute(part), v);
                    !ok)
                    return run.fail(ok.error().message());
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
    auto store = run.storeFor(parent.value());
    if (!store)
        return run.fail(store.error().message());
    ChangeSet changes;
    changes.create(className, parent.value(), values);
    auto done = store.value()->commit(changes);
    if (!done)
        return run.fail(done.error().message());
    if (run.json())
        run.printJson(QJsonObject{{QStringLiteral("dn"), done->created.first().toString()},
                                  {QStringLiteral("usn"), done->lastUsn}});
    else
        run.out() << done->created.first().toString() << Qt::endl;
    return 0;
}

} // namespace sa::app::ctl
