#include "RecipientContainers.h"

#include "Icons.h"
#include "Text.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/ListFilter.h"
#include "core/directory/SiteBuilder.h"

#include <QCollator>
#include <QComboBox>
#include <algorithm>

namespace sa::ui {

namespace {

/// For the order alone; the names come from Text's nameWithSite, the one way of naming with a site.
QString siteOf(const core::DirectoryObject& c, const core::DirectoryStore& store)
{
    return c.isReplica() ? c.masterSite : store.siteName();
}

} // namespace

QList<core::DirectoryObject> RecipientContainers::of(core::DirectoryStore& store, Sites sites)
{
    auto all = store.objectsOf(core::ListFilter{{QStringLiteral("recipients-container")}, true});
    QList<core::DirectoryObject> out;
    for (const core::DirectoryObject& c : all ? all.value() : QList<core::DirectoryObject>()) {
        if (sites == Sites::All || !c.isReplica())
            out << c;
    }
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(out.begin(), out.end(),
                     [&](const core::DirectoryObject& a, const core::DirectoryObject& b) {
                         if (a.isReplica() != b.isReplica())
                             return !a.isReplica();
                         const int site = collator.compare(siteOf(a, store), siteOf(b, store));
                         return site != 0 ? site < 0 : collator.compare(a.displayName(), b.displayName()) < 0;
                     });
    return out;
}

int RecipientContainers::fill(QComboBox* combo, core::DirectoryStore& store, Sites sites, Data data,
                              qint64 preferred)
{
    const QList<core::DirectoryObject> containers = of(store, sites);
    const core::Dn recipients = core::SiteBuilder::recipientsDn(store.organizationName(), store.siteName());
    int start = -1;
    int fallback = -1;
    for (const core::DirectoryObject& c : containers) {
        combo->addItem(Icons::forClass(c.cls->name), nameWithSite(c),
                       data == Data::Dn ? QVariant(c.dn.toString()) : QVariant(c.id));
        if (preferred != 0 && c.id == preferred)
            start = combo->count() - 1;
        if (c.dn == recipients)
            fallback = combo->count() - 1;
    }
    if (start < 0)
        start = fallback;
    if (start >= 0)
        combo->setCurrentIndex(start);
    return int(containers.size());
}

} // namespace sa::ui
