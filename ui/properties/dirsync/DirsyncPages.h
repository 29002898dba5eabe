#pragma once

#include <QList>

namespace sa::ui {

class PropertyPage;

/// The property pages of the directory synchronization objects, in tab order (also the steps of
/// their New Other wizards, Raw Properties aside).
QList<PropertyPage*> dirsyncServerPages();
QList<PropertyPage*> remoteRequestorPages();
QList<PropertyPage*> dirsyncRequestorPages();
/// Servers > server > Directory Synchronization.
QList<PropertyPage*> directorySynchronizationPages();

} // namespace sa::ui
