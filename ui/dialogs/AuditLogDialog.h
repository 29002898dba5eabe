#pragma once

#include "ui/models/AuditLogModel.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace sa::ui {

/// View > Audit Log: who changed what in the directory, every site's audit trail newest first,
/// shown by program, change and text (user, object, attributes; filters that apply as they are
/// set), new changes added at the top as they are made, and the rows shown exported as CSV
/// (Export...). Values are never kept, so none is shown.
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditLogDialog(QList<AuditLogModel::Site> sites, QWidget* parent = nullptr);

    AuditLogModel* model() const { return m_model; }
    QSortFilterProxyModel* shown() const { return m_proxy; }
    /// The rows shown, as CSV (RFC 4180, a header line first): what Export... writes.
    QByteArray shownAsCsv() const;
    /// Writes shownAsCsv() to `path`; the error in words, or empty.
    QString exportTo(const QString& path) const;

private:
    void applyFilters();
    void fillPrograms();
    void exportShown();

    AuditLogModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_program;
    QComboBox* m_action;
    QLineEdit* m_text;
    QTableView* m_view;
    QTimer* m_timer;
};

} // namespace sa::ui
