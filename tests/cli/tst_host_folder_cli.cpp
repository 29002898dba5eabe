#include "core/directory/ChangeSet.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/message/CrossingMessage.h"
#include "core/transport/ImsReceiver.h"
#include "core/transport/ReplicationByMail.h"
#include "tests/support/HostPair.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sa::core;
using sa::test::Cli;
using sa::test::ProcessRun;

/// siteadminctl on a host folder (X1's: SEATTLE, with LONDON on another machine): the other site's
/// objects are read from their replica here, and refused for change; replication status says where
/// replication by mail with LONDON stands, and replication request asks it now - or says clearly why
/// it cannot, writing nothing.
class TestHostFolderCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sa::test::HostPair> m_hosts;
    Cli m_x1;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_hosts = std::make_unique<sa::test::HostPair>(m_dir->path());
        QString problem = m_hosts->make();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        ChangeSet c;
        c.create(QStringLiteral("mailbox"),
                 SiteBuilder::recipientsDn(QStringLiteral("NORTHWIND"), QStringLiteral("LONDON")),
                 {{attr::MailNickname, {QStringLiteral("StevenB")}},
                  {attr::DisplayName, {QStringLiteral("Steven Buchanan")}}});
        QVERIFY(m_hosts->london()->commit(c));
        QVERIFY(ReplicationByMail(*m_hosts->seattle(), m_hosts->x1()).request(QStringLiteral("LONDON")));
        problem = m_hosts->settle();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_x1.org = m_hosts->x1();
    }

    void cleanup()
    {
        m_hosts.reset();
        m_dir.reset();
    }

    void theOtherMachinesSiteIsReadFromItsReplica()
    {
        const ProcessRun list =
            m_x1.ctl({QStringLiteral("list"), QStringLiteral("/o=NORTHWIND/ou=LONDON/cn=Recipients")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY2(
            list.out.contains(QStringLiteral("/o=NORTHWIND/ou=LONDON/cn=Recipients/cn=StevenB  [Mailbox]")),
            qPrintable(list.out));
        const ProcessRun show = m_x1.ctl(
            {QStringLiteral("show"), QStringLiteral("/o=NORTHWIND/ou=LONDON/cn=Recipients/cn=StevenB")});
        QVERIFY2(show.exitCode == 0 && show.out.contains(QStringLiteral("Steven Buchanan")),
                 qPrintable(show.err));
        // A replica is changed at its own site, never here.
        const QString refused = m_x1.ctlRefused(
            {QStringLiteral("modify"), QStringLiteral("/o=NORTHWIND/ou=LONDON/cn=Recipients/cn=StevenB"),
             QStringLiteral("Display-Name=Somebody Else")},
            QStringLiteral("replica"));
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
        // A site that is nowhere: the same clear error as before.
        const QString nowhere =
            m_x1.ctlRefused({QStringLiteral("list"), QStringLiteral("/o=NORTHWIND/ou=PARIS/cn=Recipients")},
                            QStringLiteral("the organization has no site PARIS"));
        QVERIFY2(nowhere.isEmpty(), qPrintable(nowhere));
    }

    void aPostofficeOnX2IsARequestorOfSeattle()
    {
        Cli x2;
        x2.org = m_hosts->x2();
        QCOMPARE(x2.poFed("PASSWORD\n", {QStringLiteral("create"), QStringLiteral("NWNET/PO2"),
                                         QStringLiteral("--admin-password-stdin")})
                     .exitCode,
                 0);
        // SEATTLE is on the other machine, known here by replication: its Directory Synchronization
        // Server is the one PO2's requestor writes to.
        const ProcessRun made =
            x2.po({QStringLiteral("dirsync"), QStringLiteral("requestor"), QStringLiteral("NWNET/PO2"),
                   QStringLiteral("--dirsync-server"), QStringLiteral("NORTHWIND/SEATTLE"),
                   QStringLiteral("--password"), QStringLiteral("syncpw1")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const QString refused =
            x2.poRefused({QStringLiteral("dirsync"), QStringLiteral("requestor"), QStringLiteral("NWNET/PO2"),
                          QStringLiteral("--dirsync-server"), QStringLiteral("NORTHWIND/PARIS"),
                          QStringLiteral("--password"), QStringLiteral("syncpw1")},
                         QStringLiteral("no dirsync server \"NORTHWIND/PARIS\""));
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
    }

    void queueListSaysWhatWasRefusedOnArrival()
    {
        CrossingMessage forged;
        forged.organization = QStringLiteral("NORTHWIND");
        forged.originSite = QStringLiteral("LONDON");
        forged.targetSite = QStringLiteral("SEATTLE");
        forged.message =
            Message::create(QStringLiteral("MS:NORTHWIND/LONDON/StevenB"),
                            QStringLiteral("MS:NORTHWIND/SEATTLE/NOBODY"), QStringLiteral("Forged"), {});
        QCOMPARE(ImsReceiver::deliver(Organization::open(m_hosts->x1()).value(),
                                      forged.encode("a secret that is not the pair's one",
                                                    QStringLiteral("a@b.test"), QStringLiteral("c@d.test")))
                     .kind,
                 ImsDelivery::Kind::Refused);
        const ProcessRun listed =
            m_x1.ctl({QStringLiteral("--json"), QStringLiteral("queue"), QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        QJsonObject refused;
        for (const QJsonValue& v : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
            if (v.toObject().value(QStringLiteral("queue")).toString() == QLatin1String("refused"))
                refused = v.toObject();
        }
        QCOMPARE(refused.value(QStringLiteral("event")).toInt(), 4003);
        QCOMPARE(refused.value(QStringLiteral("site")).toString(), QStringLiteral("SEATTLE"));
        const ProcessRun text = m_x1.ctl({QStringLiteral("queue"), QStringLiteral("list")});
        QVERIFY2(text.out.contains(QStringLiteral("REFUSED")) &&
                     text.out.contains(QStringLiteral("is not signed with the secret the two sites share")),
                 qPrintable(text.out));
    }

    void replicationStatusAndRequest()
    {
        ProcessRun status =
            m_x1.ctl({QStringLiteral("--json"), QStringLiteral("replication"), QStringLiteral("status")});
        QCOMPARE(status.exitCode, 0);
        QJsonArray states = QJsonDocument::fromJson(status.out.toUtf8()).array();
        QCOMPARE(states.size(), 1);
        QJsonObject london = states.first().toObject();
        QCOMPARE(london.value(QStringLiteral("site")).toString(), QStringLiteral("SEATTLE"));
        QCOMPARE(london.value(QStringLiteral("remoteSite")).toString(), QStringLiteral("LONDON"));
        QVERIFY(!london.value(QStringLiteral("lastAnswer")).toString().isEmpty());
        QVERIFY(london.value(QStringLiteral("askedSince")).toString().isEmpty());
        QVERIFY(!london.value(QStringLiteral("overdue")).toBool());

        const ProcessRun asked =
            m_x1.ctl({QStringLiteral("replication"), QStringLiteral("request"), QStringLiteral("london")});
        QVERIFY2(asked.exitCode == 0, qPrintable(asked.err));
        QVERIFY2(asked.out.contains(QStringLiteral("SEATTLE asked LONDON for its changes")),
                 qPrintable(asked.out));
        status =
            m_x1.ctl({QStringLiteral("--json"), QStringLiteral("replication"), QStringLiteral("status")});
        london = QJsonDocument::fromJson(status.out.toUtf8()).array().first().toObject();
        QVERIFY(!london.value(QStringLiteral("askedSince")).toString().isEmpty());
        const ProcessRun text = m_x1.ctl({QStringLiteral("replication"), QStringLiteral("status")});
        QVERIFY2(text.out.contains(QStringLiteral("SEATTLE: Site LONDON was asked for its changes at")),
                 qPrintable(text.out));

        // Bad requests: one line, nothing written.
        for (const auto& [args, expected] :
             {std::pair{
                  QStringList{QStringLiteral("replication"), QStringLiteral("request"),
                              QStringLiteral("PARIS")},
                  QStringLiteral("site SEATTLE has no Directory Replication Connector to a site PARIS on "
                                 "another machine")},
              std::pair{QStringList{QStringLiteral("replication"), QStringLiteral("request"),
                                    QStringLiteral("LONDON"), QStringLiteral("--server"),
                                    QStringLiteral("X9")},
                        QStringLiteral("X9")},
              std::pair{QStringList{QStringLiteral("replication"), QStringLiteral("request")},
                        QStringLiteral("SITE")}}) {
            const QString refused = m_x1.ctlRefused(args, expected);
            QVERIFY2(refused.isEmpty(), qPrintable(refused));
        }
    }
};

QTEST_GUILESS_MAIN(TestHostFolderCli)
#include "tst_host_folder_cli.moc"
