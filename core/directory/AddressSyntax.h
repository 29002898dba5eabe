#pragma once

#include "core/common/Error.h"

#include <QString>

namespace sa::core {

/// The rules of e-mail addresses per type, as "TYPE:address" (Proxy-Addresses, Target-Address):
///  - MS:   NETWORK/POSTOFFICE/MAILBOX, each 1-10 characters (MS Mail's 10/10/10), no spaces or '/';
///  - SMTP: local@domain, the domain made of letters, digits and '-' between dots;
///  - X400: key=value; pairs with known keys (c, a, p, o, ou1-ou4, s, g, i, q, cn, dda:...), c and a
///          present (a may be a single space, the blank ADMD);
///  - any other type: a type of letters and digits and a non-empty address.
/// The type is case-insensitive; an upper-case type marks the primary address of its type.
class AddressSyntax
{
public:
    static Status check(const QString& address);
    /// A Site Addressing template: SMTP:@domain or SMTP:%g.%s@domain, MS:NETWORK/POSTOFFICE,
    /// X400:c=..;a=..;p=..;o=..; (the part every recipient shares).
    static Status checkTemplate(const QString& text);

    static QString typeOf(const QString& address);  ///< "SMTP" from "smtp:a@b" (upper-case)
    static QString valueOf(const QString& address); ///< "a@b" from "smtp:a@b"
    static bool isPrimary(const QString& address);  ///< the type is written in upper case

    static Status checkMsMail(const QString& value);
    static Status checkSmtp(const QString& value);
    static Status checkX400(const QString& value, bool templateOnly);
    /// One part of an MS Mail address (network, postoffice or mailbox name).
    static Status checkMsMailPart(const QString& what, const QString& part);
    /// `text` as an MS Mail name can hold it: accents taken off ("SÜD" -> "SUD"), upper case, the
    /// printable ASCII characters but '/' and blanks, at most 10 (a site's own postoffice, an alias).
    static QString msMailName(const QString& text);
};

} // namespace sa::core
