#pragma once

#include "PropertyPage.h"

class QLabel;
class QTableView;

namespace sa::ui {

class AuditLogModel;

/// Who changed this object, when, with which program, and which attributes (the audit trail, issue
/// 19): read-only, newest first, on every object's property sheet before Raw Properties. Read again
/// after Apply. A new object has no history yet; a replica's is kept at the site that masters it.
class HistoryPage : public PropertyPage
{
    Q_OBJECT

public:
    explicit HistoryPage(QWidget* parent = nullptr);

    QString title() const override { return tr("History"); }
    void load(const core::DirectoryObject& object) override;
    QList<core::AttributeChange> changes() const override { return {}; }

    AuditLogModel* model() const { return m_model; }

private:
    QLabel* m_note;
    QTableView* m_view;
    AuditLogModel* m_model = nullptr;
};

} // namespace sa::ui
