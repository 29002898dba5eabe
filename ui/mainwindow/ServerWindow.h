#pragma once

#include "core/directory/DirectoryObject.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/ListFilter.h"

#include <QWidget>
#include <optional>

class QLabel;
class QSplitter;
class QStatusBar;
class QTreeView;

namespace sa::ui {

class ContainerTreeModel;
class ContentsModel;
class ContentsView;
class SiteSession;

/// One MDI child per server, as the original: the container tree of the server's site on the left,
/// the selected container's contents on the right, and a status bar with the object count.
/// Titled "Server X1 in Site SEATTLE - Recipients".
class ServerWindow : public QWidget
{
    Q_OBJECT

public:
    ServerWindow(SiteSession& session, const QString& server, const core::ListFilter& recipientFilter = {},
                 QWidget* parent = nullptr);
    ~ServerWindow() override;

    QString server() const { return m_server; }
    SiteSession& session() { return m_session; }
    QTreeView* containerTree() const { return m_tree; }
    ContentsView* contentsView() const { return m_contents; }
    ContainerTreeModel* treeModel() const { return m_treeModel; }
    ContentsModel* contentsModel() const { return m_contentsModel; }

    /// Selects a container in the tree (and shows its contents).
    bool selectContainer(const core::Dn& dn);
    std::optional<core::DirectoryObject> selectedContainer() const;
    /// The objects the administrator means: the selected rows of the contents list when it has
    /// the focus or a selection, otherwise the selected container.
    QList<core::DirectoryObject> selectedObjects() const;

    /// The shown columns of the current kind of container (View > Columns).
    QStringList shownColumns() const;
    QString columnKind() const { return m_columnKind; }
    void setShownColumns(const QStringList& ids);
    void sortBy(core::SortField field);
    /// The filter of recipients containers' lists (other containers list everything).
    void setRecipientFilter(const core::ListFilter& filter);

    /// The last dirsync cycle's result and time, at the left of the status bar (red when it
    /// failed or was stopped); empty before the first.
    void setDirsyncStatus(const QString& text, const QString& details, bool failed);
    QString dirsyncStatus() const;

    /// Selects (and shows) an object of the current list.
    bool selectObject(qint64 id);
    /// Shows `object` selected in its container's list, opening that container first when another
    /// is shown (an object made by File > New Other lands in Connections, say, while Recipients is
    /// open: it was made and not shown, issue 20).
    bool showObject(const core::DirectoryObject& object);
    /// File > Save Window Contents: the list as shown (columns, order, filter) as CSV.
    core::Status saveContents(const QString& path) const;

    void saveSettings() const;
    void refresh();

Q_SIGNALS:
    /// The administrator asked for an object's properties (double-click, Enter).
    void propertiesRequested(const core::DirectoryObject& object);
    void selectionChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void containerChanged();
    void applyDefaultWidths();
    void updateEmptyText();
    void updateTitle();
    void updateStatus();
    void restoreColumns();

    SiteSession& m_session;
    QString m_server;
    QSplitter* m_splitter;
    QTreeView* m_tree;
    ContentsView* m_contents;
    QStatusBar* m_status;
    QLabel* m_count;
    QLabel* m_dirsync;
    QLabel* m_empty = nullptr;
    ContainerTreeModel* m_treeModel;
    ContentsModel* m_contentsModel;
    QString m_columnKind;
    core::ListFilter m_recipientFilter;
};

} // namespace sa::ui
