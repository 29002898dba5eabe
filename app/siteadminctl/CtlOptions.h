#pragma once

// The option names of siteadminctl, shared by the files of CtlCommands.

#include <QString>

namespace sa::app::ctl {

inline const QString OptOrg = QStringLiteral("org");
inline const QString OptJson = QStringLiteral("json");
inline const QString OptOrganization = QStringLiteral("organization");
inline const QString OptSite = QStringLiteral("site");
inline const QString OptServer = QStringLiteral("server");
inline const QString OptDepth = QStringLiteral("depth");
inline const QString OptClass = QStringLiteral("class");
inline const QString OptAdd = QStringLiteral("add");
inline const QString OptRemove = QStringLiteral("remove");
inline const QString OptContainer = QStringLiteral("container");
inline const QString OptMultivalued = QStringLiteral("multivalued");
inline const QString OptCharset = QStringLiteral("charset");
inline const QString OptSubcontainers = QStringLiteral("subcontainers");
inline const QString OptUntilIdle = QStringLiteral("until-idle");
inline const QString OptMaxSeconds = QStringLiteral("max-seconds");
inline const QString OptLimit = QStringLiteral("limit");
inline const QString OptInterval = QStringLiteral("interval");
inline const QString OptKeepDays = QStringLiteral("keep-days");
inline const QString OptLab = QStringLiteral("lab");
inline const QString OptLinked = QStringLiteral("linked");
inline const QString OptUndeliverable = QStringLiteral("undeliverable-after");
inline const QString OptRecipient = QStringLiteral("recipient");
inline const QString OptSecretFile = QStringLiteral("secret-file");
inline const QString OptPassword = QStringLiteral("password");
inline const QString OptIms = QStringLiteral("ims");
inline const QString OptRevealSecrets = QStringLiteral("reveal-secrets");
inline const QString OptSince = QStringLiteral("since");
inline const QString OptGroup = QStringLiteral("group");
inline const QString OptObject = QStringLiteral("object");

} // namespace sa::app::ctl
