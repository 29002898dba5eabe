#include "DirectoryImporter.h"

#include "DirectoryCsvFormat.h"
#include "DirectoryStore.h"
#include "DirectoryWriter.h"
#include "Schema.h"

#include <QFile>

namespace sa::core {

namespace {

enum class Mode
{
    Create,
    Modify,
    Delete
};

/// One data row, understood.
struct Row
{
    int line = 0;
    Mode mode = Mode::Create;
    const ClassDef* cls = nullptr;
    Dn container;
    QString rdn;
    Dn dn;                             ///< the object's DN (a new one's: by Common-Name, else its alias)
    QList<AttributeChange> plain;      ///< everything but references
    QList<AttributeChange> references; ///< Member, Manager, ... (set in the second pass)
};

struct Header
{
    int objClass = -1;
    int mode = -1;
    int commonName = -1;
    int container = -1;
    QList<std::pair<int, QString>> attributes; // column index -> attribute
};

} // namespace

QStringList DirectoryImporter::Report::lines(const QString& file) const
{
    QStringList out;
    for (const CsvProblem& p : problems)
        out << QStringLiteral("%1:%2:%3: %4").arg(file).arg(p.line).arg(p.column).arg(p.reason);
    if (cancelled)
        out << QStringLiteral("%1: the import was cancelled; nothing was written").arg(file);
    return out;
}

DirectoryImporter::Report DirectoryImporter::importFile(DirectoryStore& store, const QString& path,
                                                        const Dn& defaultContainer, const Progress& progress,
                                                        const std::atomic_bool* cancel)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Report r;
        r.problems << CsvProblem{0, 0, QStringLiteral("cannot be read: %1").arg(f.errorString())};
        return r;
    }
    return importBytes(store, f.readAll(), defaultContainer, progress, cancel);
}

DirectoryImporter::Report DirectoryImporter::importBytes(DirectoryStore& store, const QByteArray& bytes,
                                                         const Dn& defaultContainer, const Progress& progress,
                                                         const std::atomic_bool* cancel)
{
    Report report;
    auto problem = [&report](int line, int column, const QString& reason) {
        report.problems << CsvProblem{line, column, reason};
    };
    const CsvReader::Result csv = CsvReader::parse(bytes);
    if (csv.problem) {
        report.problems << *csv.problem;
        return report;
    }
    if (csv.rows.isEmpty()) {
        problem(1, 1, QStringLiteral("the file is empty; its first line must name the attributes"));
        return report;
    }

    // The header.
    Header h;
    const QStringList names = csv.rows.first().fields;
    for (int c = 0; c < names.size(); ++c) {
        const QString name = names.at(c).trimmed();
        if (name.compare(DirectoryCsvFormat::ObjClass, Qt::CaseInsensitive) == 0) {
            h.objClass = c;
        } else if (name.compare(DirectoryCsvFormat::Mode, Qt::CaseInsensitive) == 0) {
            h.mode = c;
        } else if (name.compare(DirectoryCsvFormat::CommonName, Qt::CaseInsensitive) == 0) {
            h.commonName = c;
        } else if (name.compare(DirectoryCsvFormat::Container, Qt::CaseInsensitive) == 0) {
            h.container = c;
        } else {
            const QString attribute = DirectoryCsvFormat::attributeFor(name);
            const AttributeDef* def = Schema::instance().findAttribute(attribute);
            if (attribute.isEmpty())
                problem(1, c + 1, QStringLiteral("unknown attribute \"%1\"").arg(name));
            else if (def->system)
                problem(1, c + 1,
                        QStringLiteral("%1 is kept by the directory and cannot be imported").arg(name));
            else
                h.attributes.append({c, attribute});
        }
    }
    if (h.objClass < 0)
        problem(1, 1, QStringLiteral("the header has no Obj-Class column"));
    if (csv.rows.size() == 1)
        problem(2, 1, QStringLiteral("the file has no rows after its header"));
    if (!report.problems.isEmpty())
        return report;

    // The rows, understood before anything is written.
    QList<Row> rows;
    for (int r = 1; r < csv.rows.size(); ++r) {
        const CsvRow& raw = csv.rows.at(r);
        if (raw.fields.size() != names.size()) {
            problem(raw.line, std::min(int(raw.fields.size()), int(names.size())) + 1,
                    QStringLiteral("the row has %1 fields; the header has %2")
                        .arg(raw.fields.size())
                        .arg(names.size()));
            continue;
        }
        Row row;
        row.line = raw.line;
        const QString modeText = h.mode >= 0 ? raw.fields.at(h.mode).trimmed() : QString();
        if (modeText.isEmpty() || modeText.compare(QLatin1String("Create"), Qt::CaseInsensitive) == 0)
            row.mode = Mode::Create;
        else if (modeText.compare(QLatin1String("Modify"), Qt::CaseInsensitive) == 0)
            row.mode = Mode::Modify;
        else if (modeText.compare(QLatin1String("Delete"), Qt::CaseInsensitive) == 0)
            row.mode = Mode::Delete;
        else {
            problem(raw.line, h.mode + 1,
                    QStringLiteral("unknown mode \"%1\" (use Create, Modify or Delete)").arg(modeText));
            continue;
        }
        row.cls = DirectoryCsvFormat::classFromValue(raw.fields.at(h.objClass));
        if (!row.cls || !row.cls->recipient) {
            problem(raw.line, h.objClass + 1,
                    QStringLiteral("unknown class \"%1\" (use Mailbox, Dist-List or Remote)")
                        .arg(raw.fields.at(h.objClass)));
            continue;
        }
        const QString containerText = h.container >= 0 ? raw.fields.at(h.container).trimmed() : QString();
        if (!containerText.isEmpty()) {
            auto dn = Dn::parse(containerText);
            if (!dn) {
                problem(raw.line, h.container + 1, dn.error().message());
                continue;
            }
            row.container = dn.value();
        } else if (!defaultContainer.isEmpty()) {
            row.container = defaultContainer;
        } else {
            problem(raw.line, h.container >= 0 ? h.container + 1 : 1,
                    QStringLiteral("no container: give an Obj-Container or a default container"));
            continue;
        }
        row.rdn = h.commonName >= 0 ? raw.fields.at(h.commonName).trimmed() : QString();
        if (row.mode != Mode::Create && row.rdn.isEmpty()) {
            problem(raw.line, h.commonName >= 0 ? h.commonName + 1 : 1,
                    QStringLiteral("a Modify or Delete row needs the Common-Name of the object"));
            continue;
        }
        for (const auto& [column, attribute] : h.attributes) {
            const QString field = raw.fields.at(column);
            if (row.mode == Mode::Delete || (field.isEmpty() && row.mode != Mode::Create))
                continue;
            if (field.isEmpty())
                continue;
            const QStringList values =
                field == DirectoryCsvFormat::Delete ? QStringList() : DirectoryCsvFormat::splitValues(field);
            AttributeChange change{attribute, AttributeChange::Op::Replace, values};
            (attr::referenceAttributes().contains(attribute) ? row.references : row.plain) << change;
        }
        QString name = row.rdn;
        for (const AttributeChange& c : row.plain) {
            if (name.isEmpty() && c.attribute == row.cls->rdnFrom)
                name = c.values.value(0).trimmed();
        }
        row.dn = row.container.child(row.cls->rdnType, name);
        rows << row;
    }
    if (!report.problems.isEmpty())
        return report;

    // Everything in one transaction; each row in its own savepoint so that one bad row does not
    // hide the next ones' problems. Any problem rolls the whole transaction back.
    auto columnOf = [&](const QString& attribute, const Row& row) {
        if (attribute == attr::CommonName && h.commonName >= 0)
            return h.commonName + 1;
        for (const auto& [column, a] : h.attributes) {
            if (a == attribute)
                return column + 1;
        }
        Q_UNUSED(row);
        return h.objClass + 1;
    };
    const int total = int(rows.size()) * 2;
    int done = 0;
    const Status written = store.write([&](DirectoryWriter& w) -> Status {
        auto attempt = [&](const Row& row, const std::function<Status()>& work) {
            (void)w.exec(QStringLiteral("SAVEPOINT import_row"));
            Status s = work();
            if (!s) {
                (void)w.exec(QStringLiteral("ROLLBACK TO import_row"));
                problem(row.line, columnOf(s.error().attribute(), row), s.error().message());
            }
            (void)w.exec(QStringLiteral("RELEASE import_row"));
            if (progress && (++done % 100 == 0 || done == total))
                progress(done, total);
            return s.ok();
        };
        // First pass: create and modify (without references); deletes wait.
        for (const Row& row : rows) {
            if (cancel && *cancel)
                break;
            const Dn& dn = row.dn;
            if (row.mode == Mode::Create) {
                attempt(row, [&]() -> Status {
                    auto created = w.create(row.cls->name, row.container, row.plain, row.rdn);
                    if (!created)
                        return created.error();
                    ++report.created;
                    return {};
                });
            } else if (row.mode == Mode::Modify) {
                attempt(row, [&]() -> Status {
                    auto current = w.store().object(dn);
                    if (!current)
                        return Error(current.error().code(), current.error().message(), attr::CommonName);
                    if (current->cls != row.cls)
                        return Error(ErrorCode::InvalidArgument,
                                     QStringLiteral("%1 is a %2, not a %3")
                                         .arg(dn.toString(), current->cls->label, row.cls->label),
                                     attr::CommonName);
                    if (Status s = w.modify(dn, row.plain); !s)
                        return s;
                    ++report.modified;
                    return {};
                });
            } else {
                ++done;
            }
        }
        // Second pass: references, now that every row's object exists; then the deletes.
        for (const Row& row : rows) {
            if (cancel && *cancel)
                break;
            const Dn& dn = row.dn;
            if (row.mode == Mode::Delete) {
                attempt(row, [&]() -> Status {
                    if (Status s = w.remove(dn); !s)
                        return Error(s.error().code(), s.error().message(), attr::CommonName);
                    ++report.deleted;
                    return {};
                });
            } else if (!row.references.isEmpty()) {
                attempt(row, [&]() -> Status { return w.modify(dn, row.references); });
            } else {
                ++done;
            }
        }
        if (cancel && *cancel) {
            report.cancelled = true;
            return Error(ErrorCode::NotAllowed, QStringLiteral("cancelled"));
        }
        if (!report.problems.isEmpty())
            return Error(ErrorCode::InvalidArgument, QStringLiteral("the file has problems"));
        return {};
    });
    if (!written && report.problems.isEmpty() && !report.cancelled)
        report.problems << CsvProblem{0, 0, written.error().message()};
    if (!written)
        report.created = report.modified = report.deleted = 0;
    return report;
}

} // namespace sa::core
