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
/// A warning for each of `attributes` that is a secret, said when the command succeeds: given as
/// ATTR=VALUE, it is on the command line, which every user of the machine can read
/// (--password-file and --password-stdin are not).
void warnAboutSecretsOnArgv(CommandRun& run, const QStringList& attributes);

} // namespace sa::app::ctl
