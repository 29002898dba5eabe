#include "AttributeAssignment.h"

#include "app/common/CommandRun.h"
#include "core/directory/Schema.h"

namespace sa::app::ctl {

using namespace sa::core;

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

QString secretAttributeOf(const ClassDef& cls)
{
    const Schema& schema = Schema::instance();
    for (const QString& name : schema.allowedAttributes(cls)) {
        if (const AttributeDef* def = schema.findAttribute(name); def && def->secret)
            return def->name;
    }
    return {};
}

QString typedSecretProblem(const QString& secret, const QStringList& given, const QString& owner)
{
    if (secret.isEmpty())
        return QStringLiteral("%1 has no password").arg(owner);
    if (given.contains(secret))
        return QStringLiteral("give the password one way: %1=... or --password-file, --password-stdin or "
                              "--password")
            .arg(secret);
    return {};
}

void warnAboutSecretsOnArgv(CommandRun& run, const QStringList& attributes)
{
    for (const QString& name : attributes) {
        if (const AttributeDef* def = Schema::instance().findAttribute(name); def && def->secret)
            run.noteOnSuccess(
                QStringLiteral("warning: %1=... on the command line can be read by every user of this "
                               "machine; use --password-file or --password-stdin")
                    .arg(def->name));
    }
}

} // namespace sa::app::ctl
