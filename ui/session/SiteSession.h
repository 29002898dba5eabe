#pragma once

#include "core/directory/ChangeWatcher.h"
#include "core/directory/DirectoryStore.h"

#include <QObject>
#include <memory>

namespace sa::ui {

/// The GUI thread's one connection to one site database, and the watcher that feeds its views.
/// Every window on a server of that site shares it: one owner per connection.
class SiteSession : public QObject
{
    Q_OBJECT

public:
    SiteSession(std::unique_ptr<core::DirectoryStore> store, QObject* parent = nullptr);
    ~SiteSession() override;

    core::DirectoryStore& store() { return *m_store; }
    core::ChangeWatcher& watcher() { return *m_watcher; }
    QString organization() const { return m_organization; }
    QString site() const { return m_site; }

private:
    std::unique_ptr<core::DirectoryStore> m_store;
    std::unique_ptr<core::ChangeWatcher> m_watcher;
    QString m_organization;
    QString m_site;
};

} // namespace sa::ui
