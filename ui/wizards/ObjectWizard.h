#pragma once

#include "core/directory/DirectoryObject.h"

#include <QWizard>

class QTextBrowser;

namespace sa::core {
class DirectoryStore;
}

namespace sa::ui {

class PropertyPage;
class UndoHistory;

/// A File > New Other wizard: a step per property page of the new object's class (the same page
/// classes its property sheet shows afterwards; Raw Properties aside), then a summary of what
/// Finish writes. Finish writes everything in one transaction; when the directory refuses, the
/// wizard stays open with the reason and nothing was written.
class ObjectWizard : public QWizard
{
    Q_OBJECT

public:
    /// `prototype`: the new object's class, its container's DN (as dn) and preset values.
    /// `subtitles`: what each step is for, by page title.
    /// `lead`: a step before the pages (a choice that presets values), or none.
    ObjectWizard(core::DirectoryStore& store, const core::DirectoryObject& prototype,
                 const QList<PropertyPage*>& pages, const QMap<QString, QString>& subtitles,
                 QWizardPage* lead = nullptr, QWidget* parent = nullptr);

    PropertyPage* page(const QString& title) const;
    core::DirectoryStore& store() const { return m_store; }
    /// Sets preset values of the new object (an empty list removes one) and shows the pages anew.
    void preset(const core::AttributeValues& values);
    void accept() override;
    /// Where Finish keeps what it writes, for Edit > Undo (none: not kept).
    void setHistory(UndoHistory* history) { m_history = history; }

Q_SIGNALS:
    void objectCreated(const core::DirectoryObject& object);

private:
    /// What Finish will write, in words, for the summary.
    QString summary() const;

    core::DirectoryStore& m_store;
    core::DirectoryObject m_prototype;
    QList<PropertyPage*> m_pages;
    QTextBrowser* m_summary;
    UndoHistory* m_history = nullptr;
};

} // namespace sa::ui
