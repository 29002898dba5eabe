#pragma once

#include "DirectoryObject.h"

#include <QStringList>

namespace sa::core {

/// Makes a new recipient's e-mail addresses from the Site Addressing templates (Gateway-Proxy), as
/// the original's System Attendant did:
///  - SMTP:@domain            -> alias@domain;  SMTP:%g.%s@domain -> Given.Surname@domain
///    (%g given name, %s surname, %i initials, %m alias; %1g = the first letter of the given name);
///  - MS:NETWORK/POSTOFFICE   -> MS:NETWORK/POSTOFFICE/ALIAS (upper case, at most 10 characters);
///  - X400:c=..;a=..;p=..;o=..; -> the same with s=Surname;g=Given;i=Initials; (s=alias without a surname).
/// Characters an address type does not allow are dropped.
class AddressGenerator
{
public:
    /// The templates of a site that has none set: Exchange's defaults.
    static QStringList defaultTemplates(const QString& organization, const QString& site);

    /// One address per template, the type in upper case (primary); empty for a template it cannot fill.
    static QString generate(const QString& addressTemplate, const AttributeValues& recipient);
    /// `address` made unique with a number (2, 3, ...) in its local part: alias2@domain, MS:N/P/ALIAS2.
    static QString numbered(const QString& address, int number);
};

} // namespace sa::core
