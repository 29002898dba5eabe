#include "ColumnCatalog.h"

#include "core/directory/Schema.h"
#include "ui/common/Text.h"

#include <QLocale>

namespace sa::ui {

using core::SortField;
using Kind = ColumnDef::Kind;
namespace attr = core::attr;

namespace {

ColumnDef attributeColumn(const QString& header, const QString& attribute, int widthChars = 14)
{
    return ColumnDef{attribute, header, Kind::Attribute, attribute, std::nullopt, widthChars};
}

QList<ColumnDef> commonTail()
{
    return {
        ColumnDef{QStringLiteral("directory-name"),
                  QStringLiteral("Directory Name"),
                  Kind::DirectoryName,
                  {},
                  std::nullopt,
                  20},
        ColumnDef{QStringLiteral("last-modified"),
                  QStringLiteral("Last Modified"),
                  Kind::WhenChanged,
                  {},
                  SortField::LastModified,
                  20},
        ColumnDef{
            QStringLiteral("created"), QStringLiteral("Created"), Kind::WhenCreated, {}, std::nullopt, 20},
        attributeColumn(QStringLiteral("Administrative Note"), attr::AdminNote, 30),
        ColumnDef{QStringLiteral("dn"), QStringLiteral("Distinguished Name"), Kind::Dn, {}, std::nullopt, 50},
    };
}

} // namespace

QString ColumnCatalog::kindFor(const QString& containerClass)
{
    return containerClass == QLatin1String("recipients-container") ? QStringLiteral("recipients")
                                                                   : QStringLiteral("general");
}

const QList<ColumnDef>& ColumnCatalog::available(const QString& kind)
{
    static const QList<ColumnDef> recipients = [] {
        QList<ColumnDef> c{
            ColumnDef{QStringLiteral("display-name"),
                      QStringLiteral("Display Name"),
                      Kind::DisplayName,
                      {},
                      SortField::DisplayName,
                      26},
            attributeColumn(QStringLiteral("Alias Name"), attr::MailNickname, 12),
            attributeColumn(QStringLiteral("First Name"), attr::GivenName),
            attributeColumn(QStringLiteral("Last Name"), attr::Surname),
            attributeColumn(QStringLiteral("Initials"), attr::Initials),
            attributeColumn(QStringLiteral("Title"), attr::Title, 24),
            attributeColumn(QStringLiteral("Company"), attr::Company),
            attributeColumn(QStringLiteral("Department"), attr::Department),
            attributeColumn(QStringLiteral("Office"), attr::Office),
            attributeColumn(QStringLiteral("City"), attr::City),
            attributeColumn(QStringLiteral("Phone"), attr::TelephoneNumber, 16),
            attributeColumn(QStringLiteral("E-mail Addresses"), attr::ProxyAddresses, 40),
            attributeColumn(QStringLiteral("Target Address"), attr::TargetAddress, 30),
            attributeColumn(QStringLiteral("Hidden"), attr::HideFromAddressBook, 8),
            attributeColumn(QStringLiteral("Trust Level"), attr::TrustLevel, 8),
            attributeColumn(QStringLiteral("Imported From"), attr::ImportedFrom, 18),
            ColumnDef{QStringLiteral("object-type"),
                      QStringLiteral("Object Type"),
                      Kind::ObjectType,
                      {},
                      std::nullopt,
                      24},
        };
        return c + commonTail();
    }();
    static const QList<ColumnDef> general = [] {
        QList<ColumnDef> c{
            ColumnDef{QStringLiteral("display-name"),
                      QStringLiteral("Display Name"),
                      Kind::DisplayName,
                      {},
                      SortField::DisplayName,
                      30},
            ColumnDef{QStringLiteral("object-type"),
                      QStringLiteral("Object Type"),
                      Kind::ObjectType,
                      {},
                      std::nullopt,
                      30},
        };
        return c + commonTail();
    }();
    return kind == QLatin1String("recipients") ? recipients : general;
}

QStringList ColumnCatalog::defaults(const QString& kind)
{
    if (kind == QLatin1String("recipients"))
        return {QStringLiteral("display-name"), attr::MailNickname, attr::Title, attr::Department,
                QStringLiteral("last-modified")};
    return {QStringLiteral("display-name"), QStringLiteral("object-type"), QStringLiteral("last-modified")};
}

std::optional<ColumnDef> ColumnCatalog::find(const QString& kind, const QString& id)
{
    for (const ColumnDef& c : available(kind)) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

QList<ColumnDef> ColumnCatalog::resolve(const QString& kind, const QStringList& ids)
{
    QList<ColumnDef> out;
    for (const QString& id : ids) {
        if (auto c = find(kind, id))
            out << *c;
    }
    if (out.isEmpty() && ids != defaults(kind))
        return resolve(kind, defaults(kind));
    return out;
}

QString ColumnCatalog::text(const ColumnDef& column, const core::DirectoryObject& o)
{
    const QLocale locale;
    switch (column.kind) {
    case Kind::DisplayName:
        return o.displayName();
    case Kind::ObjectType:
        return o.cls ? o.cls->label : QString();
    case Kind::DirectoryName:
        return o.rdn();
    case Kind::WhenChanged:
        return when(o.whenChanged);
    case Kind::WhenCreated:
        return when(o.whenCreated);
    case Kind::Dn:
        return o.dn.toString();
    case Kind::Attribute:
        return o.valuesOf(column.attribute).join(QStringLiteral("; "));
    }
    return QString();
}

} // namespace sa::ui
