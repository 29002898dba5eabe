#pragma once
#include "core/common/Clock.h"
// What a postoffice's settings call its dirsync numbers and configuration (meta keys), shared by the
// agent (PostofficeDirsync), its journal (PostofficeDirsyncJournal) and the store.
#include <QDateTime>
#include <QString>

namespace sa::core::podirsync {

inline const QString KeyServer = QStringLiteral("dirsync-server");
inline const QString KeyPassword = QStringLiteral("dirsync-password");
inline const QString KeyTypes = QStringLiteral("dirsync-types");
inline const QString KeyReqSync = QStringLiteral("dirsync-reqsync");
inline const QString KeyReqConfirmed = QStringLiteral("dirsync-reqconf");
inline const QString KeySrvSync = QStringLiteral("dirsync-srvsync");
inline const QString KeyImpSync = QStringLiteral("dirsync-impsync");
inline const QString KeyLastT1 = QStringLiteral("dirsync-last-t1");
inline const QString KeyLastT3 = QStringLiteral("dirsync-last-t3");
/// The DirsyncCodec::ProblemRules the unsendable table was made by; absent (a postoffice from before
/// it, or one that just became a requestor) or older: the next T1 looks at every user again.
inline const QString KeyUnsendableRules = QStringLiteral("dirsync-unsendable-rules");

/// The time stamps of DIRSYNC.LOG and the last T1/T3.
inline QString now()
{
    return Clock::nowUtc().toString(Qt::ISODate);
}

} // namespace sa::core::podirsync
