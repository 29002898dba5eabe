#include "Services.h"

#include "core/common/Clock.h"
#include "core/directory/ConnectorValues.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"

#include <optional>

namespace sa::core {

const QString Services::SystemAttendant =
    QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "System Attendant"));
const QString Services::Directory = QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Directory"));
const QString Services::Mta = QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Message Transfer Agent"));
const QString Services::MsMailInterchange =
    QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "MS Mail Connector Interchange"));
const QString Services::DirectorySynchronization =
    QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Directory Synchronization"));
const QString Services::InternetMail =
    QStringLiteral(QT_TRANSLATE_NOOP("sa::core::Phrase", "Internet Mail Service"));

QString stateName(ServiceState state)
{
    switch (state) {
    case ServiceState::Stopped:
        return QStringLiteral("Stopped");
    case ServiceState::Running:
        return QStringLiteral("Running");
    case ServiceState::Paused:
        return QStringLiteral("Paused");
    }
    return {};
}

namespace {

/// The PC MTA service names of the MS Mail Connectors that run on `server`.
QStringList pcMtas(DirectoryStore& store, const QString& server, bool* hasConnector)
{
    QStringList names;
    *hasConnector = false;
    const Dn serverDn = SiteBuilder::serverDn(store.organizationName(), store.siteName(), server);
    auto connectors = store.objectsOf(ListFilter{{QStringLiteral("msmail-connector")}, true});
    if (!connectors)
        return names;
    for (const DirectoryObject& c : connectors.value()) {
        if (c.isReplica() || c.value(attr::HomeServer).compare(serverDn.toString(), Qt::CaseInsensitive) != 0)
            continue;
        *hasConnector = true;
        for (const QString& mta : c.valuesOf(attr::ConnectorMta))
            names << ConnectorValues::ConnectorMta::parse(mta).name;
    }
    return names;
}

/// Whether an Internet Mail Service of this site runs on `server`.
bool hasInternetMail(DirectoryStore& store, const QString& server)
{
    const Dn serverDn = SiteBuilder::serverDn(store.organizationName(), store.siteName(), server);
    auto services = store.objectsOf(ListFilter{{QStringLiteral("internet-mail-service")}, true});
    if (!services)
        return false;
    for (const DirectoryObject& ims : services.value()) {
        if (!ims.isReplica() &&
            ims.value(attr::HomeServer).compare(serverDn.toString(), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

/// The services every server has: the System Attendant, the Directory and the MTA, then Directory
/// Synchronization.
QList<ServiceStatus> everyServer(const QString& server)
{
    return {
        {server, Services::SystemAttendant, ServiceState::Running, {}},
        {server, Services::Directory, ServiceState::Running, {Services::SystemAttendant}},
        {server, Services::Mta, ServiceState::Running, {Services::Directory}},
        {server, Services::DirectorySynchronization, ServiceState::Stopped, {Services::Mta}},
    };
}

QList<ServiceStatus> readDefinitions(DirectoryStore& store, const QString& server)
{
    const QList<ServiceStatus> always = everyServer(server);
    QList<ServiceStatus> out = always.mid(0, 3);
    bool connector = false;
    const QStringList mtas = pcMtas(store, server, &connector);
    if (connector) {
        out.append({server, Services::MsMailInterchange, ServiceState::Stopped, {Services::Directory}});
        for (const QString& m : mtas)
            out.append({server, m, ServiceState::Stopped, {Services::MsMailInterchange}});
    }
    out.append(always.at(3));
    if (hasInternetMail(store, server))
        out.append({server, Services::InternetMail, ServiceState::Stopped, {Services::Mta}});
    return out;
}

/// The services defined on `server`, read again only when an object changed: MailRouter asks
/// whether a postoffice's PC MTA runs for every message it carries, and reading every connector
/// each time was a thirtieth of an idle cycle of a hundred postoffices (issue 18).
QList<ServiceStatus> definitions(DirectoryStore& store, const QString& server)
{
    return store.derived<QList<ServiceStatus>>(QStringLiteral("services of ") + server.toUpper(),
                                               [&] { return readDefinitions(store, server); });
}

/// The definition of `service` on `server`: the services every server has are known without
/// reading the connectors and Internet Mail Services (definitions() reads them; the carrying passes
/// ask the MTA's state many times a cycle, issue 18).
std::optional<ServiceStatus> definition(DirectoryStore& store, const QString& server, const QString& service)
{
    for (const ServiceStatus& s : everyServer(server)) {
        if (s.name.compare(service, Qt::CaseInsensitive) == 0)
            return s;
    }
    for (const ServiceStatus& s : definitions(store, server)) {
        if (s.name.compare(service, Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

Result<ServiceStatus> find(DirectoryStore& store, const QString& server, const QString& service)
{
    // Whether the server is there, not its attributes (asked many times a cycle, issue 18).
    auto serverId = store.idOf(SiteBuilder::serverDn(store.organizationName(), store.siteName(), server));
    if (!serverId)
        return serverId.error();
    if (serverId.value() == 0)
        return Error(ErrorCode::NotFound,
                     Phrase::tr("site %1 has no server %2").arg(store.siteName(), server));
    if (std::optional<ServiceStatus> known = definition(store, server, service)) {
        ServiceStatus s = *known;
        auto stored = store.connection().scalar(
            QStringLiteral("SELECT state FROM services WHERE server = ? AND name = ?"),
            {server.toUpper(), s.name});
        if (!stored)
            return stored.error();
        if (stored->isValid()) {
            const QString v = stored->toString();
            s.state = v == QLatin1String("Running")  ? ServiceState::Running
                      : v == QLatin1String("Paused") ? ServiceState::Paused
                                                     : ServiceState::Stopped;
        }
        return s;
    }
    return Error(ErrorCode::NotFound, Phrase::tr("server %1 has no service \"%2\"").arg(server, service));
}

} // namespace

Status Services::set(DirectoryStore& store, const QString& server, const QString& service, ServiceState state)
{
    return store.write([&](DirectoryWriter& w) -> Status {
        auto r =
            w.exec(QStringLiteral("INSERT INTO services(server, name, state, changed) VALUES (?, ?, ?, ?)"
                                  " ON CONFLICT(server, name) DO UPDATE SET state = excluded.state,"
                                  " changed = excluded.changed"),
                   {server.toUpper(), service, stateName(state), Clock::nowUtc().toString(Qt::ISODate)});
        return r.status();
    });
}

Result<QList<ServiceStatus>> Services::status(DirectoryStore& store, const QString& server)
{
    QList<ServiceStatus> out;
    for (const ServiceStatus& d : definitions(store, server)) {
        auto s = find(store, server, d.name);
        if (!s)
            return s.error();
        out << s.value();
    }
    return out;
}

Result<ServiceState> Services::state(DirectoryStore& store, const QString& server, const QString& service)
{
    auto s = find(store, server, service);
    if (!s)
        return s.error();
    return s->state;
}

bool Services::isRunning(DirectoryStore& store, const QString& server, const QString& service)
{
    auto s = state(store, server, service);
    return s && s.value() == ServiceState::Running;
}

Result<QStringList> Services::start(DirectoryStore& store, const QString& server, const QString& service)
{
    auto s = find(store, server, service);
    if (!s)
        return s.error();
    QStringList changed;
    for (const QString& dependency : s->dependsOn) {
        auto d = start(store, server, dependency);
        if (!d)
            return d.error();
        changed += d.value();
    }
    if (s->state == ServiceState::Running)
        return changed;
    if (Status w = set(store, server, s->name, ServiceState::Running); !w)
        return w.error();
    changed << s->name;
    return changed;
}

Result<QStringList> Services::stop(DirectoryStore& store, const QString& server, const QString& service)
{
    auto s = find(store, server, service);
    if (!s)
        return s.error();
    QStringList dependents;
    for (const ServiceStatus& d : definitions(store, server)) {
        if (!d.dependsOn.contains(s->name))
            continue;
        auto current = find(store, server, d.name);
        if (current && current->state != ServiceState::Stopped)
            dependents << d.name;
    }
    if (!dependents.isEmpty())
        return Error(ErrorCode::NotAllowed, Phrase::tr("%1 on %2 is needed by %3; stop those first")
                                                .arg(s->name, server, dependents.join(QStringLiteral(", "))));
    if (s->state == ServiceState::Stopped)
        return QStringList();
    if (Status w = set(store, server, s->name, ServiceState::Stopped); !w)
        return w.error();
    return QStringList{s->name};
}

Result<QStringList> Services::dependents(DirectoryStore& store, const QString& server, const QString& service)
{
    auto s = find(store, server, service);
    if (!s)
        return s.error();
    QStringList out;
    const QList<ServiceStatus> all = definitions(store, server);
    for (const ServiceStatus& d : all) {
        if (!d.dependsOn.contains(s->name))
            continue;
        auto further = dependents(store, server, d.name);
        if (!further)
            return further.error();
        for (const QString& f : further.value()) {
            if (!out.contains(f))
                out << f;
        }
        auto current = find(store, server, d.name);
        if (!current)
            return current.error();
        if (current->state != ServiceState::Stopped && !out.contains(d.name))
            out << d.name;
    }
    return out;
}

Result<QStringList> Services::stopWithDependents(DirectoryStore& store, const QString& server,
                                                 const QString& service)
{
    auto first = dependents(store, server, service);
    if (!first)
        return first.error();
    QStringList changed;
    for (const QString& name : first.value() + QStringList{service}) {
        auto stopped = stop(store, server, name);
        if (!stopped)
            return stopped.error();
        changed += stopped.value();
    }
    return changed;
}

Result<QStringList> Services::restart(DirectoryStore& store, const QString& server, const QString& service)
{
    auto running = dependents(store, server, service);
    if (!running)
        return running.error();
    auto stopped = stopWithDependents(store, server, service);
    if (!stopped)
        return stopped.error();
    QStringList changed = stopped.value();
    // Started again in the reverse order: the service first, then what needs it.
    QStringList again{service};
    for (auto it = running->crbegin(); it != running->crend(); ++it)
        again << *it;
    for (const QString& name : again) {
        auto started = start(store, server, name);
        if (!started)
            return started.error();
        changed += started.value();
    }
    return changed;
}

Result<QStringList> Services::pause(DirectoryStore& store, const QString& server, const QString& service)
{
    auto s = find(store, server, service);
    if (!s)
        return s.error();
    if (s->state != ServiceState::Running)
        return Error(ErrorCode::NotAllowed, Phrase::tr("%1 on %2 is %3; only a running service can be paused")
                                                .arg(s->name, server, stateName(s->state).toLower()));
    if (Status w = set(store, server, s->name, ServiceState::Paused); !w)
        return w.error();
    return QStringList{s->name};
}

Result<QStringList> Services::resume(DirectoryStore& store, const QString& server, const QString& service)
{
    auto s = find(store, server, service);
    if (!s)
        return s.error();
    if (s->state != ServiceState::Paused)
        return Error(ErrorCode::NotAllowed, Phrase::tr("%1 on %2 is %3; only a paused service can continue")
                                                .arg(s->name, server, stateName(s->state).toLower()));
    if (Status w = set(store, server, s->name, ServiceState::Running); !w)
        return w.error();
    return QStringList{s->name};
}

} // namespace sa::core
