#pragma once

#include "core/directory/ChangeSet.h"
#include "core/directory/DirectoryObject.h"

#include <QList>

class QCheckBox;

namespace sa::ui {

/// A check box tied to a Boolean attribute (core::BooleanSyntax, TRUE or FALSE): the one way every
/// page shows one and says its change.
namespace FlagField {

/// Checks `box` as the object's flag is, without it counting as an edit.
void load(QCheckBox* box, const core::DirectoryObject& object, const QString& attribute);
/// Appends the change to TRUE or FALSE when `box` no longer says what the object holds (absent
/// is FALSE, so an untouched box writes nothing).
void collect(const QCheckBox* box, const core::DirectoryObject& object, const QString& attribute,
             QList<core::AttributeChange>& changes);

} // namespace FlagField

} // namespace sa::ui
