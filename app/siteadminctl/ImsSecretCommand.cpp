#include "ImsSecretCommand.h"

#include "CtlOptions.h"
#include "app/common/SecretInput.h"
#include "core/transport/ImsSecrets.h"

#include <QJsonObject>

namespace sa::app::ctl {

using namespace sa::core;

ImsSecretCommand::ImsSecretCommand()
    : CtlCommand(QStringLiteral("ims secret"),
                 QStringLiteral("Set the secret this site shares with a connected site"))
{
    setDetails(QStringLiteral(
        "Mail between two sites over their Internet Mail Services is signed with a secret the two share "
        "(HMAC-SHA256); set the same secret on both sides, at least 16 characters. It is read from "
        "--secret-file "
        "(which only its owner may read) or else from the first line of standard input, never from the "
        "command line, where every user of the machine could see it. It is kept in the site's database and "
        "never replicated, shown or exported."));
    addArgument({QStringLiteral("SITE"), QStringLiteral("The connected site the secret is shared with.")});
    addOption({OptServer,
               QStringLiteral("A server of the site that keeps it (needed when the folder holds several)."),
               QStringLiteral("SERVER")});
    addOption({OptSecretFile, QStringLiteral("A file holding the secret (its first line)."),
               QStringLiteral("FILE")});
}

int ImsSecretCommand::execute(CtlRun& run)
{
    auto read =
        run.isSet(OptSecretFile) ? SecretInput::fromFile(run.value(OptSecretFile)) : SecretInput::fromStdin();
    if (!read)
        return run.fail(read.error().message());
    const QByteArray secret = read->toUtf8();
    auto chosen = run.sitesOfServerOption();
    if (!chosen)
        return run.fail(chosen.error().message());
    if (chosen->size() > 1)
        return run.usage(
            QStringLiteral("ims secret needs --server (each of the %1 sites keeps its own secrets)")
                .arg(chosen->size()));
    const SiteInfo& site = chosen->first();
    if (site.name.compare(run.arg(0), Qt::CaseInsensitive) == 0)
        return run.fail(QStringLiteral("%1 is this site; name the site it is connected to").arg(site.name));
    auto store = DirectoryStore::open(site.path);
    if (!store)
        return run.fail(store.error());
    if (Status s = ImsSecrets(*store.value()).set(run.arg(0), secret); !s)
        return run.fail(s.error().message());
    run.print(QJsonObject{{QStringLiteral("site"), site.name},
                          {QStringLiteral("connectedSite"), run.arg(0).toUpper()}},
              QStringLiteral("The secret shared by %1 and %2 is set.").arg(site.name, run.arg(0).toUpper()));
    return run.finish(0);
}

} // namespace sa::app::ctl
