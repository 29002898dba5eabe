#include "DirsyncAddress.h"

#include "core/directory/AddressSyntax.h"

#include <QStringList>

namespace sa::core::DirsyncAddress {

bool isNative(const QString& type)
{
    return type.compare(QLatin1String("PCM"), Qt::CaseInsensitive) == 0 ||
           type.compare(QLatin1String("MS"), Qt::CaseInsensitive) == 0;
}

QString listForm(const QString& address)
{
    const QString type = AddressSyntax::typeOf(address).toUpper();
    const QString value = AddressSyntax::valueOf(address);
    return isNative(type) ? value.toUpper() : type + QLatin1Char(':') + value;
}

QString key(const QString& address)
{
    return listForm(address).toUpper();
}

QString directoryForm(const QString& address)
{
    const QString type = AddressSyntax::typeOf(address).toUpper();
    const QString value = AddressSyntax::valueOf(address);
    return (isNative(type) ? QStringLiteral("MS") : type) + QLatin1Char(':') +
           (isNative(type) ? value.toUpper() : value);
}

QString replacedPrefix(const QString& address)
{
    const QString type = AddressSyntax::typeOf(address).toUpper();
    const QString value = AddressSyntax::valueOf(address).toUpper();
    if (isNative(type))
        return value.isEmpty() ? QString() : value + QLatin1Char('/');
    return type + QLatin1Char(':') + value;
}

QString postofficeOf(const QString& address)
{
    if (!isNative(AddressSyntax::typeOf(address)))
        return {};
    const QStringList parts = AddressSyntax::valueOf(address).toUpper().split(QLatin1Char('/'));
    return parts.size() >= 2 ? parts.at(0) + QLatin1Char('/') + parts.at(1) : QString();
}

} // namespace sa::core::DirsyncAddress
