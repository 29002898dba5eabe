#pragma once

#include <QString>

namespace sa::core::DirsyncAddress {

/// Whether a type is MS Mail's own: PCM (as MS Mail writes it) or MS (as Exchange does).
bool isNative(const QString& type);
/// An address as an MS Mail address list holds it: NET/PO/MAILBOX for MS Mail's own types, and
/// TYPE:value for a gateway's.
QString listForm(const QString& address);
/// listForm in upper case: what two spellings of one address share.
QString key(const QString& address);
/// An address as the directory holds it: MS:NET/PO/MAILBOX for MS Mail's own, TYPE:value else.
QString directoryForm(const QString& address);
/// The list an R transaction replaces, as a prefix of keys: "NET/PO/" for R PCM:NET/PO, "" for a
/// type-wide R MS: (every MS Mail list; the server's import reply starts with it), "SMTP:" for a
/// gateway's R SMTP:.
QString replacedPrefix(const QString& address);
/// NET/PO of a native address NET/PO/MAILBOX (or of R's NET/PO), upper case; empty otherwise.
QString postofficeOf(const QString& address);

} // namespace sa::core::DirsyncAddress
