#include "ColumnCatalog.h"

#include "core/directory/Schema.h"
#include "core/directory/SiteServers.h"
#include "ui/common/Text.h"

#include <QCoreApplication>
#include <QLocale>

namespace sa::ui {

using core::SortField;
using Kind = ColumnDef::Kind;
namespace attr = core::attr;

namespace {

ColumnDef attributeColumn(const char* header, const QString& attribute, int widthChars = 14)
{
    return ColumnDef{attribute, header, Kind::Attribute, attribute, std::nullopt, widthChars};
}

QList<ColumnDef> commonTail()
{
    return {
        ColumnDef{QStringLiteral("directory-name"),
                  QT_TRANSLATE_NOOP("sa::ui::ColumnCatalog", "Directory Name"),
                  Kind::DirectoryName,
                  {},
                  std::nullopt,
                  20},
        ColumnDef{QStringLiteral("last-modified"),
                  QT_TRANSLATE_NOOP("sa::ui::ColumnCatalog", "Last Modified"),
                  Kind::WhenChanged,
                  {},
                  SortField::LastModified,
                  20},
        ColumnDef{QStringLiteral("created"),
                  QT_TRANSLATE_NOOP("sa::ui::ColumnCatalog", "Created"),
                  Kind::WhenCreated,
                  {},
                  std::nullopt,
                  20},
        attributeColumn(QT_TRANSLATE_NOOP("sa::ui::ColumnCatalog", "Administrative Note"), attr::AdminNote,
                        30),
        ColumnDef{QStringLiteral("dn"),
                  QT_TRANSLATE_NOOP("sa::ui::ColumnCatalog", "Distinguished Name"),
                  Kind::Dn,
                  {},
                  std::nullopt,
                  50},
    };
}

} // namespace

QString ColumnDef::title() const
{
    return QCoreApplication::translate("sa::ui::ColumnCatalog", header);
}

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
                      QT_TRANSLATE_NOOP("sa::ui::ColumnCatalog", "Display Name"),
                      Kind::DisplayName,
                      {},
                      SortField::DisplayName,
                      26},
            attributeColumn(QT_TRANSLATE_NOOP("sa::ui::ColumnCatalog", "Alias Name"), attr::MailNickname, 12),
            attributeColumn(QT_TRANSLATE_NOOP("sa::ui::ColumnCatalog", "First Name"), attr::GivenName),
            attributeColumn(QT_TRANSLATE_NOOP("sa::ui::ColumnCatalog", "Last Name"), attr::Surname),
            attributeColumn(QT_TRANSLATE_NOOP("sa::ui::ColumnCatalog", "Initials"), attr::Initials),
            attributeColumn(QT_TRANSLATE_NOOP("sa::ui::ColumnCatalog", "Title"), attr::Title, 24),
            attributeColumn(QT_TRANSLATE_NOOP("sa::ui::ColumnCatalog", "Company"), attr::Company),
            attributeColumn(QT_TRANSLATE_NOOP("sa::ui::ColumnCatalog", "Department"), attr::Department),
            attributeColumn(QT_TRANSLATE_NOOP("sa::ui::ColumnCatalog", "Office"), attr::Office),
            attributeColumn(QT_TRANSLATE_NOOP("sa::ui::ColumnCatalog", "City"), attr::City),
            attributeColumn(QT_TRANSLATE_NOOP("sa::ui::ColumnCatalog", "Phone"), attr::TelephoneNumber, 16),
            attributeColumn(QT_TRANSLATE_NOOP("sa::ui::ColumnCatalog", "E-mail Addresses"),
                            attr::ProxyAddresses, 40),
            attributeColumn(QT_TRANSLATE_NOOP("sa::ui::ColumnCatalog", "Target Address"), attr::TargetAddress,
                            30),
            attributeColumn(QT_TRANSLATE_NOOP("sa::ui::ColumnCatalog", "Hidden"), attr::HideFromAddressBook,
                            8),
            attributeColumn(QT_TRANSLATE_NOOP("sa::ui::ColumnCatalog", "Home Server"), attr::HomeServer, 12),
            attributeColumn(QT_TRANSLATE_NOOP("sa::ui::ColumnCatalog", "Trust Level"), attr::TrustLevel, 8),
            attributeColumn(QT_TRANSLATE_NOOP("sa::ui::ColumnCatalog", "Imported From"), attr::ImportedFrom,
                            18),
            ColumnDef{QStringLiteral("object-type"),
                      QT_TRANSLATE_NOOP("sa::ui::ColumnCatalog", "Object Type"),
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
                      QT_TRANSLATE_NOOP("sa::ui::ColumnCatalog", "Display Name"),
                      Kind::DisplayName,
                      {},
                      SortField::DisplayName,
                      30},
            ColumnDef{QStringLiteral("object-type"),
                      QT_TRANSLATE_NOOP("sa::ui::ColumnCatalog", "Object Type"),
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
        return classLabel(o.cls);
    case Kind::DirectoryName:
        return o.rdn();
    case Kind::WhenChanged:
        return when(o.whenChanged);
    case Kind::WhenCreated:
        return when(o.whenCreated);
    case Kind::Dn:
        return o.dn.toString();
    case Kind::Attribute:
        // A mailbox's home server by its name, as the original's column showed it, not its DN.
        if (column.attribute == attr::HomeServer)
            return core::SiteServers::nameOf(o.value(attr::HomeServer));
        return o.valuesOf(column.attribute).join(QStringLiteral("; "));
    }
    return QString();
}

} // namespace sa::ui
