#pragma once

#include "core/directory/ListFilter.h"

#include <QWidget>
#include <optional>

class QLineEdit;
class QPushButton;

namespace sa::core {
class DirectoryStore;
}

namespace sa::ui {

/// One recipient an attribute points at (a manager, a list's owner, a connector's administrator):
/// its display name, Modify... (the address book, one name) and, where the attribute may be empty,
/// Clear. Holds the DN; the page reports it.
class ReferenceField : public QWidget
{
    Q_OBJECT

public:
    /// `name` prefixes the child object names: nameEdit, modifyNameButton, clearNameButton.
    ReferenceField(const QString& name, const QString& pickerTitle, bool clearable,
                   QWidget* parent = nullptr);

    void setStore(core::DirectoryStore* store) { m_store = store; }
    /// Shows the object at `dn` (empty: none).
    void setDn(const QString& dn);
    QString dn() const { return m_dn; }
    QLineEdit* edit() const { return m_edit; }
    /// The picker button's text where the original named it (Dirsync Admin..., Dirsync Address...).
    void setModifyText(const QString& text);
    /// What the picker offers (default: every recipient in the address book).
    void setFilter(const core::ListFilter& filter) { m_filter = filter; }

Q_SIGNALS:
    void changed();

private:
    core::DirectoryStore* m_store = nullptr;
    QString m_pickerTitle;
    QString m_dn;
    QLineEdit* m_edit;
    QPushButton* m_modify = nullptr;
    std::optional<core::ListFilter> m_filter;
};

} // namespace sa::ui
