#pragma once

#include "core/directory/ChangeSet.h"
#include "core/directory/DirectoryObject.h"

#include <QWidget>

namespace sa::ui {

/// One tab of a property sheet. A page shows an object, collects the administrator's edits and
/// hands them over as attribute changes; it never writes. The sheet writes every page's changes
/// in one transaction on OK or Apply. Wizards (later) reuse the same page classes.
class PropertyPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    /// Shows `object` and forgets earlier edits.
    virtual void load(const core::DirectoryObject& object) = 0;
    /// The edits since load(); empty when nothing changed.
    virtual QList<core::AttributeChange> changes() const = 0;
    /// A problem the administrator must fix before anything is written, in words; empty if none.
    virtual QString validate() const { return {}; }

Q_SIGNALS:
    /// Something was edited (the sheet enables Apply).
    void edited();
};

} // namespace sa::ui
