#pragma once

#include "ui/properties/PropertyPage.h"

namespace sa::ui {

class ReferenceListWidget;

/// Distribution Lists page: the lists this recipient is a member of. Modify... adds it to lists or
/// takes it out, written on those lists in the same transaction.
class MemberOfPage : public PropertyPage
{
    Q_OBJECT

public:
    explicit MemberOfPage(QWidget* parent = nullptr);

    QString title() const override { return tr("Distribution Lists"); }
    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override { return {}; }
    void collectOtherChanges(const core::Dn& self, core::ChangeSet& changes) const override;

private:
    ReferenceListWidget* m_lists;
    QStringList m_loaded;
};

} // namespace sa::ui
