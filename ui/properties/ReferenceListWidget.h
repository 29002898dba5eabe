#pragma once

#include "core/directory/DirectoryObject.h"
#include "core/directory/ListFilter.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace sa::core {
class DirectoryStore;
}

namespace sa::ui {

/// A list of objects named by DN (members, senders, direct reports, lists one belongs to) with a
/// Modify... button that opens the address book to change it. Used by several pages.
class ReferenceListWidget : public QWidget
{
    Q_OBJECT

public:
    ReferenceListWidget(const QString& objectName, const QString& pickerTitle, const QString& chosenLabel,
                        QWidget* parent = nullptr);

    void setStore(core::DirectoryStore* store) { m_store = store; }
    void setFilter(const core::ListFilter& filter)
    {
        m_filter = filter;
        m_hasFilter = true;
    }
    void setObjects(const QList<core::DirectoryObject>& objects);
    /// Reads the objects of `dns` from the store (unknown ones are skipped).
    void setDns(const QStringList& dns);
    const QList<core::DirectoryObject>& objects() const { return m_objects; }
    QStringList dns() const;
    QPushButton* modifyButton() const { return m_modify; }

Q_SIGNALS:
    void changed();

private:
    void modify();

    core::DirectoryStore* m_store = nullptr;
    core::ListFilter m_filter;
    bool m_hasFilter = false;
    QString m_pickerTitle;
    QString m_chosenLabel;
    QListWidget* m_list;
    QPushButton* m_modify;
    QList<core::DirectoryObject> m_objects;
};

} // namespace sa::ui
