#include "DirectoryExporter.h"

#include "DirectoryCsvFormat.h"
#include "DirectoryStore.h"
#include "Schema.h"
#include "Secrets.h"
#include "core/common/Csv.h"
#include "core/common/Windows1252.h"

#include <QSaveFile>
#include <QSet>

namespace sa::core {

namespace {

constexpr int Page = 1000;

/// The live children of `parent` that pass `filter`, in display-name order, a page at a time; each
/// page starts after the last one's final object (no OFFSET, so the last page costs what the first does).
Status forEachPage(const DirectoryStore& store, qint64 parent, const ListFilter& filter,
                   const std::function<Status(const QList<DirectoryObject>&)>& work)
{
    ChildQuery q;
    q.limit = Page;
    q.filter = filter;
    for (;;) {
        auto page = store.children(parent, q);
        if (!page)
            return page.error();
        if (!page->isEmpty()) {
            if (Status s = work(page.value()); !s)
                return s;
            q.after = SortPosition::of(page->last());
        }
        if (page->size() < Page)
            return {};
    }
}

} // namespace

Result<int> DirectoryExporter::exportFile(DirectoryStore& store, const Options& options, const QString& path,
                                          const Progress& progress, const std::atomic_bool* cancel)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Storage,
                     Phrase::tr("%1 cannot be written: %2").arg(path, file.errorString()));
    auto n = exportTo(store, options, file, progress, cancel);
    if (!n) {
        file.cancelWriting();
        return n;
    }
    if (!file.commit())
        return Error(ErrorCode::Storage,
                     Phrase::tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return n;
}

Result<int> DirectoryExporter::exportTo(DirectoryStore& store, const Options& options, QIODevice& out,
                                        const Progress& progress, const std::atomic_bool* cancel)
{
    ListFilter filter;
    for (const QString& name : options.classes) {
        const ClassDef* cls = Schema::instance().findClass(name);
        if (!cls || !cls->recipient)
            return Error(ErrorCode::UnknownClass,
                         Phrase::tr("\"%1\" is not a recipient class (mailbox, distribution-list, "
                                    "custom-recipient)")
                             .arg(name));
        filter.classes << cls->name;
    }
    if (filter.classes.isEmpty()) {
        for (const ClassDef& c : Schema::instance().classes()) {
            if (c.recipient)
                filter.classes << c.name;
        }
    }
    auto root = store.object(options.container);
    if (!root)
        return root.error();
    if (root->cls->name != QLatin1String("recipients-container"))
        return Error(ErrorCode::NotAllowed,
                     Phrase::tr("%1 is a %2, not a recipients container")
                         .arg(options.container.toString(), Phrase::known(root->cls->label)));

    // The containers to export, and how many objects in all.
    QList<DirectoryObject> containers{root.value()};
    ListFilter boxes{{QStringLiteral("recipients-container")}, true};
    for (int i = 0; options.subcontainers && i < containers.size(); ++i) {
        ChildQuery q;
        q.filter = boxes;
        auto kids = store.children(containers.at(i).id, q);
        if (!kids)
            return kids.error();
        containers += kids.value();
    }
    int total = 0;
    for (const DirectoryObject& c : containers) {
        auto n = store.childCount(c.id, filter);
        if (!n)
            return n.error();
        total += n.value();
    }

    // First pass: which attributes appear, so the header names them all and no more.
    QSet<QString> present;
    for (const DirectoryObject& c : containers) {
        Status s = forEachPage(store, c.id, filter, [&](const QList<DirectoryObject>& page) -> Status {
            for (const DirectoryObject& o : page) {
                // Directory Export writes recipients, none of which has a secret attribute today;
                // one added later is never written in the clear to a file (issue 19).
                for (auto it = o.values.constBegin(); it != o.values.constEnd(); ++it) {
                    if (!Secrets::isSecret(it.key()))
                        present.insert(it.key());
                }
            }
            return {};
        });
        if (!s)
            return s.error();
    }
    const QStringList attributes =
        DirectoryCsvFormat::orderedAttributes(QStringList(present.begin(), present.end()));
    QStringList header{DirectoryCsvFormat::ObjClass};
    if (options.subcontainers)
        header << DirectoryCsvFormat::Container;
    header << DirectoryCsvFormat::CommonName;
    for (const QString& a : attributes)
        header << DirectoryCsvFormat::columnFor(a);
    // A line in the file's character set, or the field Windows-1252 cannot hold.
    const auto encoded = [&options, &header](const QStringList& fields,
                                             const QString& who) -> Result<QByteArray> {
        const QByteArray utf8 = Csv::line(fields);
        if (options.charset == Charset::Utf8 || options.charset == Charset::Detect)
            return utf8;
        const QString text = QString::fromUtf8(utf8);
        if (options.charset == Charset::Unicode)
            return QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        QByteArray ansi;
        ansi.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            const int byte = Windows1252::encode(text.at(i));
            if (byte < 0) {
                const QString character = text.mid(i, text.at(i).isHighSurrogate() ? 2 : 1);
                qsizetype column = 0;
                while (column < fields.size() && !fields.at(column).contains(character))
                    ++column;
                return Error(
                    ErrorCode::InvalidValue,
                    Phrase::tr("%1 cannot be written in Windows-1252: its %2 holds \"%3\", which that "
                               "character set does not have (export in Unicode or UTF-8)")
                        .arg(who, header.value(column), character));
            }
            ansi += char(byte);
        }
        return ansi;
    };
    if (options.charset == Charset::Unicode && out.write("\xFF\xFE", 2) < 0)
        return Error(ErrorCode::Storage, Phrase::tr("writing failed: %1").arg(out.errorString()));
    auto headerLine = encoded(header, QStringLiteral("the header"));
    if (!headerLine)
        return headerLine.error();
    if (out.write(headerLine.value()) < 0)
        return Error(ErrorCode::Storage, Phrase::tr("writing failed: %1").arg(out.errorString()));

    int done = 0;
    for (const DirectoryObject& c : containers) {
        Status s = forEachPage(store, c.id, filter, [&](const QList<DirectoryObject>& page) -> Status {
            if (cancel && *cancel)
                return Error(ErrorCode::NotAllowed, Phrase::tr("the export was cancelled"));
            QByteArray chunk;
            for (const DirectoryObject& o : page) {
                QStringList fields{DirectoryCsvFormat::classValue(*o.cls)};
                if (options.subcontainers)
                    fields << c.dn.toString();
                fields << o.rdn();
                for (const QString& a : attributes)
                    fields << DirectoryCsvFormat::exportField(a, o.valuesOf(a));
                auto line = encoded(fields, o.dn.toString());
                if (!line)
                    return line.error();
                chunk += line.value();
            }
            if (out.write(chunk) < 0)
                return Error(ErrorCode::Storage, Phrase::tr("writing failed: %1").arg(out.errorString()));
            done += int(page.size());
            if (progress)
                progress(done, total);
            return {};
        });
        if (!s)
            return s.error();
    }
    return done;
}

} // namespace sa::core
