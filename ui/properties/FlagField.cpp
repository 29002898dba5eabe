#include "FlagField.h"

#include "PropertyPage.h"
#include "core/directory/BooleanSyntax.h"

#include <QCheckBox>
#include <QSignalBlocker>

namespace sa::ui::FlagField {

void load(QCheckBox* box, const core::DirectoryObject& object, const QString& attribute)
{
    const QSignalBlocker block(box);
    box->setChecked(object.flag(attribute));
    PropertyPage::marks(box, attribute);
}

void collect(const QCheckBox* box, const core::DirectoryObject& object, const QString& attribute,
             QList<core::AttributeChange>& changes)
{
    if (box->isChecked() != object.flag(attribute))
        changes.append(
            {attribute, core::AttributeChange::Op::Replace, {core::BooleanSyntax::text(box->isChecked())}});
}

} // namespace sa::ui::FlagField
