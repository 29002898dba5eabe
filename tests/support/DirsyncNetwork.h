#pragma once

#include "core/common/Error.h"
#include "core/directory/Organization.h"

#include <QString>

namespace sa::test {

/// An MS Mail network of one site at size, as the bench and the cost tests use it: BENCH/SITE with
/// server X1, whose dirsync server serves `postoffices` requestor postoffices (BENCHNET/PO0, ...)
/// of `users` users each through its MS Mail Connector, MSMail Recipients their import container,
/// the PC MTA and Directory Synchronization started. The users are written straight into each
/// postoffice's table (building is not what is measured).
namespace DirsyncNetwork {
inline const QString Org = QStringLiteral("BENCH");
inline const QString Site = QStringLiteral("SITE");
inline const QString Password = QStringLiteral("BENCHPW");

QString postofficeName(int p);
QString userName(int p, int u);
core::Result<core::Organization> build(const QString& dir, int postoffices, int users);
} // namespace DirsyncNetwork

} // namespace sa::test
