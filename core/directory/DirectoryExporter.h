#pragma once

#include "Dn.h"
#include "core/common/Charset.h"
#include "core/common/Error.h"

#include <QStringList>
#include <atomic>
#include <functional>

class QIODevice;

namespace sa::core {

class DirectoryStore;

/// Tools > Directory Export and `siteadminctl export`: the recipients of a container (and, if asked,
/// of the recipients containers below it) as a Directory Import file (see DirectoryCsvFormat).
class DirectoryExporter
{
public:
    struct Options
    {
        Dn container;
        bool subcontainers = false;
        QStringList classes; ///< class names; empty = every recipient class
        /// The file's character set: UTF-8 (no byte-order mark), ANSI (Windows-1252; a value it
        /// cannot hold is refused, naming the recipient and the attribute: nothing is lost without a
        /// word) or Unicode (UTF-16 LE after its byte-order mark). Detect is UTF-8.
        Charset charset = Charset::Utf8;
    };
    /// Rows written so far, and the total.
    using Progress = std::function<void(int done, int total)>;

    /// Writes `path` whole or not at all (QSaveFile); returns the number of objects written.
    static Result<int> exportFile(DirectoryStore& store, const Options& options, const QString& path,
                                  const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);
    static Result<int> exportTo(DirectoryStore& store, const Options& options, QIODevice& out,
                                const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);
};

} // namespace sa::core
