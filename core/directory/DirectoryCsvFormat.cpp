#include "DirectoryCsvFormat.h"

#include "Schema.h"
#include "core/common/TextRule.h"

namespace sa::core {

const QString DirectoryCsvFormat::ObjClass = QStringLiteral("Obj-Class");
const QString DirectoryCsvFormat::Mode = QStringLiteral("Mode");
const QString DirectoryCsvFormat::CommonName = QStringLiteral("Common-Name");
const QString DirectoryCsvFormat::Container = QStringLiteral("Obj-Container");
const QString DirectoryCsvFormat::Members = QStringLiteral("Members");
const QString DirectoryCsvFormat::Delete = QStringLiteral("~DEL");

QString DirectoryCsvFormat::columnFor(const QString& attribute)
{
    return attribute == attr::Member ? Members : attribute;
}

QString DirectoryCsvFormat::attributeFor(const QString& column)
{
    if (column.compare(Members, Qt::CaseInsensitive) == 0)
        return attr::Member;
    const AttributeDef* def = Schema::instance().findAttribute(column);
    return def ? def->name : QString();
}

QString DirectoryCsvFormat::classValue(const ClassDef& cls)
{
    if (cls.name == QLatin1String("mailbox"))
        return QStringLiteral("Mailbox");
    if (cls.name == QLatin1String("custom-recipient"))
        return QStringLiteral("Remote");
    if (cls.name == QLatin1String("distribution-list"))
        return QStringLiteral("Dist-List");
    return cls.name;
}

const ClassDef* DirectoryCsvFormat::classFromValue(const QString& value)
{
    const QString v = value.trimmed();
    if (v.compare(QLatin1String("Remote"), Qt::CaseInsensitive) == 0)
        return Schema::instance().findClass(QStringLiteral("custom-recipient"));
    if (v.compare(QLatin1String("Dist-List"), Qt::CaseInsensitive) == 0)
        return Schema::instance().findClass(QStringLiteral("distribution-list"));
    return Schema::instance().findClass(v);
}

QString DirectoryCsvFormat::joinValues(const QStringList& values)
{
    QStringList escaped;
    for (QString v : values)
        escaped << v.replace(QLatin1Char('%'), QStringLiteral("%%"));
    return escaped.join(QLatin1Char('%'));
}

Result<QStringList> DirectoryCsvFormat::splitValues(const QString& field, const QString& attribute)
{
    QStringList out;
    if (field.isEmpty())
        return out;
    QString current;
    for (int i = 0; i < field.size(); ++i) {
        if (field.at(i) == QLatin1Char('%')) {
            if (i + 1 < field.size() && field.at(i + 1) == QLatin1Char('%')) {
                current += QLatin1Char('%');
                ++i;
            } else {
                out << current;
                current.clear();
            }
        } else {
            current += field.at(i);
        }
    }
    out << current;
    if (out.size() > 1 && out.contains(QString()))
        return Error(
            ErrorCode::InvalidValue,
            Phrase::tr("%1: %2 has an empty value between its '%' separators (write %% for a "
                       "'%' inside a value)")
                .arg(attribute.isEmpty() ? QStringLiteral("the field") : attribute, TextRule::quoted(field)),
            attribute);
    return out;
}

QStringList DirectoryCsvFormat::orderedAttributes(QStringList attributes)
{
    static const QStringList first{attr::DisplayName,    attr::MailNickname, attr::GivenName,
                                   attr::Initials,       attr::Surname,      attr::TargetAddress,
                                   attr::ProxyAddresses, attr::Member,       attr::HideFromAddressBook};
    QStringList out;
    for (const QString& a : first) {
        if (attributes.removeAll(a) > 0)
            out << a;
    }
    attributes.sort();
    return out + attributes;
}

} // namespace sa::core
