#include "ModifyCommand.h"

#include "AttributeAssignment.h"
#include "CtlOptions.h"

#include <QJsonObject>

namespace sa::app::ctl {

using namespace sa::core;

ModifyCommand::ModifyCommand()
    : CtlCommand(QStringLiteral("modify"), QStringLiteral("Change an object's values"))
{
    setDetails(QStringLiteral("ATTR=VALUE replaces every value of the attribute (repeat it for several); "
                              "an empty VALUE clears it. --add and --remove change one value of a "
                              "multi-valued attribute and leave the others."));
    addArgument({QStringLiteral("DN"), QStringLiteral("The object.")});
    addArgument({QStringLiteral("ATTR=VALUE"), QStringLiteral("A new value."), CommandArgument::Count::Many});
    addOption({OptAdd, QStringLiteral("Add a value (repeatable)."), QStringLiteral("ATTR=VALUE")});
    addOption({OptRemove, QStringLiteral("Remove a value (repeatable)."), QStringLiteral("ATTR=VALUE")});
    addPasswordOption(OptPassword,
                      QStringLiteral("A new password (DXA-Password), for the objects that have one"));
}

int ModifyCommand::execute(CtlRun& run)
{
    auto dn = Dn::parse(run.arg(0));
    if (!dn)
        return run.fail(dn.error().message());
    QList<AttributeChange> changes;
    QMap<QString, QStringList> replacements;
    QStringList order;
    for (const QString& a : run.args().mid(1)) {
        auto kv = splitAssignment(a);
        if (!kv)
            return run.usage(kv.error().message());
        if (!replacements.contains(kv->first))
            order << kv->first;
        replacements[kv->first].append(kv->second);
    }
    for (const QString& name : order)
        changes.append({name, AttributeChange::Op::Replace, replacements.value(name)});
    for (const auto& [option, op] :
         {std::pair{OptAdd, AttributeChange::Op::Add}, std::pair{OptRemove, AttributeChange::Op::Remove}}) {
        for (const QString& a : run.values(option)) {
            auto kv = splitAssignment(a);
            if (!kv)
                return run.usage(kv.error().message());
            if (kv->second.isEmpty())
                return run.usage(QStringLiteral("--%1 %2 names no value").arg(option, a));
            changes.append({kv->first, op, {kv->second}});
        }
    }
    QStringList named;
    for (const AttributeChange& c : changes)
        named << c.attribute;
    warnAboutSecretsOnArgv(run, named);
    auto typed = run.password(OptPassword);
    if (!typed)
        return run.fail(typed.error().message());
    if (changes.isEmpty() && typed->isEmpty())
        return run.usage(QStringLiteral("modify: nothing to change (give ATTR=VALUE, --add or --remove)"));
    auto store = run.storeFor(dn.value());
    if (!store)
        return run.fail(store.error().message());
    if (!typed->isEmpty()) {
        auto object = store.value()->object(dn.value());
        if (!object)
            return run.fail(object.error().message());
        const QString secret = secretAttributeOf(*object->cls);
        if (const QString problem = typedSecretProblem(secret, named, dn->toString()); !problem.isEmpty())
            return run.usage(problem);
        changes.append({secret, AttributeChange::Op::Replace, {typed.value()}});
    }
    ChangeSet set;
    set.modify(dn.value(), changes);
    auto done = store.value()->commit(set);
    if (!done)
        return run.fail(done.error().message());
    if (run.json())
        run.printJson(
            QJsonObject{{QStringLiteral("dn"), dn->toString()}, {QStringLiteral("usn"), done->lastUsn}});
    else
        run.out() << "Modified " << dn->toString() << Qt::endl;
    return 0;
}

} // namespace sa::app::ctl
