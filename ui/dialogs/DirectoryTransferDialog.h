#pragma once

#include "core/common/CsvReader.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace sa::core {
class DirectoryStore;
}

namespace sa::ui {

class BackgroundTask;

/// Tools > Directory Import and Tools > Directory Export: the file, the container (for export: with
/// or without subcontainers, which classes), then the work in the background with a progress bar and
/// Cancel. An import that finds problems writes nothing and lists them (line, column, reason), with
/// Save List... to keep them.
class DirectoryTransferDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Direction
    {
        Import,
        Export
    };

    DirectoryTransferDialog(Direction direction, core::DirectoryStore& store, qint64 currentContainer,
                            QWidget* parent = nullptr);
    ~DirectoryTransferDialog() override;

    /// Import: the server new mailboxes live on when their row names none (the original's "MS
    /// Exchange server"), by its name; the site's first until set.
    void setServer(const QString& name);

    bool isRunning() const;
    /// What the last run found wrong (import), for the list and for tests.
    const QList<core::CsvProblem>& problems() const { return m_problems; }
    QString result() const;

Q_SIGNALS:
    void done();

private:
    void start();
    void finish();
    void browse();
    void saveProblems();

    Direction m_direction;
    QString m_sitePath;
    QLineEdit* m_file;
    QComboBox* m_container;
    QCheckBox* m_subcontainers = nullptr;
    QList<QCheckBox*> m_classes;
    QRadioButton* m_append = nullptr; ///< import: Multivalued properties, Append values
    QComboBox* m_charset = nullptr;   ///< the file's character set
    QComboBox* m_server = nullptr;    ///< import: the site's servers, for new mailboxes
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QTreeWidget* m_problemList;
    QPushButton* m_saveProblems;
    std::unique_ptr<BackgroundTask> m_task;
    QList<core::CsvProblem> m_problems;
    QString m_result;
    QString m_error;
};

} // namespace sa::ui
