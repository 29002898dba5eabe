#include "DirectoryImporter.h"

#include "AutoNaming.h"
#include "DirectoryCsvFormat.h"
#include "DirectoryObject.h"
#include "DirectoryStore.h"
#include "DirectoryWriter.h"
#include "Schema.h"
#include "core/common/CsvStream.h"
#include "core/common/TextRule.h"
#include "core/directory/AuditTrail.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace sa::core {

namespace {

/// A row's Mode. As in the original (Exchange 4.0-5.5 Directory Import), an empty Mode is Update:
/// the object is created when it is missing and changed when it exists.
enum class Mode
{
    Update,
    Create,
    Modify,
    Delete
};

/// One data row, understood.
struct Row
{
    int line = 0;
    Mode mode = Mode::Update;
    const ClassDef* cls = nullptr;
    Dn container;
    QString rdn;
    Dn dn;                             ///< the object's DN (a new one's: by Common-Name, else its alias)
    QList<AttributeChange> plain;      ///< everything but references
    QList<AttributeChange> references; ///< Member, Manager, ... (set in the second pass)
    qint64 existingId = 0;             ///< the object the first pass found and changed, if any
};

struct Header
{
    int objClass = -1;
    int mode = -1;
    int commonName = -1;
    int container = -1;
    QList<std::pair<int, QString>> attributes; // column index -> attribute
};

/// A reference (Members, Owner, Manager, ...) as the original's import files give it: a full DN
/// (/o=ORG/ou=SITE/cn=Recipients/cn=BillL), a name relative to the site (Recipients/cn=BillL, or
/// cn=Recipients/cn=BillL) or a bare directory name (BillL), which is in the row's own container
/// (the Exchange 5.5 Migration guide, "Creating or Changing Distribution Lists", shows the last two).
Result<Dn> referenceDn(const QString& value, const Dn& container)
{
    if (value.startsWith(QLatin1Char('/')))
        return Dn::parse(value);
    if (!value.contains(QLatin1Char('/')) && !value.contains(QLatin1Char('=')))
        return container.child(QStringLiteral("cn"), value);
    QList<Rdn> site = container.rdns().mid(0, 1);
    if (container.depth() > 1 && container.rdns().at(1).type == QLatin1String("ou"))
        site << container.rdns().at(1);
    // Its first part names a container of the site, with or without its "cn=".
    const bool typed = value.section(QLatin1Char('/'), 0, 0).contains(QLatin1Char('='));
    const QString relative = typed ? value : QStringLiteral("cn=") + value;
    return Dn::parse(Dn(site).toString() + QLatin1Char('/') + relative);
}

/// A data row understood, or nothing when it has a problem (said through `problem`).
std::optional<Row> understand(const CsvRow& raw, const Header& h, int columns, const Dn& defaultContainer,
                              const std::function<void(int, int, const Phrase&)>& problem)
{
    if (raw.fields.size() != columns) {
        problem(raw.line, std::min(int(raw.fields.size()), columns) + 1,
                Phrase::tr("the row has %1 fields; the header has %2").arg(raw.fields.size()).arg(columns));
        return std::nullopt;
    }
    Row row;
    row.line = raw.line;
    const QString modeText = h.mode >= 0 ? raw.fields.at(h.mode).trimmed() : QString();
    if (modeText.isEmpty() || modeText.compare(QLatin1String("Update"), Qt::CaseInsensitive) == 0)
        row.mode = Mode::Update;
    else if (modeText.compare(QLatin1String("Create"), Qt::CaseInsensitive) == 0)
        row.mode = Mode::Create;
    else if (modeText.compare(QLatin1String("Modify"), Qt::CaseInsensitive) == 0)
        row.mode = Mode::Modify;
    else if (modeText.compare(QLatin1String("Delete"), Qt::CaseInsensitive) == 0)
        row.mode = Mode::Delete;
    else {
        problem(raw.line, h.mode + 1,
                Phrase::tr("unknown mode %1 (use Update, Create, Modify or Delete; empty is Update)")
                    .arg(TextRule::quoted(modeText)));
        return std::nullopt;
    }
    row.cls = DirectoryCsvFormat::classFromValue(raw.fields.at(h.objClass));
    if (!row.cls || !row.cls->recipient) {
        problem(
            raw.line, h.objClass + 1,
            Phrase::tr("unknown class \"%1\" (use mailbox, dl or remote)").arg(raw.fields.at(h.objClass)));
        return std::nullopt;
    }
    const QString containerText = h.container >= 0 ? raw.fields.at(h.container).trimmed() : QString();
    if (!containerText.isEmpty()) {
        auto dn = Dn::parse(containerText);
        if (!dn) {
            problem(raw.line, h.container + 1, dn.error().phrase());
            return std::nullopt;
        }
        row.container = dn.value();
    } else if (!defaultContainer.isEmpty()) {
        row.container = defaultContainer;
    } else {
        problem(raw.line, h.container >= 0 ? h.container + 1 : 1,
                Phrase::tr("no container: give an Obj-Container or a default container"));
        return std::nullopt;
    }
    row.rdn = h.commonName >= 0 ? raw.fields.at(h.commonName).trimmed() : QString();
    if ((row.mode == Mode::Modify || row.mode == Mode::Delete) && row.rdn.isEmpty()) {
        problem(raw.line, h.commonName >= 0 ? h.commonName + 1 : 1,
                Phrase::tr("a Modify or Delete row needs the Common-Name of the object"));
        return std::nullopt;
    }
    bool bad = false; // every field's problem is told, then the row is left out
    for (const auto& [column, attribute] : h.attributes) {
        // Blanks around a value are dropped ("dl, Marketing, ..." as the Migration guide spaces its
        // lines), but not in a note, whose text is the administrator's as typed.
        const AttributeDef* def = Schema::instance().findAttribute(attribute);
        const bool asTyped = def && def->syntax == Syntax::Text;
        const QString field = asTyped ? raw.fields.at(column) : raw.fields.at(column).trimmed();
        if (row.mode == Mode::Delete || field.isEmpty())
            continue; // an empty field leaves the attribute as it is (or unset, for a new object)
        QStringList values;
        if (field != DirectoryCsvFormat::Delete) {
            auto split = DirectoryCsvFormat::splitValues(field, attribute);
            if (!split) {
                problem(raw.line, column + 1, split.error().phrase());
                bad = true;
                continue;
            }
            values = split.value();
        }
        const bool reference = attr::referenceAttributes().contains(attribute);
        for (QString& v : values) {
            if (!asTyped)
                v = v.trimmed();
            if (!reference)
                continue;
            auto dn = referenceDn(v, row.container);
            if (!dn) {
                problem(raw.line, column + 1, dn.error().phrase());
                bad = true;
                break;
            }
            v = dn->toString();
        }
        AttributeChange change{attribute, AttributeChange::Op::Replace, values};
        (reference ? row.references : row.plain) << change;
    }
    QString name = row.rdn;
    for (const AttributeChange& c : row.plain) {
        if (name.isEmpty() && c.attribute == row.cls->rdnFrom)
            name = c.values.value(0).trimmed();
    }
    row.dn = row.container.child(row.cls->rdnType, name);
    if (bad)
        return std::nullopt;
    return row;
}

/// Blank values of a new object, made as the original's import made them (the Exchange SDK's
/// appendix on import files: "blank values are sometimes constructed from the values of other
/// attributes"): the alias from the directory name, the display name from the given name, initials
/// and surname as Auto Naming's default (First Last) joins them, else the directory name. Which
/// attributes and from what is decided here: the sources name no list.
void deriveBlanks(Row& row)
{
    const auto valueOf = [&row](const QString& attribute) -> QString {
        for (const AttributeChange& c : row.plain) {
            if (c.attribute == attribute)
                return c.values.value(0).trimmed();
        }
        return {};
    };
    const auto fill = [&row](const QString& attribute, const QString& value) {
        if (value.isEmpty() || !Schema::instance().allows(*row.cls, attribute))
            return;
        for (AttributeChange& c : row.plain) {
            if (c.attribute == attribute) {
                c.values = QStringList{value};
                return;
            }
        }
        row.plain << AttributeChange{attribute, AttributeChange::Op::Replace, {value}};
    };
    const QString directoryName = row.rdn.isEmpty() ? valueOf(attr::MailNickname) : row.rdn;
    if (valueOf(attr::MailNickname).isEmpty())
        fill(attr::MailNickname, AutoNaming::aliasFrom(directoryName));
    if (valueOf(attr::DisplayName).isEmpty()) {
        const QString joined = AutoNaming().displayName(valueOf(attr::GivenName), valueOf(attr::Initials),
                                                        valueOf(attr::Surname));
        fill(attr::DisplayName, joined.isEmpty() ? directoryName : joined);
    }
}

/// The options of an import that says only where rows without an Obj-Container go.
DirectoryImporter::Options optionsIn(const Dn& container)
{
    DirectoryImporter::Options options;
    options.container = container;
    return options;
}

/// A new mailbox whose row names no home server lives on `server`, the server the import was made
/// on (the original's Import dialog's "MS Exchange server", `siteadminctl import --server`); with
/// none, the writer gives it the site's first server (MailboxRules).
void homeServerOf(Row& row, const QString& server)
{
    if (server.isEmpty() || !Schema::instance().allows(*row.cls, attr::HomeServer))
        return;
    for (const AttributeChange& c : row.plain) {
        if (c.attribute == attr::HomeServer && !c.values.value(0).trimmed().isEmpty())
            return;
    }
    row.plain << AttributeChange{attr::HomeServer, AttributeChange::Op::Replace, {server}};
}

/// `changes` with each multi-valued attribute's values added to those `current` has (Append
/// values): a value it has already, in any case, is not added again; ~DEL (no values) still clears.
QList<AttributeChange> appended(QList<AttributeChange> changes, const DirectoryObject& current)
{
    for (AttributeChange& c : changes) {
        const AttributeDef* def = Schema::instance().findAttribute(c.attribute);
        if (!def || !def->multiValued || c.values.isEmpty())
            continue;
        QStringList merged = current.valuesOf(c.attribute);
        for (const QString& v : std::as_const(c.values)) {
            if (!merged.contains(v, Qt::CaseInsensitive))
                merged << v;
        }
        c.values = merged;
    }
    return changes;
}

} // namespace

QStringList DirectoryImporter::Report::lines(const QString& file) const
{
    QStringList out;
    for (const CsvProblem& p : problems)
        out << QStringLiteral("%1:%2:%3: %4").arg(file).arg(p.line).arg(p.column).arg(p.reason.english());
    if (cancelled)
        out << QStringLiteral("%1: the import was cancelled; nothing was written").arg(file);
    return out;
}

DirectoryImporter::Report DirectoryImporter::importFile(DirectoryStore& store, const QString& path,
                                                        const Dn& defaultContainer, const Progress& progress,
                                                        const std::atomic_bool* cancel)
{
    return importFile(store, path, optionsIn(defaultContainer), progress, cancel);
}

DirectoryImporter::Report DirectoryImporter::importFile(DirectoryStore& store, const QString& path,
                                                        const Options& options, const Progress& progress,
                                                        const std::atomic_bool* cancel)
{
    QFile f(path);
    if (Status s = open(path, f); !s) {
        Report r;
        r.problems << CsvProblem{0, 0, s.error().phrase()};
        return r;
    }
    return importFrom(store, f, options, progress, cancel);
}

std::optional<DirectoryImporter::Multivalued> DirectoryImporter::multivaluedFrom(const QString& text)
{
    if (text.compare(QLatin1String("append"), Qt::CaseInsensitive) == 0)
        return Multivalued::Append;
    if (text.compare(QLatin1String("overwrite"), Qt::CaseInsensitive) == 0)
        return Multivalued::Overwrite;
    return std::nullopt;
}

Status DirectoryImporter::open(const QString& path, QFile& file)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(ErrorCode::NotFound, Phrase::tr("no such file"));
    if (info.isDir())
        return Error(ErrorCode::InvalidArgument, Phrase::tr("is a folder, not a file to import"));
    if (!info.isFile())
        return Error(ErrorCode::InvalidArgument,
                     Phrase::tr("is not a regular file (a device or a pipe), nothing to import"));
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Storage, Phrase::tr("cannot be read: %1").arg(file.errorString()));
    return {};
}

Result<QByteArray> DirectoryImporter::readFile(const QString& path)
{
    QFile f;
    if (Status s = open(path, f); !s)
        return s.error();
    return f.readAll();
}

DirectoryImporter::Report DirectoryImporter::importBytes(DirectoryStore& store, const QByteArray& bytes,
                                                         const Dn& defaultContainer, const Progress& progress,
                                                         const std::atomic_bool* cancel)
{
    return importBytes(store, bytes, optionsIn(defaultContainer), progress, cancel);
}

DirectoryImporter::Report DirectoryImporter::importBytes(DirectoryStore& store, const QByteArray& bytes,
                                                         const Options& options, const Progress& progress,
                                                         const std::atomic_bool* cancel)
{
    QByteArray copy = bytes; // shared, not copied: QBuffer only reads it
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return importFrom(store, buffer, options, progress, cancel);
}

DirectoryImporter::Report DirectoryImporter::importFrom(DirectoryStore& store, QIODevice& device,
                                                        const Dn& defaultContainer, const Progress& progress,
                                                        const std::atomic_bool* cancel)
{
    return importFrom(store, device, optionsIn(defaultContainer), progress, cancel);
}

DirectoryImporter::Report DirectoryImporter::importFrom(DirectoryStore& store, QIODevice& device,
                                                        const Options& options, const Progress& progress,
                                                        const std::atomic_bool* cancel)
{
    const Dn& defaultContainer = options.container;
    const bool append = options.multivalued == Multivalued::Append;
    const AuditTrail::As as(AuditTrail::Import);
    Report report;
    auto problem = [&report](int line, int column, const Phrase& reason) {
        report.problems << CsvProblem{line, column, reason};
    };
    CsvStream csv(device, options.charset);
    const std::optional<CsvRow> header = csv.next();
    if (!header) {
        if (csv.problem())
            report.problems << *csv.problem();
        else
            problem(1, 1, Phrase::tr("the file is empty; its first line must name the attributes"));
        return report;
    }

    // The header.
    Header h;
    const QStringList names = header->fields;
    QHash<QString, int> seen; // what each column names -> its first column, to refuse a second
    const auto take = [&](int c, const QString& what, int& column) {
        if (const auto first = seen.constFind(what); first != seen.constEnd()) {
            problem(1, c + 1,
                    Phrase::tr("the header names %1 twice (columns %2 and %3)")
                        .arg(what)
                        .arg(*first + 1)
                        .arg(c + 1));
            return;
        }
        seen.insert(what, c);
        column = c;
    };
    for (int c = 0; c < names.size(); ++c) {
        const QString name = names.at(c).trimmed();
        if (DirectoryCsvFormat::names(name, DirectoryCsvFormat::ObjClass)) {
            take(c, DirectoryCsvFormat::ObjClass, h.objClass);
        } else if (DirectoryCsvFormat::names(name, DirectoryCsvFormat::Mode)) {
            take(c, DirectoryCsvFormat::Mode, h.mode);
        } else if (DirectoryCsvFormat::names(name, DirectoryCsvFormat::CommonName)) {
            take(c, DirectoryCsvFormat::CommonName, h.commonName);
        } else if (DirectoryCsvFormat::names(name, DirectoryCsvFormat::Container)) {
            take(c, DirectoryCsvFormat::Container, h.container);
        } else {
            const QString attribute = DirectoryCsvFormat::attributeFor(name);
            const AttributeDef* def = Schema::instance().findAttribute(attribute);
            int column = -1;
            if (attribute.isEmpty())
                problem(1, c + 1, Phrase::tr("unknown attribute \"%1\"").arg(name));
            else if (def->system)
                problem(1, c + 1, Phrase::tr("%1 is kept by the directory and cannot be imported").arg(name));
            else if (take(c, attribute, column); column >= 0)
                h.attributes.append({column, attribute});
        }
    }
    if (h.objClass < 0)
        problem(1, 1, Phrase::tr("the header has no Obj-Class column"));
    std::optional<CsvRow> raw = csv.next();
    if (!raw && csv.problem())
        report.problems << *csv.problem();
    else if (!raw)
        problem(2, 1, Phrase::tr("the file has no rows after its header"));
    if (!report.problems.isEmpty())
        return report;

    // The rows are read, understood and written one at a time, all in one transaction: the file is
    // never held whole (a million rows import in the memory of a few). A row that could fail after
    // writing part of itself runs in its own savepoint, so that one bad row does not hide the next
    // ones' problems; any problem rolls the whole transaction back. Only the rows the second pass needs
    // (references, deletes) are kept.
    auto columnOf = [&](const QString& attribute) {
        if (attribute == attr::CommonName && h.commonName >= 0)
            return h.commonName + 1;
        for (const auto& [column, a] : h.attributes) {
            if (a == attribute)
                return column + 1;
        }
        return h.objClass + 1;
    };
    // Progress: the first pass by the bytes read (90 %), the second by its rows.
    const qint64 size = std::max<qint64>(1, device.size());
    const auto firstPass = [&] {
        if (progress)
            progress(int(std::min<qint64>(900, csv.position() * 900 / size)), 1000);
    };
    QList<Row> later;
    int rowsRead = 0;
    int modified = 0;
    int unchangedCount = 0;
    QSet<qint64> changed; // existing objects a row with references changed (the second pass may too)
    QSet<qint64> unchanged;
    SqliteConnection::BulkCache bulk(store.connection());
    const Status written = store.write([&](DirectoryWriter& w) -> Status {
        // Kept prepared: a statement per row each time would cost more than the row's own writes.
        const auto savepoint = [&w](const char* sql) {
            if (auto st = w.store().nativeStatement(QString::fromLatin1(sql)))
                (void)st.value()->exec();
        };
        // `guarded`: in a savepoint of its own, for work that may fail after writing part of itself.
        auto attempt = [&](const Row& row, bool guarded, const std::function<Status()>& work) {
            if (guarded)
                savepoint("SAVEPOINT import_row");
            Status s = work();
            if (!s) {
                if (guarded)
                    savepoint("ROLLBACK TO import_row");
                problem(row.line, columnOf(s.error().attribute()), s.error().phrase());
            }
            if (guarded)
                savepoint("RELEASE import_row");
            return s.ok();
        };
        // First pass: create and modify (without references); deletes wait.
        for (; raw; raw = csv.next()) {
            if (cancel && *cancel)
                break;
            if (++rowsRead % 100 == 0)
                firstPass();
            std::optional<Row> understood = understand(*raw, h, int(names.size()), defaultContainer, problem);
            if (!understood)
                continue;
            Row& row = *understood;
            if (row.mode == Mode::Delete) {
                later << std::move(row);
                continue;
            }
            // Whether it exists first (cheap); the object itself only for a change.
            auto id = w.store().idOf(row.dn);
            if (!id) {
                problem(row.line, columnOf(attr::CommonName), id.error().phrase());
                continue;
            }
            const bool exists = id.value() != 0;
            // A creation checks everything before its first write, and its writes (one row of
            // objects, then its attributes) fail only with the storage, which ends the import: it
            // needs no savepoint of its own. Savepoints were a tenth of an import (issue 18).
            const bool creating = row.mode == Mode::Create || (row.mode == Mode::Update && !exists);
            attempt(row, !creating, [&]() -> Status {
                if (row.mode == Mode::Create && exists)
                    return Error(
                        ErrorCode::AlreadyExists,
                        Phrase::tr("%1 already exists (a row with an empty Mode, or Update, changes it)")
                            .arg(row.dn.toString()),
                        attr::CommonName);
                if (row.mode == Mode::Create || (row.mode == Mode::Update && !exists)) {
                    deriveBlanks(row);
                    homeServerOf(row, options.server);
                    auto created = w.create(row.cls->name, row.container, row.plain, row.rdn);
                    if (!created)
                        return created.error();
                    ++report.created;
                    return {};
                }
                if (!exists)
                    return Error(ErrorCode::NotFound, Phrase::tr("no object %1").arg(row.dn.toString()),
                                 attr::CommonName);
                auto current = w.store().object(row.dn);
                if (!current)
                    return current.error();
                if (current->cls != row.cls)
                    return Error(ErrorCode::InvalidArgument,
                                 Phrase::tr("%1 is a %2, not a %3")
                                     .arg(row.dn.toString(), Phrase::known(current->cls->label),
                                          Phrase::known(row.cls->label)),
                                 attr::CommonName);
                // Only what differs is written: a row exported and imported again unchanged changes
                // nothing, and its USN stays.
                const qint64 before = w.lastUsn();
                if (Status s = w.modify(row.dn, append ? appended(row.plain, current.value()) : row.plain);
                    !s)
                    return s;
                row.existingId = current->id;
                const bool didChange = w.lastUsn() != before;
                if (!row.references.isEmpty())
                    (didChange ? changed : unchanged).insert(current->id);
                else if (didChange && !changed.contains(current->id))
                    ++modified;
                else if (!didChange && !unchanged.contains(current->id))
                    ++unchangedCount;
                return {};
            });
            if (!row.references.isEmpty()) {
                row.plain.clear();
                later << std::move(row);
            }
        }
        if (csv.problem())
            report.problems << *csv.problem();
        firstPass();
        // Second pass: references, now that every row's object exists; then the deletes.
        for (int i = 0; i < later.size(); ++i) {
            if (cancel && *cancel)
                break;
            const Row& row = later.at(i);
            const Dn& dn = row.dn;
            if (row.mode == Mode::Delete) {
                attempt(row, true, [&]() -> Status {
                    if (Status s = w.remove(dn); !s)
                        return Error(s.error().code(), s.error().message(), attr::CommonName);
                    ++report.deleted;
                    return {};
                });
            } else {
                attempt(row, true, [&]() -> Status {
                    const qint64 before = w.lastUsn();
                    QList<AttributeChange> references = row.references;
                    if (append) {
                        auto current = w.store().object(dn);
                        if (!current)
                            return current.error();
                        references = appended(references, current.value());
                    }
                    if (Status s = w.modify(dn, references); !s)
                        return s;
                    if (w.lastUsn() != before && row.existingId && unchanged.remove(row.existingId))
                        changed.insert(row.existingId);
                    return Status();
                });
            }
            if (progress && (i % 100 == 0 || i + 1 == later.size()))
                progress(900 + int(qint64(i + 1) * 100 / later.size()), 1000);
        }
        if (cancel && *cancel) {
            report.cancelled = true;
            return Error(ErrorCode::NotAllowed, Phrase::tr("cancelled"));
        }
        if (!report.problems.isEmpty())
            return Error(ErrorCode::InvalidArgument, Phrase::tr("the file has problems"));
        return {};
    });
    if (!written && report.problems.isEmpty() && !report.cancelled)
        report.problems << CsvProblem{0, 0, written.error().phrase()};
    report.modified = modified + int(changed.size());
    report.unchanged = unchangedCount + int(unchanged.size());
    if (!written)
        report.created = report.modified = report.unchanged = report.deleted = 0;
    else if (progress)
        progress(1000, 1000);
    return report;
}

} // namespace sa::core
