#pragma once

#include "core/common/Error.h"

#include <QString>

namespace sa::core {

/// The one minimum for the passwords of directory synchronization: a Dir-Sync Requestor's and a
/// Remote Dir-Sync Requestor's (DXA-Password), and those a postoffice keeps as a requestor or
/// registers as a server (msmail-po). MS Mail accepted an empty one (a server with no password took
/// any requestor, Q116435) and so any local user could forge dirsync mail the server applies; the
/// product refuses it everywhere (issue 19). What is refused, decided here: empty, fewer than
/// MinimumLength characters, blanks only, or one character repeated. MS Mail passwords are at most
/// 8 characters, so the minimum leaves room for them.
namespace PasswordRule {

constexpr int MinimumLength = 6;

/// Nothing when `password` may be used; else an InvalidValue error for `attribute` saying why, with
/// `what` the password's name ("the dirsync password of NWNET/PO1"). Never says the password.
Status check(const QString& password, const QString& what, const QString& attribute = {});

} // namespace PasswordRule

} // namespace sa::core
