#pragma once

#include <QString>

namespace sa::core {
class DirectoryStore;
}

namespace sa::ui {

/// A site of the organization and the window's store of it, for the lists that read every site
/// (the event log, the audit trail).
struct SiteStore
{
    QString name;
    core::DirectoryStore* store = nullptr;
};

} // namespace sa::ui
