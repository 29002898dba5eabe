#include "SiteSession.h"

namespace sa::ui {

SiteSession::SiteSession(std::unique_ptr<core::DirectoryStore> store, QObject* parent)
    : QObject(parent), m_store(std::move(store)), m_organization(m_store->organizationName()),
      m_site(m_store->siteName())
{
    m_watcher = std::make_unique<core::ChangeWatcher>(*m_store);
}

SiteSession::~SiteSession()
{
    m_watcher.reset(); // before the store it watches
}

} // namespace sa::ui
