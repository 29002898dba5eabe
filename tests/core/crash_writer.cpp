// Helper of tst_crash: writes to a site database in a loop until it is killed. Each change set
// creates mailboxes, renames one and deletes one, and renames one of the round before, so a kill can
// land in any part of a commit.
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"

#include <QCoreApplication>
#include <cstdio>

using namespace sa::core;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 4)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QString org = QString::fromLocal8Bit(argv[2]);
    const QString site = QString::fromLocal8Bit(argv[3]);
    auto store = DirectoryStore::open(path);
    if (!store)
        return 1;
    const Dn recipients = SiteBuilder::recipientsDn(org, site);
    const qint64 start = store.value()->highestUsn();
    for (int round = 0;; ++round) {
        ChangeSet c;
        const QString tag = QStringLiteral("%1-%2").arg(start).arg(round);
        for (int i = 0; i < 20; ++i) {
            c.create(QStringLiteral("mailbox"), recipients,
                     {{attr::MailNickname, {QStringLiteral("m%1-%2").arg(tag).arg(i)}},
                      {attr::DisplayName, {QStringLiteral("Mailbox %1 %2").arg(tag).arg(i)}},
                      {attr::ProxyAddresses, {QStringLiteral("SMTP:m%1-%2@crash.example").arg(tag).arg(i)}}});
        }
        c.replace(recipients.child(QStringLiteral("cn"), QStringLiteral("m%1-0").arg(tag)), attr::DisplayName,
                  {QStringLiteral("Renamed %1").arg(tag)});
        c.remove(recipients.child(QStringLiteral("cn"), QStringLiteral("m%1-1").arg(tag)));
        // And one made by the round before: a change to an object that existed before the commit,
        // which logs where it stood (changes to objects made in the same commit are their making).
        if (round > 0)
            c.replace(
                recipients.child(QStringLiteral("cn"), QStringLiteral("m%1-%2-2").arg(start).arg(round - 1)),
                attr::DisplayName, {QStringLiteral("Again %1").arg(tag)});
        if (!store.value()->commit(c))
            return 1;
        if (round == 0) {
            std::printf("started\n");
            std::fflush(stdout);
        }
    }
}
