// siteadminctl import and export: Directory Import and Export of CSV files.
#include "CtlCommands.h"
#include "CtlOptions.h"
#include "core/common/CsvReader.h"
#include "core/directory/DirectoryCsvFormat.h"
#include "core/directory/DirectoryExporter.h"
#include "core/directory/DirectoryImporter.h"
#include "core/directory/DirectoryStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace sa::app {

using namespace sa::core;
using namespace ctl;

int CtlCommands::importFile()
{
    if (!checkOptions({OptContainer}) || !checkArgumentCount(1, 1))
        return 2;
    const QString file = m_args.first();
    const auto read = DirectoryImporter::readFile(file);
    if (!read)
        return fail(QStringLiteral("%1: %2").arg(file, read.error().message()));
    const QByteArray bytes = read.value();
    Dn container;
    if (m_parser.isSet(OptContainer)) {
        auto dn = Dn::parse(m_parser.value(OptContainer));
        if (!dn)
            return fail(dn.error().message());
        container = dn.value();
    } else {
        // The site comes from the first row's Obj-Container; without one, --container is needed.
        const CsvReader::Result csv = CsvReader::parse(bytes);
        const int column =
            csv.rows.isEmpty() ? -1 : int(csv.rows.first().fields.indexOf(DirectoryCsvFormat::Container));
        if (column < 0 || csv.rows.size() < 2 || csv.rows.at(1).fields.value(column).isEmpty())
            return usage(
                QStringLiteral("import needs --container DN (where rows without an Obj-Container go)"));
        auto dn = Dn::parse(csv.rows.at(1).fields.value(column));
        if (!dn)
            return fail(QStringLiteral("%1:2: %2").arg(file, dn.error().message()));
        container = dn.value();
    }
    auto store = storeFor(container);
    if (!store)
        return fail(store.error().message());
    const DirectoryImporter::Report report = DirectoryImporter::importBytes(
        *store.value(), bytes, m_parser.isSet(OptContainer) ? container : Dn());
    if (!report.ok()) {
        for (const QString& line : report.lines(file))
            m_err << "siteadminctl: " << line << Qt::endl;
        return 1;
    }
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("created"), report.created},
                              {QStringLiteral("modified"), report.modified},
                              {QStringLiteral("unchanged"), report.unchanged},
                              {QStringLiteral("deleted"), report.deleted}});
    else
        m_out << "Imported " << file << ": " << report.created << " created, " << report.modified
              << " modified, " << report.unchanged << " unchanged, " << report.deleted << " deleted"
              << Qt::endl;
    return 0;
}

int CtlCommands::exportFile()
{
    if (!checkOptions({OptClass, OptSubcontainers}) || !checkArgumentCount(2, 2))
        return 2;
    auto dn = Dn::parse(m_args.at(1));
    if (!dn)
        return fail(dn.error().message());
    DirectoryExporter::Options options;
    options.container = dn.value();
    options.subcontainers = m_parser.isSet(OptSubcontainers);
    options.classes = m_parser.values(OptClass);
    auto store = storeFor(dn.value());
    if (!store)
        return fail(store.error().message());
    auto n = DirectoryExporter::exportFile(*store.value(), options, m_args.first());
    if (!n)
        return fail(n.error().message());
    if (m_json)
        printJson(
            QJsonObject{{QStringLiteral("exported"), n.value()}, {QStringLiteral("file"), m_args.first()}});
    else
        m_out << "Exported " << n.value() << " objects to " << m_args.first() << Qt::endl;
    return 0;
}

} // namespace sa::app
