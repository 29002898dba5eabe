#pragma once

#include "core/directory/Organization.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace sa::ui {

/// File > Connect to Server: a server name, the organization's sites and servers as a tree to
/// pick from (the original's Browse), and "Set as default server".
class ConnectToServerDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectToServerDialog(const QList<core::SiteInfo>& sites, const QString& defaultServer,
                          QWidget* parent = nullptr);

    /// Sites whose databases cannot be opened (names, and a line each saying why): shown in the
    /// tree, greyed, with the reason, so that a missing site is never a mystery.
    void setUnreadable(const QStringList& names, const QStringList& why);

    QString server() const;
    bool setAsDefault() const;
    void accept() override;

private:
    QList<core::SiteInfo> m_sites;
    QLineEdit* m_server;
    QTreeWidget* m_tree;
    QCheckBox* m_default;
    QLabel* m_error;
};

} // namespace sa::ui
