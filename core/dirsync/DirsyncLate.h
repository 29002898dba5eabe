#pragma once

#include "core/common/Phrase.h"

#include <QString>

namespace sa::core {

class Organization;

/// Why a requestor's dirsync messages have not reached the dirsync server: where they wait in the
/// organization's mail (a postoffice's queue, a site's MTA queue) and why, as the status displays
/// say it of a late requestor.
namespace DirsyncLate {
/// Where mail from `address` (a requestor's MS:NET/PO/$SYSTEM) waits and why, a phrase for each
/// place (the queue's own reason inside it as stored); empty when none does.
Phrases waiting(const Organization& organization, const QString& address);
/// The same in English, the places joined with "; " (siteadminctl, the logs).
QString whereWaiting(const Organization& organization, const QString& address);
} // namespace DirsyncLate

} // namespace sa::core
