#include "PropertySheet.h"

#include "PropertyPage.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "ui/common/Icons.h"
#include "ui/common/Prompts.h"
#include "ui/common/Text.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace sa::ui {

namespace attr = core::attr;

PropertySheet::PropertySheet(core::DirectoryStore& store, const core::DirectoryObject& object,
                             QWidget* parent)
    : QDialog(parent), m_store(store), m_object(object), m_tabs(new QTabWidget),
      m_buttons(
          new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply))
{
    setObjectName(QStringLiteral("propertySheet"));
    setWindowIcon(Icons::forClass(object.cls->name));
    m_tabs->setObjectName(QStringLiteral("propertyTabs"));
    m_buttons->setObjectName(QStringLiteral("propertyButtons"));
    m_pages = pagesFor(*object.cls);
    for (PropertyPage* p : m_pages) {
        p->attach(store);
        m_tabs->addTab(p, p->title());
        connect(p, &PropertyPage::edited, this, [this] {
            m_dirty = true;
            updateButtons();
        });
    }
    auto* layout = new QVBoxLayout(this);
    if (object.isReplica()) {
        // Replicas are read-only here: say where to change them (the original did the same).
        auto* note =
            new QLabel(tr("This object belongs to site %1 and is read-only here. To change it, connect "
                          "to a server in %1 (File > Connect to Server).")
                           .arg(object.masterSite));
        note->setObjectName(QStringLiteral("replicaNote"));
        note->setWordWrap(true);
        note->setStyleSheet(
            QStringLiteral("QLabel { background: #fff7d6; border: 1px solid #e0c060; padding: 6px; }"));
        layout->addWidget(note);
        for (PropertyPage* p : m_pages)
            p->setEnabled(false);
    }
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PropertySheet::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PropertySheet::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &PropertySheet::apply);
    loadPages();
    // Wide enough for every tab to show its whole title (the original wrapped them into rows).
    m_tabs->tabBar()->setExpanding(false);
    const int tabsWidth = m_tabs->tabBar()->sizeHint().width() + 40;
    resize(std::clamp(tabsWidth, 600, 1100), 620);
    focusFirstField();
}

void PropertySheet::focusFirstField()
{
    // The tab bar came first in the dialog and took the focus, so what a person typed as the sheet
    // opened was lost (issue 20); as in Windows' property sheets, the focus starts in the page.
    QWidget* page = m_tabs->currentWidget();
    if (!page)
        return;
    QWidget* w = page->nextInFocusChain();
    for (int steps = 0; w && w != page && steps < 500; ++steps, w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && w->isEnabled() && w->isVisibleTo(page) &&
            (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

bool PropertySheet::isNew() const
{
    return m_object.id == 0;
}

void PropertySheet::loadPages()
{
    for (PropertyPage* p : m_pages)
        p->load(m_object);
    m_dirty = isNew(); // a new object is written by OK even if nothing was typed
    updateTitle();
    updateButtons();
}

void PropertySheet::updateTitle()
{
    setWindowTitle(isNew() ? tr("New %1").arg(m_object.cls->label)
                           : tr("%1 Properties").arg(m_object.displayName()));
}

void PropertySheet::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(m_dirty && !m_object.isReplica());
}

void PropertySheet::showPage(const QString& title)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->tabText(i).remove(QLatin1Char('&')) == title)
            m_tabs->setCurrentIndex(i);
    }
}

PropertyPage* PropertySheet::page(const QString& title) const
{
    for (PropertyPage* p : m_pages) {
        if (p->title() == title)
            return p;
    }
    return nullptr;
}

core::ChangeSet PropertySheet::changesOf(const QList<PropertyPage*>& pages,
                                         const core::DirectoryObject& object, QString* problem,
                                         PropertyPage** failing)
{
    QList<core::AttributeChange> all;
    for (PropertyPage* p : pages) {
        const QString refused = p->validate();
        if (!refused.isEmpty()) {
            *problem = refused;
            *failing = p;
            return {};
        }
        all += p->changes();
    }
    core::ChangeSet changes;
    core::Dn self = object.dn;
    if (object.id == 0) {
        // The preset values (a custom recipient's address, a duplicate's details) and the pages' edits.
        core::AttributeValues values = object.values;
        for (const core::AttributeChange& c : all)
            values[c.attribute] = c.values;
        const QString rdn = values.value(attr::CommonName).value(0).trimmed();
        const QString fromAttribute =
            object.cls->rdnFrom.isEmpty() ? QString() : values.value(object.cls->rdnFrom).value(0);
        self = object.dn.child(object.cls->rdnType, rdn.isEmpty() ? fromAttribute.trimmed() : rdn);
        changes.create(object.cls->name, object.dn, values);
    } else if (!all.isEmpty()) {
        changes.modify(object.dn, all);
    }
    for (PropertyPage* p : pages)
        p->collectOtherChanges(self, changes);
    return changes;
}

bool PropertySheet::apply()
{
    QString problem;
    PropertyPage* failing = nullptr;
    const core::ChangeSet changes = changesOf(m_pages, m_object, &problem, &failing);
    if (failing) {
        m_tabs->setCurrentWidget(failing);
        Prompts::error(this, windowTitle(), problem);
        return false;
    }
    if (changes.isEmpty())
        return true;
    auto done = m_store.commit(changes);
    if (!done) {
        Prompts::error(this, windowTitle(),
                       tr("%1 The changes were not saved.").arg(sentence(done.error().message())));
        return false;
    }
    const bool created = isNew();
    auto fresh = created ? m_store.object(done->created.value(0)) : m_store.objectById(m_object.id);
    if (fresh)
        m_object = fresh.value();
    loadPages();
    if (created)
        Q_EMIT objectCreated(m_object);
    return true;
}

void PropertySheet::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace sa::ui
