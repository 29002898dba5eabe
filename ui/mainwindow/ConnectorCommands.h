#pragma once

#include "core/common/Error.h"
#include "core/directory/DirectoryObject.h"

#include <QObject>
#include <functional>
#include <optional>

namespace sa::ui {

class MainWindow;
class PropertySheet;

/// File > New Other > MS Mail Connector, Site Connector and Directory Replication Connector: each opens the
/// connector's property sheet for a new object in its container, with what the original's setup or dialog
/// would have filled in; the sheet writes on OK.
class ConnectorCommands : public QObject
{
    Q_OBJECT

public:
    explicit ConnectorCommands(MainWindow& window);

    /// An MS Mail Connector on the selected server, or else on the first server of the site that
    /// has none. Exchange's setup program installed it; here it is a command of its own.
    void newMsMailConnector();
    /// File > New Other > Internet Mail Service: one per server, on the selected server or the first
    /// without one (the site connector to sites on other machines).
    void newInternetMailService();
    void newSiteConnector();
    /// In Configuration > Directory Replication; replicates always until its Schedule says otherwise.
    void newReplicationConnector();

private:
    /// A new one-per-server object of `className` in the site's Connections, named "`title` (SERVER)"
    /// and on the selected server, or the first without one; nothing (and `allTaken`, given the
    /// site, said) when every server has one.
    std::optional<core::DirectoryObject> newOnFreeServer(const QString& className, const QString& title,
                                                         const QString& allTaken);
    /// A new object of `className` in `container`, nothing set yet.
    static core::DirectoryObject prototype(const QString& className, const core::Dn& container);
    /// Once `sheet` has created its connector: if the site it names in `targetAttribute` has no
    /// connector of the same class naming this site, asks `question` (given that site) and runs `make`.
    void offerPartner(PropertySheet* sheet, const QString& className, const QString& targetAttribute,
                      const QString& title, const std::function<QString(const QString&)>& question,
                      const std::function<core::Result<bool>(const core::DirectoryObject&)>& make);

    MainWindow& m_window;
};

} // namespace sa::ui
