// siteadminctl init, add-site and demo: making an organization, a site, or the demo at one of the
// stages of Q152167.
#include "CtlCommands.h"
#include "CtlOptions.h"
#include "core/directory/Organization.h"
#include "core/host/DemoOrganization.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace sa::app {

using namespace sa::core;
using namespace ctl;

int CtlCommands::init()
{
    if (!checkOptions({OptOrganization, OptSite, OptServer}) || !checkArgumentCount(0, 0))
        return 2;
    for (const QString& o : {OptOrganization, OptSite, OptServer}) {
        if (!m_parser.isSet(o))
            return usage(QStringLiteral("init needs --%1").arg(o));
    }
    auto org = Organization::create(orgDir(), m_parser.value(OptOrganization), m_parser.value(OptSite),
                                    m_parser.value(OptServer));
    if (!org)
        return fail(org.error().message());
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("organization"), org->name()},
                              {QStringLiteral("folder"), org->dir()}});
    else
        m_out << "Created organization " << org->name() << " in " << QDir::toNativeSeparators(org->dir())
              << Qt::endl;
    return 0;
}

int CtlCommands::addSite()
{
    if (!checkOptions({OptSite, OptServer}) || !checkArgumentCount(0, 0))
        return 2;
    for (const QString& o : {OptSite, OptServer}) {
        if (!m_parser.isSet(o))
            return usage(QStringLiteral("add-site needs --%1").arg(o));
    }
    auto org = Organization::open(orgDir());
    if (!org)
        return fail(org.error().message());
    auto site = org.value().addSite(m_parser.value(OptSite), m_parser.value(OptServer));
    if (!site)
        return fail(site.error().message());
    if (m_json)
        printJson(
            QJsonObject{{QStringLiteral("site"), site->name}, {QStringLiteral("database"), site->path}});
    else
        m_out << "Added site " << site->name << " with server " << site->servers.value(0) << Qt::endl;
    return 0;
}

int CtlCommands::demo()
{
    if (!checkOptions({OptLab, OptLinked}) || !checkArgumentCount(0, 0))
        return 2;
    if (m_parser.isSet(OptLab) && m_parser.isSet(OptLinked))
        return usage(QStringLiteral("demo takes --lab or --linked, not both"));
    const DemoStage stage = m_parser.isSet(OptLab)      ? DemoStage::Lab
                            : m_parser.isSet(OptLinked) ? DemoStage::Linked
                                                        : DemoStage::Configured;
    const auto [stageName, stageText] =
        stage == DemoStage::Lab
            ? std::pair{QStringLiteral("lab"),
                        QStringLiteral("as Q152167 starts: no site connector, no directory "
                                       "replication connector, no dirsync objects")}
        : stage == DemoStage::Linked
            ? std::pair{QStringLiteral("linked"),
                        QStringLiteral("sites joined and replicated; no dirsync objects yet")}
            : std::pair{QStringLiteral("configured"),
                        QStringLiteral("as Q152167 leaves it: X1 is the dirsync server of NWNET/PO1 and "
                                       "NWNET/PO2, Directory Synchronization started")};
    auto org = DemoOrganization::build(orgDir(), stage);
    if (!org)
        return fail(org.error().message());
    auto sites = org->sites();
    if (!sites)
        return fail(sites.error().message());
    if (m_json) {
        QJsonArray list;
        for (const SiteInfo& s : sites.value())
            list.append(QJsonObject{{QStringLiteral("site"), s.name},
                                    {QStringLiteral("servers"), QJsonArray::fromStringList(s.servers)}});
        printJson(QJsonObject{{QStringLiteral("organization"), org->name()},
                              {QStringLiteral("folder"), org->dir()},
                              {QStringLiteral("stage"), stageName},
                              {QStringLiteral("sites"), list}});
    } else {
        m_out << "Built the demo organization " << org->name() << " in "
              << QDir::toNativeSeparators(org->dir()) << Qt::endl;
        for (const SiteInfo& s : sites.value())
            m_out << "  site " << s.name << ": " << s.servers.join(QStringLiteral(", ")) << Qt::endl;
        m_out << "  " << stageText << Qt::endl;
    }
    return 0;
}

} // namespace sa::app
