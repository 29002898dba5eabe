#pragma once

#include "core/dirsync/DirsyncLog.h"

#include <QDialog>

namespace sa::ui {

/// A run of the history opened: when it ran, for which requestor, its counts and status, the
/// objects it added, changed or deleted, and the events it logged (the errors and warnings first
/// among them, as the event log gave them).
class RunDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RunDetailsDialog(const core::DirsyncRunDetails& details, QWidget* parent = nullptr);
};

} // namespace sa::ui
