#pragma once

#include "ui/models/ColumnCatalog.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace sa::ui {

/// View > Columns: the available columns and the shown ones, Add / Remove, Move Up / Move Down,
/// and Reset to the defaults of this kind of container.
class ColumnsDialog : public QDialog
{
    Q_OBJECT

public:
    ColumnsDialog(const QString& kind, const QStringList& shown, QWidget* parent = nullptr);

    QStringList shownColumns() const;

private:
    void fill(const QStringList& shown);
    void move(int delta);
    void updateButtons();

    QString m_kind;
    QListWidget* m_available;
    QListWidget* m_shown;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
};

} // namespace sa::ui
