#pragma once

#include "ClassDef.h"
#include "core/common/Error.h"

#include <QString>
#include <QStringList>

namespace sa::core {

/// The shape of Directory Import and Export files, as the original's: a header line of attribute
/// names, then one object per line. Special columns: Obj-Class (Mailbox, Remote, Dist-List as the
/// original wrote them; our class names are accepted too), Mode (Update, Create, Modify or Delete;
/// empty = Update, as the original), Common-Name (the directory name), Obj-Container (the
/// container's DN; ours, [U]) and Members (the original's name for Member). Multi-valued attributes
/// are joined by '%'; a '%' inside a value is written "%%" (our rule: the original let the separator
/// be chosen and had no escape), and an empty value between separators is refused rather than
/// taken as "no value" (a stray '%' would otherwise wipe the attribute). An empty field leaves the
/// attribute alone and ~DEL clears it.
class DirectoryCsvFormat
{
public:
    static const QString ObjClass;
    static const QString Mode;
    static const QString CommonName;
    static const QString Container;
    static const QString Members;
    static const QString Delete; ///< "~DEL"

    /// The column name of an attribute (Members for Member) and back (nothing for unknown names). A
    /// header name is the schema's or the original's label for it ("Display Name", "Alias Name",
    /// "E-mail address", "Hide From AB", "Home Server", "Members"), in any case, blanks around it
    /// ignored.
    static QString columnFor(const QString& attribute);
    static QString attributeFor(const QString& column);
    /// Whether a header name is the special column `special` (ObjClass, Mode, CommonName, Container),
    /// in any case; CommonName is also the original's "Directory Name".
    static bool names(const QString& column, const QString& special);

    /// Mailbox, Remote, Dist-List for the recipient classes; the Obj-Class otherwise.
    static QString classValue(const ClassDef& cls);
    /// An Obj-Class value: mailbox, dl, remote (KB Q146304), their long forms, Dist-List and the
    /// schema's class names, in any case.
    static const ClassDef* classFromValue(const QString& value);

    static QString joinValues(const QStringList& values);
    /// The field Directory Export writes for `attribute`'s `values`: joinValues(), except a
    /// Home-Server, written as the server's name ("FALCON"), as the SDK's import files name it; the
    /// import reads a name or a DN.
    static QString exportField(const QString& attribute, const QStringList& values);
    /// The values of a multi-valued field of `attribute` (for the error); refuses an empty value.
    static Result<QStringList> splitValues(const QString& field, const QString& attribute = {});

    /// The export's column order: the names every recipient has, then the rest alphabetically.
    static QStringList orderedAttributes(QStringList attributes);
};

} // namespace sa::core
