#pragma once

#include <QString>

namespace sa::core {

/// How an attribute's values are written and checked. Every value is stored as text.
enum class Syntax
{
    String,          ///< Unicode text on one line, limited by maxLength
    Text,            ///< Unicode text that may span lines (notes)
    Alias,           ///< a mail nickname: printable ASCII without spaces or address punctuation
    Integer,         ///< decimal integer within [minValue, maxValue]
    Boolean,         ///< TRUE or FALSE (raw-properties spelling); 1/0, yes/no accepted on input
    Dn,              ///< a distinguished name, /o=ORG/ou=SITE/cn=...
    Time,            ///< UTC time, ISO 8601 (2026-11-26T23:02:16Z)
    Guid,            ///< {xxxxxxxx-xxxx-...}
    ProxyAddress,    ///< TYPE:address, as in Proxy-Addresses and Target-Address, checked per type
    AddressTemplate, ///< TYPE:template of Site Addressing (SMTP:@domain, MS:ORG/SITE, X400:c=..;)
};

QString syntaxName(Syntax syntax);

/// One attribute of the schema, named as in the Exchange directory schema where the name is known.
struct AttributeDef
{
    QString name;
    Syntax syntax = Syntax::String;
    bool multiValued = false;
    int maxLength = 0; ///< for text syntaxes; 0 = no limit
    qint64 minValue = 0;
    qint64 maxValue = 0; ///< for Integer; min == max == 0 means no range
    /// Maintained by the store (Obj-Class, USN-Changed, ...): shown, never written by callers.
    bool system = false;
    QString description;
    /// A password (DXA-Password): the one place that says an attribute is a secret, so that every
    /// reader can keep it from being shown or passed in the clear (issue 19).
    bool secret = false;
    /// A running number the dirsync engine moves on every cycle (DXA-Req-Seq, ...): its own changes
    /// of these alone are not kept in the audit trail (AuditTrail).
    bool bookkeeping = false;
};

} // namespace sa::core
