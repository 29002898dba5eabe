#include "PropertySheet.h"

#include "GeneralPage.h"
#include "RawPropertiesPage.h"
#include "core/directory/DirectoryStore.h"
#include "ui/common/Icons.h"
#include "ui/common/Prompts.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sa::ui {

QList<PropertyPage*> PropertySheet::pagesFor(const core::ClassDef&)
{
    // Every class has General and Raw Properties so far; recipients, connectors and the dirsync
    // objects get their own pages in front of Raw Properties as they are built.
    return {new GeneralPage, new RawPropertiesPage};
}

PropertySheet::PropertySheet(core::DirectoryStore& store, const core::DirectoryObject& object,
                             QWidget* parent)
    : QDialog(parent), m_store(store), m_object(object), m_tabs(new QTabWidget),
      m_buttons(
          new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply))
{
    setObjectName(QStringLiteral("propertySheet"));
    setWindowTitle(tr("%1 Properties").arg(object.displayName()));
    setWindowIcon(Icons::forClass(object.cls->name));
    m_tabs->setObjectName(QStringLiteral("propertyTabs"));
    m_buttons->setObjectName(QStringLiteral("propertyButtons"));
    m_pages = pagesFor(*object.cls);
    for (PropertyPage* p : m_pages) {
        m_tabs->addTab(p, p->title());
        connect(p, &PropertyPage::edited, this, [this] {
            m_dirty = true;
            updateButtons();
        });
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PropertySheet::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PropertySheet::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &PropertySheet::apply);
    loadPages();
    resize(560, 620);
}

void PropertySheet::loadPages()
{
    for (PropertyPage* p : m_pages)
        p->load(m_object);
    m_dirty = false;
    updateButtons();
}

void PropertySheet::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(m_dirty);
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

bool PropertySheet::apply()
{
    QList<core::AttributeChange> all;
    for (PropertyPage* p : m_pages) {
        const QString problem = p->validate();
        if (!problem.isEmpty()) {
            m_tabs->setCurrentWidget(p);
            Prompts::error(this, windowTitle(), problem);
            return false;
        }
        all += p->changes();
    }
    if (all.isEmpty())
        return true;
    core::ChangeSet changes;
    changes.modify(m_object.dn, all);
    auto done = m_store.commit(changes);
    if (!done) {
        Prompts::error(this, windowTitle(), tr("The changes were not saved: %1").arg(done.error().message()));
        return false;
    }
    if (auto fresh = m_store.objectById(m_object.id))
        m_object = fresh.value();
    setWindowTitle(tr("%1 Properties").arg(m_object.displayName()));
    loadPages();
    return true;
}

void PropertySheet::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace sa::ui
