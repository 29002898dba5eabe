#include "MemberOfPage.h"

#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "ui/properties/ReferenceListWidget.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sa::ui {

namespace attr = core::attr;

MemberOfPage::MemberOfPage(QWidget* parent)
    : PropertyPage(parent),
      m_lists(new ReferenceListWidget(QStringLiteral("memberOf"), tr("Distribution Lists"), tr("Member of:")))
{
    setObjectName(QStringLiteral("memberOfPage"));
    core::ListFilter lists;
    lists.classes = {QStringLiteral("distribution-list")};
    m_lists->setFilter(lists);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Member of:")));
    layout->addWidget(m_lists, 1);
    connect(m_lists, &ReferenceListWidget::changed, this, &PropertyPage::edited);
}

void MemberOfPage::load(const core::DirectoryObject& object)
{
    m_lists->setStore(store());
    QList<core::DirectoryObject> lists;
    if (!isNew(object)) {
        if (auto found = store()->referencing(object.dn, attr::Member))
            lists = found.value();
    }
    m_lists->setObjects(lists);
    m_loaded = m_lists->dns();
}

void MemberOfPage::collectOtherChanges(const core::Dn& self, core::ChangeSet& changes) const
{
    const QStringList now = m_lists->dns();
    for (const QString& dn : now) {
        if (!m_loaded.contains(dn))
            changes.modify(core::Dn::parse(dn).value(),
                           {{attr::Member, core::AttributeChange::Op::Add, {self.toString()}}});
    }
    for (const QString& dn : m_loaded) {
        if (!now.contains(dn))
            changes.modify(core::Dn::parse(dn).value(),
                           {{attr::Member, core::AttributeChange::Op::Remove, {self.toString()}}});
    }
}

} // namespace sa::ui
