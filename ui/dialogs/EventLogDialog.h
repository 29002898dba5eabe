#pragma once

#include "core/directory/Dn.h"
#include "ui/models/EventLogModel.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QTimer;

namespace sa::ui {

/// View > Event Log, the Event Viewer of the organization: every site's events newest first, shown
/// by type, category and text (filters that apply as they are set), the selected event whole in a
/// pane below, and new events added at the top as the services log them. What is logged follows
/// each server's Diagnostics Logging levels.
class EventLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EventLogDialog(QList<EventLogModel::Site> sites, QWidget* parent = nullptr);

    EventLogModel* model() const { return m_model; }
    QSortFilterProxyModel* shown() const { return m_proxy; }
    /// Where information events are not kept: the hint above the list (empty when every site's
    /// dirsync role keeps them).
    QString diagnosticsHint() const;

Q_SIGNALS:
    /// The hint's link: open the Diagnostics Logging page of `dn` in the site named `site`.
    void diagnosticsRequested(const QString& site, const sa::core::Dn& dn);

private:
    /// Says, above the list, where Diagnostics Logging keeps only problems, so that a quiet log is
    /// not taken for an idle one (issue 20), with a link to the setting.
    void updateHint();
    void applyFilters();
    void showDetail();
    void fillCategories();

    EventLogModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_type;
    QComboBox* m_category;
    QLineEdit* m_text;
    QTableView* m_view;
    QTextBrowser* m_detail;
    QTimer* m_timer;
    QLabel* m_hint;
    QList<EventLogModel::Site> m_sites;
};

} // namespace sa::ui
