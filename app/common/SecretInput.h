#pragma once

// Where a command reads a secret (a password, a shared secret) so that it never has to be on the
// command line, where every user of the machine can read it (ps, /proc/PID/cmdline): a file only
// its owner may read, standard input, or the terminal without echo (issue 19).

#include "core/common/Error.h"

#include <QString>

namespace sa::app::SecretInput {

/// The first line of `path`; refused when its group or others may read it.
core::Result<QString> fromFile(const QString& path);
/// The first line of standard input.
core::Result<QString> fromStdin();
/// Whether standard input is a terminal, where a prompt can be answered.
bool stdinIsTerminal();
/// `prompt` on standard error and the answer read from the terminal without echo; asked again and
/// compared when `confirm` (a new password typed blind).
core::Result<QString> fromTerminal(const QString& prompt, bool confirm);

} // namespace sa::app::SecretInput
