#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using sa::test::ProcessRun;

namespace {
const QString Seattle = QStringLiteral("/o=NORTHWIND/ou=SEATTLE");
const QString London = QStringLiteral("/o=NORTHWIND/ou=LONDON");
} // namespace

/// Directory synchronization across an MS Mail network of three postoffices and two sites, built from
/// nothing with siteadminctl init/add-site/create and msmail-po alone (not the demo): PO1 direct to
/// X1 (SEATTLE), PO2 direct to X2 (LONDON), PO3 direct to PO1 only and reaching everything through
/// it, so its dirsync mail crosses MS Mail External both ways. While the MS Mail Connectors are
/// stopped every requestor shows as late, with where its messages wait and why; once they run,
/// cycles bring every GAL to list everyone once.
class TestNetworkDirsyncCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    sa::test::Cli m_cli;

    void ctl(const QStringList& args)
    {
        const ProcessRun r = m_cli.ctl(args);
        QVERIFY2(r.exitCode == 0, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
    }
    void po(const QStringList& args)
    {
        const ProcessRun r = m_cli.po(args);
        QVERIFY2(r.exitCode == 0, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
    }
    QJsonArray json(const ProcessRun& r) { return QJsonDocument::fromJson(r.out.toUtf8()).array(); }
    QJsonArray status()
    {
        return json(
            m_cli.ctl({QStringLiteral("dirsync"), QStringLiteral("status"), QStringLiteral("--json")}));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!sa::test::Cli::ctlProgram().isEmpty());
        m_cli.org = m_dir.filePath(QStringLiteral("org"));
    }

    void threePostofficesTwoSitesFromScratch()
    {
        // The sites, a few mailboxes each, joined by site connectors and directory replication.
        ctl({QStringLiteral("init"), QStringLiteral("--organization"), QStringLiteral("NORTHWIND"),
             QStringLiteral("--site"), QStringLiteral("SEATTLE"), QStringLiteral("--server"),
             QStringLiteral("X1")});
        ctl({QStringLiteral("add-site"), QStringLiteral("--site"), QStringLiteral("LONDON"),
             QStringLiteral("--server"), QStringLiteral("X2")});
        for (const auto& [site, given, surname] :
             {std::tuple{Seattle, "Nancy", "Davolio"}, std::tuple{Seattle, "Andrew", "Fuller"},
              std::tuple{London, "Steven", "Buchanan"}, std::tuple{London, "Anne", "Dodsworth"}})
            ctl({QStringLiteral("create"), QStringLiteral("mailbox"), site + QStringLiteral("/cn=Recipients"),
                 QStringLiteral("Given-Name=") + QLatin1String(given),
                 QStringLiteral("Surname=") + QLatin1String(surname)});
        for (const auto& [site, server, name, other, connections] :
             {std::tuple{Seattle, "X1", "SEATTLE", "LONDON",
                         QStringList{QStringLiteral("NWNET/PO1"), QStringLiteral("NWNET/PO3 via NWNET/PO1")}},
              std::tuple{London, "X2", "LONDON", "SEATTLE", QStringList{QStringLiteral("NWNET/PO2")}}}) {
            const QString config = site + QStringLiteral("/cn=Configuration");
            const QString serverDn = config + QStringLiteral("/cn=Servers/cn=") + QLatin1String(server);
            const QString direct = connections.first();
            QStringList connector{
                QStringLiteral("create"),
                QStringLiteral("msmail-connector"),
                config + QStringLiteral("/cn=Connections"),
                QStringLiteral("Common-Name=MS Mail Connector (%1)").arg(QLatin1String(server)),
                QStringLiteral("Home-Server=") + serverDn,
                QStringLiteral("Local-Network-Name=NORTHWIND"),
                QStringLiteral("Local-Postoffice-Name=") + QLatin1String(name),
                QStringLiteral("Connector-MTA=%1 Connector MTA|60|%2").arg(direct.section('/', 1), direct)};
            for (const QString& c : connections)
                connector << QStringLiteral("MSMail-Connection=") + c;
            ctl(connector);
            ctl({QStringLiteral("create"), QStringLiteral("site-connector"),
                 config + QStringLiteral("/cn=Connections"),
                 QStringLiteral("Common-Name=Site Connector (%1)").arg(QLatin1String(other)),
                 QStringLiteral("Target-Site=") + QLatin1String(other)});
            ctl({QStringLiteral("create"), QStringLiteral("directory-replication-connector"),
                 config + QStringLiteral("/cn=Directory Replication"),
                 QStringLiteral("Common-Name=") + QLatin1String(other),
                 QStringLiteral("Remote-Site=") + QLatin1String(other),
                 QStringLiteral("Local-Bridgehead=") + serverDn,
                 QStringLiteral("Remote-Bridgehead=") +
                     (QLatin1String(server) == QLatin1String("X1") ? "X2" : "X1"),
                 QStringLiteral("Activation-Style=2")});
        }

        // The MS Mail side: PO3 is reached only through PO1, and reaches everything through it.
        for (const auto& [postoffice, users] :
             {std::pair{QStringLiteral("NWNET/PO1"), QStringList{QStringLiteral("AMARTIN|Alice Martin"),
                                                                 QStringLiteral("BCOOPER|Ben Cooper")}},
              std::pair{QStringLiteral("NWNET/PO2"), QStringList{QStringLiteral("AHOFF|Anna Hoffmann"),
                                                                 QStringLiteral("BEVANS|Brian Evans")}},
              std::pair{QStringLiteral("NWNET/PO3"),
                        QStringList{QStringLiteral("CARL|Carl Third"), QStringLiteral("CORA|Cora Third")}}}) {
            QCOMPARE(m_cli
                         .poFed("PASSWORD\n", {QStringLiteral("create"), postoffice,
                                               QStringLiteral("--admin-password-stdin")})
                         .exitCode,
                     0);
            for (const QString& u : users)
                po({QStringLiteral("user"), QStringLiteral("add"), postoffice, u.section('|', 0, 0),
                    QStringLiteral("--name"), u.section('|', 1)});
        }
        const auto route = [this](const QString& at, const QString& target, const QString& via = {}) {
            po(via.isEmpty() ? QStringList{QStringLiteral("route"), QStringLiteral("direct"), at, target}
                             : QStringList{QStringLiteral("route"), QStringLiteral("indirect"), at, target,
                                           QStringLiteral("--via"), via});
        };
        route(QStringLiteral("NWNET/PO1"), QStringLiteral("NORTHWIND/SEATTLE"));
        route(QStringLiteral("NWNET/PO1"), QStringLiteral("NWNET/PO3"));
        route(QStringLiteral("NWNET/PO1"), QStringLiteral("NORTHWIND/LONDON"),
              QStringLiteral("NORTHWIND/SEATTLE"));
        route(QStringLiteral("NWNET/PO1"), QStringLiteral("NWNET/PO2"), QStringLiteral("NORTHWIND/SEATTLE"));
        route(QStringLiteral("NWNET/PO2"), QStringLiteral("NORTHWIND/LONDON"));
        for (const QString& t :
             {QStringLiteral("NORTHWIND/SEATTLE"), QStringLiteral("NWNET/PO1"), QStringLiteral("NWNET/PO3")})
            route(QStringLiteral("NWNET/PO2"), t, QStringLiteral("NORTHWIND/LONDON"));
        route(QStringLiteral("NWNET/PO3"), QStringLiteral("NWNET/PO1"));
        for (const QString& t : {QStringLiteral("NORTHWIND/SEATTLE"), QStringLiteral("NORTHWIND/LONDON"),
                                 QStringLiteral("NWNET/PO2")})
            route(QStringLiteral("NWNET/PO3"), t, QStringLiteral("NWNET/PO1"));
        ctl({QStringLiteral("run"), QStringLiteral("--until-idle")}); // replication: LONDON known at SEATTLE

        // Q152167's objects, with PO2 and PO3 as <non msmail requestor>s by their $system recipients.
        const QString connections = Seattle + QStringLiteral("/cn=Configuration/cn=Connections");
        const QString dxa = connections + QStringLiteral("/cn=Dirsync Server");
        ctl({QStringLiteral("create"), QStringLiteral("recipients-container"), Seattle,
             QStringLiteral("Common-Name=MSMail Recipients")});
        for (const QString& p : {QStringLiteral("PO2"), QStringLiteral("PO3")})
            ctl({QStringLiteral("create"), QStringLiteral("custom-recipient"),
                 Seattle + QStringLiteral("/cn=Recipients"),
                 QStringLiteral("Display-Name=NWNET/%1/$system").arg(p),
                 QStringLiteral("Mail-Nickname=%1SYSTEM").arg(p),
                 QStringLiteral("Target-Address=MS:NWNET/%1/$system").arg(p),
                 QStringLiteral("Hide-From-Address-Book=TRUE")});
        ctl({QStringLiteral("create"), QStringLiteral("dirsync-server"), connections,
             QStringLiteral("Common-Name=Dirsync Server"),
             QStringLiteral("Responsible-Local-DXA=") + Seattle +
                 QStringLiteral("/cn=Configuration/cn=Servers/cn=X1")});
        const QStringList common{
            QStringLiteral("DXA-Password=syncpw1"),
            QStringLiteral("Import-Container=") + Seattle + QStringLiteral("/cn=MSMail Recipients"),
            QStringLiteral("Export-Containers=") + Seattle + QStringLiteral("/cn=Recipients"),
            QStringLiteral("Export-Containers=") + London + QStringLiteral("/cn=Recipients")};
        ctl(QStringList{QStringLiteral("create"), QStringLiteral("remote-dirsync-requestor"), dxa,
                        QStringLiteral("Common-Name=PO1"), QStringLiteral("DXA-ReqName=NWNET/PO1")} +
            common);
        for (const QString& p : {QStringLiteral("PO2"), QStringLiteral("PO3")})
            ctl(QStringList{
                    QStringLiteral("create"), QStringLiteral("remote-dirsync-requestor"), dxa,
                    QStringLiteral("Common-Name=") + p,
                    QStringLiteral("DXA-Dirsync-Address=%1/cn=Recipients/cn=%2SYSTEM").arg(Seattle, p)} +
                common);
        for (const QString& p :
             {QStringLiteral("NWNET/PO1"), QStringLiteral("NWNET/PO2"), QStringLiteral("NWNET/PO3")})
            po({QStringLiteral("dirsync"), QStringLiteral("requestor"), p, QStringLiteral("--dirsync-server"),
                QStringLiteral("NORTHWIND/SEATTLE"), QStringLiteral("--password"),
                QStringLiteral("syncpw1")});
        ctl({QStringLiteral("services"), QStringLiteral("start"), QStringLiteral("--server"),
             QStringLiteral("X1"), QStringLiteral("Directory Synchronization")});

        // The MS Mail Connectors were never started: the requestors' mail waits, and status says where.
        for (int i = 0; i < 2; ++i)
            ctl({QStringLiteral("dirsync"), QStringLiteral("cycle")});
        QJsonArray late = status();
        QCOMPARE(late.size(), 3);
        for (const QJsonValue& v : late) {
            const QJsonObject s = v.toObject();
            QVERIFY2(s.value(QStringLiteral("late")).toBool(),
                     qPrintable(s.value(QStringLiteral("name")).toString()));
            const QString reason = s.value(QStringLiteral("lateReason")).toString();
            const bool london = s.value(QStringLiteral("name")).toString() == QLatin1String("PO2");
            QVERIFY2(reason.contains(london ? QStringLiteral("wait at NWNET/PO2 for NORTHWIND/LONDON")
                                            : QStringLiteral("wait at NWNET/PO1 for NORTHWIND/SEATTLE")),
                     qPrintable(reason));
            QVERIFY2(reason.contains(QStringLiteral("the MS Mail Connector Interchange on %1 is not running")
                                         .arg(london ? QStringLiteral("X2") : QStringLiteral("X1"))),
                     qPrintable(reason));
        }
        const ProcessRun text = m_cli.ctl({QStringLiteral("dirsync"), QStringLiteral("status")});
        QVERIFY2(text.out.contains(QStringLiteral("late: nothing from it reached the last 2 runs of T2")),
                 qPrintable(text.out));

        for (const auto& [server, service] :
             {std::pair{"X1", "MS Mail Connector Interchange"}, std::pair{"X1", "PO1 Connector MTA"},
              std::pair{"X2", "MS Mail Connector Interchange"}, std::pair{"X2", "PO2 Connector MTA"}})
            ctl({QStringLiteral("services"), QStringLiteral("start"), QStringLiteral("--server"),
                 QLatin1String(server), QLatin1String(service)});
        for (int i = 0; i < 3; ++i)
            ctl({QStringLiteral("dirsync"), QStringLiteral("cycle")});

        for (const QJsonValue& v : status()) {
            const QJsonObject s = v.toObject();
            QVERIFY(!s.value(QStringLiteral("late")).toBool());
            QCOMPARE(s.value(QStringLiteral("lastResult")).toString(), QStringLiteral("success"));
            QCOMPARE(s.value(QStringLiteral("pending")).toInt(), 0);
        }
        const QStringList everyone{
            QStringLiteral("NWNET/PO1/AMARTIN"),        QStringLiteral("NWNET/PO1/BCOOPER"),
            QStringLiteral("NWNET/PO2/AHOFF"),          QStringLiteral("NWNET/PO2/BEVANS"),
            QStringLiteral("NWNET/PO3/CARL"),           QStringLiteral("NWNET/PO3/CORA"),
            QStringLiteral("NORTHWIND/SEATTLE/NANCYD"), QStringLiteral("NORTHWIND/SEATTLE/ANDREWF"),
            QStringLiteral("NORTHWIND/LONDON/STEVENB"), QStringLiteral("NORTHWIND/LONDON/ANNED")};
        for (const QString& p :
             {QStringLiteral("NWNET/PO1"), QStringLiteral("NWNET/PO2"), QStringLiteral("NWNET/PO3")}) {
            const QJsonArray gal = json(m_cli.po({QStringLiteral("gal"), p, QStringLiteral("--json")}));
            QStringList addresses;
            for (const QJsonValue& e : gal)
                addresses << e.toObject().value(QStringLiteral("address")).toString();
            QCOMPARE(addresses.size(), everyone.size()); // everyone once
            QCOMPARE(QSet<QString>(addresses.cbegin(), addresses.cend()),
                     QSet<QString>(everyone.cbegin(), everyone.cend()));
        }
        const ProcessRun imported =
            m_cli.ctl({QStringLiteral("list"), Seattle + QStringLiteral("/cn=MSMail Recipients"),
                       QStringLiteral("--class"), QStringLiteral("custom-recipient")});
        QCOMPARE(imported.out.count(QStringLiteral("[Custom Recipient]")), 6);
        // Nothing waits anywhere.
        QCOMPARE(json(m_cli.ctl({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")}))
                     .size(),
                 0);
        for (const QString& p :
             {QStringLiteral("NWNET/PO1"), QStringLiteral("NWNET/PO2"), QStringLiteral("NWNET/PO3")})
            QCOMPARE(
                json(m_cli.po({QStringLiteral("queue"), QStringLiteral("list"), p, QStringLiteral("--json")}))
                    .size(),
                0);
    }
};

QTEST_GUILESS_MAIN(TestNetworkDirsyncCli)
#include "tst_network_dirsync_cli.moc"
