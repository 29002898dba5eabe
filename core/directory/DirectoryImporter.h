#pragma once

#include "Dn.h"
#include "core/common/Charset.h"
#include "core/common/CsvReader.h"
#include "core/common/Error.h"

#include <QList>
#include <atomic>

class QFile;
class QIODevice;
#include <functional>
#include <optional>

namespace sa::core {

class DirectoryStore;

/// Tools > Directory Import and `siteadminctl import`: a Directory Import file (DirectoryCsvFormat),
/// read as a stream, nothing of it kept unless all of it is good. A row's Mode says what it does: Update
/// (also an empty Mode, as in the original) creates the object when it is missing and changes it when it
/// exists, Create only creates, Modify only changes, Delete deletes; a change writes only what differs. Every
/// row is tried in one transaction; if any row is bad, the transaction is rolled back and the report lists
/// every problem with its line, column and reason. A good file is applied in that one transaction. Members
/// and other references are set after all rows are created, so a list may name members that come later in the
/// file.
class DirectoryImporter
{
public:
    struct Report
    {
        int created = 0;
        int modified = 0;  ///< existing objects a row changed
        int unchanged = 0; ///< existing objects a row named as they already were (nothing written)
        int deleted = 0;
        bool cancelled = false;
        QList<CsvProblem> problems;

        bool ok() const { return problems.isEmpty() && !cancelled; }
        /// "FILE:LINE:COLUMN: reason" per problem (what siteadminctl prints and the dialog saves).
        QStringList lines(const QString& file) const;
    };
    using Progress = std::function<void(int done, int total)>;

    /// The original's "Multivalued properties" option: what a row's values of a multi-valued
    /// attribute (Members, Proxy-Addresses, ...) do to an existing object's.
    enum class Multivalued
    {
        Overwrite, ///< they become its values (the default here, so that an exported file edited and
                   ///< imported again removes what was removed from it)
        Append,    ///< they are added to those it has; a value it has already is not added twice
    };
    struct Options
    {
        Dn container; ///< where rows without an Obj-Container go (may be empty when every row has one)
        Multivalued multivalued = Multivalued::Overwrite;
        /// The file's character set; Detect reads its byte-order mark (UTF-8 without one).
        Charset charset = Charset::Detect;
        /// The server (its name or DN) new mailboxes live on when their row names none; empty: the
        /// site's first server.
        QString server;
    };
    /// "append" or "overwrite" (any case), as `siteadminctl import --multivalued` takes them.
    static std::optional<Multivalued> multivaluedFrom(const QString& text);

    /// `defaultContainer`: where rows without an Obj-Container go (may be empty when every row has one).
    static Report importFile(DirectoryStore& store, const QString& path, const Dn& defaultContainer,
                             const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);
    /// Opens the file to import, or says why it cannot (no such file, a folder, a device,
    /// unreadable), in words for "FILE: reason".
    static Status open(const QString& path, QFile& file);
    /// The bytes of the file to import (tests, small files), or why there are none, as open() says.
    static Result<QByteArray> readFile(const QString& path);
    static Report importBytes(DirectoryStore& store, const QByteArray& bytes, const Dn& defaultContainer,
                              const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);
    /// The import itself, reading `device` a record at a time (CsvStream): what it holds is the row
    /// being written and the rows with references or Delete for the second pass, never the file.
    /// Progress is in thousandths: the first pass by bytes read (up to 900), the second by its rows.
    static Report importFrom(DirectoryStore& store, QIODevice& device, const Dn& defaultContainer,
                             const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);
    /// The same with the dialog's and the command line's options.
    static Report importFile(DirectoryStore& store, const QString& path, const Options& options,
                             const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);
    static Report importBytes(DirectoryStore& store, const QByteArray& bytes, const Options& options,
                              const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);
    static Report importFrom(DirectoryStore& store, QIODevice& device, const Options& options,
                             const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);
};

} // namespace sa::core
