#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace sa::core {
class DirectoryStore;
}

namespace sa::ui {

/// MS Mail Connector > Connections > Queue...: the messages the site's MTA holds for one
/// postoffice (while its connector MTA is stopped, say), with Refresh, Delete and Return (back to
/// the sender with a non-delivery report), and "Send non-delivery reports when messages are
/// deleted". It acts at once, as the original's queue window did. The site MTA's whole queue (View >
/// Queues) also lists what waits at the site's Internet Mail Services for sites on other machines,
/// and says what they refused on arrival in the last 24 hours.
class ConnectionQueueDialog : public QDialog
{
    Q_OBJECT

public:
    /// `postoffice` empty: the Message Transfer Agent's whole queue (waiting and held messages) of
    /// the store's site, as View > Queues shows it.
    ConnectionQueueDialog(core::DirectoryStore& store, QString postoffice, QWidget* parent = nullptr);
    /// The Message Transfer Agent's queue titled by the server whose window opened it, as the
    /// original's MTA belonged to a server (issue 20: it was titled by the site).
    static ConnectionQueueDialog* forServer(core::DirectoryStore& store, const QString& server,
                                            QWidget* parent);

    void refresh();

private:
    void removeSelected(bool nonDeliveryReport);
    void updateButtons();

    core::DirectoryStore& m_store;
    QString m_postoffice;
    QTreeWidget* m_list;
    QPushButton* m_delete;
    QPushButton* m_return;
    QCheckBox* m_reportOnDelete;
    QLabel* m_status;
    QLabel* m_refused; ///< the site MTA's window: what the IMS refused on arrival lately
    static constexpr int ImsRole = Qt::UserRole + 1; ///< a row of the IMS's queue
};

} // namespace sa::ui
