#include "ReplicationRequestCommand.h"

#include "CtlOptions.h"
#include "core/transport/InternetMailService.h"
#include "core/transport/ReplicationByMail.h"

#include <QJsonObject>

namespace sa::app::ctl {

using namespace sa::core;

ReplicationRequestCommand::ReplicationRequestCommand()
    : CtlCommand(QStringLiteral("replication request"),
                 QStringLiteral("Request Now: ask a site on another machine for its changes by mail"))
{
    setDetails(QStringLiteral(
        "What Request Now on a Directory Replication Connector's Sites page does for a site on another "
        "machine: a request with this site's watermark goes to the remote site's replication mailbox "
        "through the Internet Mail Service connected to it; its answer is applied when it comes, by the "
        "services' passes (siteadminctl serve or run)."));
    addArgument({QStringLiteral("SITE"), QStringLiteral("The remote site to ask.")});
    addOption({OptServer,
               QStringLiteral("A server of the site that asks (needed when the folder holds several)."),
               QStringLiteral("SERVER")});
}

int ReplicationRequestCommand::execute(CtlRun& run)
{
    auto chosen = run.sitesOfServerOption();
    if (!chosen)
        return run.fail(chosen.error().message());
    if (chosen->size() > 1)
        return run.usage(QStringLiteral("replication request needs --server (the folder holds %1 sites)")
                             .arg(chosen->size()));
    const SiteInfo& site = chosen->first();
    const QString remote = run.arg(0).toUpper();
    auto store = DirectoryStore::open(site.path);
    if (!store)
        return run.fail(store.error());
    ReplicationByMail byMail(*store.value(), run.orgDir());
    auto states = byMail.states();
    if (!states)
        return run.fail(states.error().message());
    bool known = false;
    for (const ReplicationMailState& s : states.value())
        known = known || s.site == remote;
    if (!known)
        return run.fail(
            QStringLiteral("site %1 has no Directory Replication Connector to a site %2 on another "
                           "machine")
                .arg(site.name, remote));
    if (auto link = InternetMailService(*store.value()).linkTo(remote); !link)
        return run.fail(QStringLiteral("no Internet Mail Service of site %1 is connected to site %2")
                            .arg(site.name, remote));
    if (Status s = byMail.request(remote); !s)
        return run.fail(s.error().message());
    run.print(QJsonObject{{QStringLiteral("site"), site.name}, {QStringLiteral("remoteSite"), remote}},
              QStringLiteral("%1 asked %2 for its changes; they are applied when its answer comes.")
                  .arg(site.name, remote));
    return run.finish(0);
}

} // namespace sa::app::ctl
