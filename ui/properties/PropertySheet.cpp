#include "PropertySheet.h"

#include "PropertyPage.h"
#include "core/common/Logging.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/Secrets.h"
#include "ui/common/Icons.h"
#include "ui/common/Prompts.h"
#include "ui/common/Text.h"
#include "ui/common/Tones.h"
#include "ui/session/UndoHistory.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
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
        connect(p, &PropertyPage::edited, this, [this, p] {
            m_pending.record(p, p->changes());
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
        Tones::note(note);
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
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int index) { showPendingOn(qobject_cast<PropertyPage*>(m_tabs->widget(index))); });
    // Ctrl+PageDown / Ctrl+PageUp turn the pages as in Windows' property sheets (QTabWidget knows
    // Ctrl+Tab alone); the focus goes into the page turned to.
    const auto turn = [this](int by) {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + by + m_tabs->count()) % m_tabs->count());
        focusFirstField();
    };
    auto* next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    connect(next, &QShortcut::activated, this, [turn] { turn(1); });
    auto* previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    connect(previous, &QShortcut::activated, this, [turn] { turn(-1); });
    // Wide enough for every tab to show its whole title (the original wrapped them into rows).
    m_tabs->tabBar()->setExpanding(false);
    const int tabsWidth = m_tabs->tabBar()->sizeHint().width() + 40;
    // As tall as its tallest page needs (issue 20: a fixed 620 pixels left half the General page empty).
    resize(std::clamp(tabsWidth, 600, 1100), std::clamp(sizeHint().height(), 360, 620));
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
    m_pending.reset(m_object);
    for (PropertyPage* p : m_pages) {
        p->load(m_object);
        m_pending.loaded(p, m_object);
    }
    m_dirty = isNew(); // a new object is written by OK even if nothing was typed
    updateTitle();
    updateButtons();
}

void PropertySheet::updateTitle()
{
    setWindowTitle(isNew() ? tr("New %1").arg(classLabel(m_object.cls))
                           : tr("%1 Properties").arg(m_object.displayName()));
}

void PropertySheet::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(m_dirty && !m_object.isReplica());
}

void PropertySheet::showPage(const QString& title)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->tabText(i).remove(QLatin1Char('&')) == title) {
            m_tabs->setCurrentIndex(i);
            // Opened on this page (the Event Log's link to Diagnostics Logging): the keys act here,
            // not in the hidden first page's field (issue 20).
            focusFirstField();
        }
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

void PropertySheet::showPendingOn(PropertyPage* page)
{
    if (!page)
        return;
    const core::AttributeValues elsewhere = m_pending.notShownOn(page);
    if (elsewhere.isEmpty())
        return;
    const QStringList shown = page->showPending(elsewhere);
    if (!shown.isEmpty()) {
        core::AttributeValues taken;
        for (const QString& a : shown)
            taken.insert(a, elsewhere.value(a));
        m_pending.showed(page, taken);
        return;
    }
    core::ChangeSet others;
    page->collectOtherChanges(m_object.dn, others);
    if (!page->changes().isEmpty() || !others.isEmpty())
        return; // its own edits stay; OK asks if one of them disagrees with a later one
    const core::DirectoryObject current = m_pending.current();
    page->load(current);
    m_pending.loaded(page, current);
}

PropertyPage* PropertySheet::pageOf(const PropertyPage* page) const
{
    for (PropertyPage* p : m_pages) {
        if (p == page)
            return p;
    }
    return nullptr;
}

bool PropertySheet::settleConflicts()
{
    for (const PendingObject::Conflict& c : m_pending.conflicts()) {
        const auto shown = [&](const QStringList& v) {
            const QString text = core::Secrets::shown(c.attribute, v, core::Secrets::Display::Masked)
                                     .join(QStringLiteral("; "));
            return text.isEmpty() ? tr("(empty)") : QStringLiteral("\u201c%1\u201d").arg(text);
        };
        PropertyPage* stale = pageOf(c.stale);
        PropertyPage* latest = pageOf(c.latest);
        if (!stale || !latest)
            continue;
        const auto answer = Prompts::question(
            this, windowTitle(),
            tr("%1 was changed on two pages: on the %2 page to %3, and later on the %4 page to %5.\n\n"
               "Save %5? No saves %3; Cancel goes back to the %2 page.")
                .arg(c.attribute, stale->title(), shown(c.staleValues), latest->title(),
                     shown(c.latestValues)),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel) {
            m_tabs->setCurrentWidget(stale);
            return false;
        }
        m_pending.prefer(answer == QMessageBox::No ? c.stale : c.latest, c.attribute);
    }
    return true;
}

core::ChangeSet PropertySheet::changesOf(const QList<PropertyPage*>& pages,
                                         const core::DirectoryObject& object, QString* problem,
                                         PropertyPage** failing)
{
    // A wizard's pages, shown one after the other: of two that set an attribute the later one stands.
    PendingObject pending(object);
    for (PropertyPage* p : pages) {
        pending.loaded(p, object);
        pending.record(p, p->changes());
    }
    return changesOf(pages, pending, problem, failing);
}

core::ChangeSet PropertySheet::changesOf(const QList<PropertyPage*>& pages, const PendingObject& pending,
                                         QString* problem, PropertyPage** failing)
{
    for (PropertyPage* p : pages) {
        p->forgetProblem();
        const QString refused = p->validate();
        if (!refused.isEmpty()) {
            *problem = refused;
            *failing = p;
            return {};
        }
    }
    const core::DirectoryObject& object = pending.stored();
    const QList<core::AttributeChange> all = pending.changes();
    core::ChangeSet changes;
    core::Dn self = object.dn;
    if (object.id == 0) {
        // The preset values (a custom recipient's address, a duplicate's details) and the pages' edits.
        const core::AttributeValues values = pending.current().values;
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
    for (PropertyPage* p : m_pages)
        m_pending.record(p, p->changes()); // edits no signal reported (a value set by a test or a page)
    if (!settleConflicts())
        return false;
    QString problem;
    PropertyPage* failing = nullptr;
    const core::ChangeSet changes = changesOf(m_pages, m_pending, &problem, &failing);
    if (failing) {
        // Said with the warning icon, and the focus back in the page that refused (issue 20: the
        // critical icon, and the focus left on OK).
        m_tabs->setCurrentWidget(failing);
        Prompts::refuse(this, windowTitle(), problem);
        if (QWidget* field = failing->problemField(); field && field->isEnabled())
            field->setFocus(Qt::OtherFocusReason); // the field to correct
        else
            focusFirstField();
        return false;
    }
    if (changes.isEmpty())
        return true;
    const QString what = isNew() ? tr("New %1").arg(classLabel(m_object.cls))
                                 : tr("Properties of %1").arg(m_object.displayName());
    auto done = m_history ? m_history->commit(m_store, changes, what) : m_store.commit(changes);
    if (!done) {
        Prompts::failed(this, windowTitle(), done.error(),
                        tr("%1 The changes were not saved.").arg(sentence(done.error().translated())));
        return false;
    }
    qCDebug(sa::core::lcUi).noquote() << what << "written:" << changes.size() << "operation(s)";
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
