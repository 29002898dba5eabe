#pragma once

#include "ui/models/ServicesModel.h"

#include <QDialog>
#include <functional>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace sa::ui {

/// Tools > Services: the services of every server of the organization with their state, and Start,
/// Stop, Pause, Continue and Restart, as Windows NT's Services window served the original. Starting
/// starts what a service needs first; stopping (or restarting) one that others need first names
/// them and stops them too if the administrator agrees; pausing Directory Synchronization starts a
/// synchronization at once (T2 as server, T1 as requestor, Q146738) and says so. States are kept in
/// the site databases, so they hold across restarts; the list follows changes by others each second.
class ServicesDialog : public QDialog
{
    Q_OBJECT

public:
    /// `kickDirsync`: asks the background worker for the synchronization a pause starts.
    ServicesDialog(QList<ServicesModel::Server> servers,
                   std::function<void(const QString& server)> kickDirsync, QWidget* parent = nullptr);

    ServicesModel* model() const { return m_model; }
    /// Who does the services' work (this window's worker, or the process that holds it).
    void setHostText(const QString& text);
    void select(const QString& server, const QString& service);

private:
    enum class Command
    {
        Start,
        Stop,
        Pause,
        Continue,
        Restart
    };
    void run(Command command);
    /// After a pause of Directory Synchronization on `server`: asks the worker for the
    /// synchronization it starts, and says whether one does (a box when it does, the result line
    /// when it does not).
    /// Pausing Directory Synchronization on the server of the dirsync role started a cycle.
    void sayCycleStarted(const QString& server);
    void updateButtons();

    ServicesModel* m_model;
    std::function<void(const QString& server)> m_kickDirsync;
    QTableView* m_view;
    QLabel* m_host;
    QLabel* m_result;
    QPushButton* m_start;
    QPushButton* m_stop;
    QPushButton* m_pause;
    QPushButton* m_continue;
    QPushButton* m_restart;
    QTimer* m_timer;
};

} // namespace sa::ui
