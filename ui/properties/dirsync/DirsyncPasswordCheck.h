#pragma once

#include "core/directory/DirectoryObject.h"

#include <QString>

namespace sa::ui {

/// The directory's rule for a requestor's dirsync password (core::PasswordRule), said on the page
/// that edits it before anything is written: for a new requestor, or when the password typed differs
/// from the one stored (a requestor kept from before the rule opens and saves as it was). Empty when
/// the password may be used.
QString dirsyncPasswordProblem(const QString& typed, const core::DirectoryObject& requestor);

} // namespace sa::ui
