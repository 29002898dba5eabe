#include "PoUserEditCommand.h"

#include "PoOptions.h"

#include <QJsonObject>

namespace sa::app::po {

using namespace sa::core;

PoUserEditCommand::PoUserEditCommand(const QString& verb)
    : PoCommand(QStringLiteral("user ") + verb,
                verb == QLatin1String("add")      ? QStringLiteral("Add a user")
                : verb == QLatin1String("modify") ? QStringLiteral("Change a user's name or template fields")
                                                  : QStringLiteral("Delete a user")),
      m_verb(verb)
{
    addPostofficeArgument();
    addArgument(
        {QStringLiteral("MAILBOX"), QStringLiteral("The user's mailbox name (at most 10 characters).")});
    if (verb == QLatin1String("delete"))
        return;
    const QCommandLineOption name{OptName, QStringLiteral("The full name (at most 30 characters)."),
                                  QStringLiteral("NAME")};
    if (verb == QLatin1String("add"))
        addRequiredOption(name);
    else
        addOption(name);
    addOption(
        {OptField,
         QStringLiteral("A template field, as its prompt names it (repeatable; an empty value clears it)."),
         QStringLiteral("PROMPT=VALUE")});
}

int PoUserEditCommand::execute(PoRun& run)
{
    QMap<QString, QString> fields;
    for (const QString& f : run.values(OptField)) {
        const int eq = int(f.indexOf(QLatin1Char('=')));
        if (eq <= 0)
            return run.usage(QStringLiteral("--field takes PROMPT=VALUE, not \"%1\"").arg(f));
        fields.insert(f.left(eq).trimmed(), f.mid(eq + 1));
    }
    auto po = run.postoffice(run.arg(0));
    if (!po)
        return run.fail(po.error().message());
    const QString mailbox = run.arg(1);
    Status s;
    if (m_verb == QLatin1String("add"))
        s = po.value()->addUser(mailbox, run.value(OptName), fields);
    else if (m_verb == QLatin1String("modify"))
        s = po.value()->modifyUser(mailbox, run.value(OptName), fields);
    else
        s = po.value()->deleteUser(mailbox);
    if (!s)
        return run.fail(s.error().message());
    run.print(QJsonObject{{QStringLiteral("mailbox"), mailbox.toUpper()}, {QStringLiteral("done"), m_verb}},
              QStringLiteral("%1: user %2 %3")
                  .arg(po.value()->name(), mailbox.toUpper(),
                       m_verb == QLatin1String("add")      ? QStringLiteral("added")
                       : m_verb == QLatin1String("modify") ? QStringLiteral("modified")
                                                           : QStringLiteral("deleted")));
    return 0;
}

} // namespace sa::app::po
