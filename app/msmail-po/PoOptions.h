#pragma once

// The option names of msmail-po, shared by the files of PoCommands.

#include <QString>

namespace sa::app::po {

inline const QString OptOrg = QStringLiteral("org");
inline const QString OptJson = QStringLiteral("json");
inline const QString OptName = QStringLiteral("name");
inline const QString OptField = QStringLiteral("field");
inline const QString OptVia = QStringLiteral("via");
inline const QString OptFrom = QStringLiteral("from");
inline const QString OptTo = QStringLiteral("to");
inline const QString OptSubject = QStringLiteral("subject");
inline const QString OptBody = QStringLiteral("body");
inline const QString OptPassword = QStringLiteral("admin-password");
inline const QString OptNewPassword = QStringLiteral("new-admin-password");
inline const QString OptDirsyncServer = QStringLiteral("dirsync-server");
inline const QString OptDirsyncPassword = QStringLiteral("password");
inline const QString OptTypes = QStringLiteral("types");
inline const QString OptLimit = QStringLiteral("limit");
inline const QString OptServe = QStringLiteral("serve");
inline const QString OptEvery = QStringLiteral("every");
inline const QString OptUndeliverable = QStringLiteral("undeliverable-after");

} // namespace sa::app::po
