#include "DirectoryCsvFormat.h"

#include "Schema.h"
#include "SiteServers.h"
#include "core/common/TextRule.h"

#include <QHash>

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

namespace {

/// A header name as compared: blanks around it dropped, runs of blanks inside made one, any case.
QString keyOf(const QString& name)
{
    return name.simplified().toLower();
}

/// The names the original's Directory Import took beside the schema's (key -> schema name): the
/// Administrator's labels, as its documentation writes its headers. Sources: KB Q146304 "Directory
/// Import File Format" (Directory Name; "the e-mail address attribute is required for remote
/// objects"; "the Home-Server attribute"); the Exchange 5.5 Migration guide's "Creating or Changing
/// Distribution Lists" (Display Name, Directory Name, Members, Owner, Hide From AB); its mailbox
/// examples (Alias Name, Home Server). First Name and Last Name are ours: the General page's labels.
const QHash<QString, QString>& originalNames()
{
    static const QHash<QString, QString> names{
        {QStringLiteral("display name"), attr::DisplayName},
        {QStringLiteral("alias name"), attr::MailNickname},
        {QStringLiteral("e-mail address"), attr::TargetAddress},
        {QStringLiteral("hide from ab"), attr::HideFromAddressBook},
        {QStringLiteral("home server"), attr::HomeServer},
        {QStringLiteral("members"), attr::Member},
        {QStringLiteral("first name"), attr::GivenName},
        {QStringLiteral("last name"), attr::Surname},
    };
    return names;
}

} // namespace

bool DirectoryCsvFormat::names(const QString& column, const QString& special)
{
    const QString key = keyOf(column);
    if (key == special.toLower())
        return true;
    // Q146304's "Directory Name" is the Common-Name column (the SDK's name for it).
    return special == CommonName && key == QLatin1String("directory name");
}

QString DirectoryCsvFormat::attributeFor(const QString& column)
{
    const QString key = keyOf(column);
    if (const auto it = originalNames().constFind(key); it != originalNames().constEnd())
        return it.value();
    const AttributeDef* def = Schema::instance().findAttribute(key);
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
    // Q146304's values (mailbox, dl, remote) and the long forms of its table (Mailbox, Distribution
    // List, Custom Recipient), Dist-List as exports wrote it, and the schema's names: any case.
    const QString v = keyOf(value);
    if (v == QLatin1String("remote") || v == QLatin1String("custom recipient"))
        return Schema::instance().findClass(QStringLiteral("custom-recipient"));
    if (v == QLatin1String("dl") || v == QLatin1String("dist-list") ||
        v == QLatin1String("distribution list"))
        return Schema::instance().findClass(QStringLiteral("distribution-list"));
    return Schema::instance().findClass(v);
}

QString DirectoryCsvFormat::exportField(const QString& attribute, const QStringList& values)
{
    if (attribute == attr::HomeServer && values.size() == 1)
        return SiteServers::nameOf(values.first());
    return joinValues(values);
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
