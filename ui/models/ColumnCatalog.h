#pragma once

#include "core/directory/DirectoryObject.h"
#include "core/directory/DirectoryStore.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sa::ui {

/// One column a contents list can show.
struct ColumnDef
{
    enum class Kind
    {
        Attribute,
        DisplayName,
        ObjectType,
        DirectoryName,
        WhenChanged,
        WhenCreated,
        Dn
    };
    QString id;                   ///< stable name kept in settings
    const char* header = nullptr; ///< what the header says, in English (marked for translation)
    Kind kind = Kind::Attribute;
    QString attribute; ///< for Kind::Attribute
    /// The order the list takes when this column's header is clicked; none = not sortable (the
    /// original sorts only by display name or last-modified date, Q154954).
    std::optional<core::SortField> sortField;
    /// Default width in average characters, until the administrator resizes the column.
    int widthChars = 14;

    /// The header in the window's language.
    QString title() const;
};

/// The columns of contents lists, per kind of container: recipients containers have recipient
/// columns, every other container the general ones.
class ColumnCatalog
{
public:
    /// "recipients" or "general", by the class of the container shown.
    static QString kindFor(const QString& containerClass);
    static const QList<ColumnDef>& available(const QString& kind);
    static QStringList defaults(const QString& kind);
    static std::optional<ColumnDef> find(const QString& kind, const QString& id);
    /// The columns of `ids` that exist for `kind`, in that order; the defaults when none is left.
    static QList<ColumnDef> resolve(const QString& kind, const QStringList& ids);
    static QString text(const ColumnDef& column, const core::DirectoryObject& object);
};

} // namespace sa::ui
