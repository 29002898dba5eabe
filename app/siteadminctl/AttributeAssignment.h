#pragma once

// ATTR=VALUE on siteadminctl's command lines (create, modify, find).

#include "core/common/Error.h"
#include "core/directory/ClassDef.h"

#include <QString>
#include <utility>

namespace sa::app {
class CommandRun;
}

namespace sa::app::ctl {

/// ATTR=VALUE split, with the attribute spelled as in the schema when it is known.
core::Result<std::pair<QString, QString>> splitAssignment(const QString& text);

/// The attribute of `cls` that is a secret (AttributeDef::secret: DXA-Password), or empty.
QString secretAttributeOf(const core::ClassDef& cls);
/// Why a password typed or read (--password*) cannot be taken for `owner` (an object, or "a Mailbox"),
/// whose secret attribute is `secret` and whose attributes given as ATTR=VALUE are `given`; empty
/// when it can.
QString typedSecretProblem(const QString& secret, const QStringList& given, const QString& owner);
/// A warning for each of `attributes` that is a secret, said when the command succeeds: given as
/// ATTR=VALUE, it is on the command line, which every user of the machine can read
/// (--password-file and --password-stdin are not).
void warnAboutSecretsOnArgv(CommandRun& run, const QStringList& attributes);

} // namespace sa::app::ctl
