// The audit trail (issue 19): every change written through the store leaves who (the operating-system
// user and the program), when, the object and the names of the attributes written, never a value;
// the dirsync engine's running numbers alone leave nothing, so idle cycles do not bury the
// administrators' changes.

#include "core/common/Clock.h"
#include "core/directory/AuditTrail.h"
#include "core/directory/DirectoryImporter.h"
#include "core/directory/DirectoryWriter.h"
#include "tests/support/DirsyncFixture.h"

#include <QTest>

using namespace sa::core;

namespace {

const QString Recipients = QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients");

} // namespace

class TestAuditTrail : public QObject, private sa::test::DirsyncFixture
{
    Q_OBJECT

    QList<AuditEntry> trail(const QString& siteName, const QString& under = {}) const
    {
        QList<AuditEntry> out;
        AuditFilter filter;
        filter.dnPrefix = under;
        auto store = site(siteName);
        if (Status s = AuditTrail::read(*store, filter, [&](const AuditEntry& e) { out << e; }); !s)
            qWarning("reading the trail: %s", qPrintable(s.error().message()));
        return out;
    }
    qint64 entries(const QString& siteName) const
    {
        return site(siteName)
            ->connection()
            .scalar(QStringLiteral("SELECT count(*) FROM audit"))
            ->toLongLong();
    }

private Q_SLOTS:
    void init() { build(true); }
    void cleanup()
    {
        AuditTrail::setProgram(QStringLiteral("siteadmin"));
        tearDown();
    }

    void anEditSaysWhoWhenWhatAndWhichAttributes()
    {
        AuditTrail::setProgram(QStringLiteral("window")); // as the window's main() does
        const Dn nancy = Dn::parse(Recipients + QStringLiteral("/cn=NancyD")).value();
        const QDateTime before = Clock::nowUtc().addSecs(-1);
        auto store = site(QStringLiteral("SEATTLE"));
        auto o = store->object(nancy);
        QVERIFY2(o.ok(), qPrintable(o.error().message()));
        QVERIFY(
            store
                ->write([&](DirectoryWriter& w) {
                    return w.modify(
                        nancy,
                        {{attr::DisplayName, AttributeChange::Op::Replace, {QStringLiteral("Nancy D.")}},
                         {attr::Department, AttributeChange::Op::Replace, {QStringLiteral("Marketing")}}});
                })
                .ok());
        const QList<AuditEntry> t = trail(QStringLiteral("SEATTLE"), nancy.toString());
        QVERIFY(!t.isEmpty());
        const AuditEntry& e = t.first(); // newest first
        QCOMPARE(e.action, QStringLiteral("modify"));
        QCOMPARE(e.program, QStringLiteral("window"));
        QCOMPARE(e.user, AuditTrail::user());
        QVERIFY(!e.user.isEmpty());
        QCOMPARE(e.dn, nancy.toString());
        QCOMPARE(e.objectGuid, o->guid);
        QCOMPARE(e.objectId, o->id);
        QCOMPARE(e.className, QStringLiteral("mailbox"));
        QVERIFY(e.at >= before && e.at <= Clock::nowUtc().addSecs(1));
        QCOMPARE(e.usn, store->object(nancy)->usnChanged);
        QStringList names = e.attributes;
        names.sort();
        QCOMPARE(names, (QStringList{attr::Department, attr::DisplayName}));
        // A change that changes nothing is no change.
        const qint64 n = entries(QStringLiteral("SEATTLE"));
        QVERIFY(store
                    ->write([&](DirectoryWriter& w) {
                        return w.modify(nancy, {{attr::Department,
                                                 AttributeChange::Op::Replace,
                                                 {QStringLiteral("Marketing")}}});
                    })
                    .ok());
        QCOMPARE(entries(QStringLiteral("SEATTLE")), n);
        // Deleting it says so too.
        QVERIFY(store->write([&](DirectoryWriter& w) { return w.remove(nancy); }).ok());
        QCOMPARE(trail(QStringLiteral("SEATTLE"), nancy.toString()).first().action, QStringLiteral("delete"));
    }

    void anImportIsSaidToBeTheImports()
    {
        AuditTrail::setProgram(QStringLiteral("siteadminctl"));
        auto store = site(QStringLiteral("SEATTLE"));
        const QByteArray file = "Obj-Class,Common-Name,Display-Name,Mail-Nickname\r\n"
                                "Mailbox,AuditAnn,Ann Audit,auditann\r\n";
        const auto report = DirectoryImporter::importBytes(*store, file, Dn::parse(Recipients).value());
        QVERIFY2(report.ok(), qPrintable(report.lines(QStringLiteral("f")).join(QLatin1Char('\n'))));
        const QList<AuditEntry> t =
            trail(QStringLiteral("SEATTLE"), Recipients + QStringLiteral("/cn=AuditAnn"));
        QCOMPARE(t.size(), 1);
        QCOMPARE(t.first().action, QStringLiteral("create"));
        QCOMPARE(t.first().program, AuditTrail::Import);
        QVERIFY(t.first().attributes.contains(attr::CommonName));
        QVERIFY(t.first().attributes.contains(attr::DisplayName));
        QVERIFY(t.first().attributes.contains(attr::MailNickname));
        // Outside the import, the process's own name again.
        QCOMPARE(AuditTrail::program(), QStringLiteral("siteadminctl"));
    }

    void dirsyncIsSaidToBeDirsyncAndItsRunningNumbersAloneLeaveNothing()
    {
        AuditTrail::setProgram(QStringLiteral("window"));
        QVERIFY(cycle());
        QVERIFY(cycle());
        // The custom recipients dirsync made from the postoffices' users are dirsync's.
        QList<AuditEntry> made = trail(QStringLiteral("SEATTLE"), msmailRecipients().toString());
        made.removeIf(
            [](const AuditEntry& e) { return e.dn == msmailRecipients().toString(); }); // the demo's
        QVERIFY(!made.isEmpty());
        for (const AuditEntry& e : made) {
            QCOMPARE(e.program, AuditTrail::Dirsync);
            QCOMPARE(e.className, QStringLiteral("custom-recipient"));
        }
        // Idle cycles move the requestors' numbers and nothing else: the trail stays as it was.
        const qint64 n = entries(QStringLiteral("SEATTLE"));
        QVERIFY(cycle());
        QVERIFY(cycle());
        QCOMPARE(entries(QStringLiteral("SEATTLE")), n);
        // The same numbers changed by a person are kept.
        auto store = site(QStringLiteral("SEATTLE"));
        QVERIFY(store
                    ->write([&](DirectoryWriter& w) {
                        return w.modify(
                            requestorDn(QStringLiteral("PO1")),
                            {{attr::DxaReqSeq, AttributeChange::Op::Replace, {QStringLiteral("0")}}});
                    })
                    .ok());
        QCOMPARE(entries(QStringLiteral("SEATTLE")), n + 1);
        QCOMPARE(trail(QStringLiteral("SEATTLE")).first().program, QStringLiteral("window"));
    }

    void aSecretIsNamedButItsValueIsKeptNowhere()
    {
        const QString password = QStringLiteral("Audit-Secret-77");
        auto store = site(QStringLiteral("SEATTLE"));
        QVERIFY(store
                    ->write([&](DirectoryWriter& w) {
                        return w.modify(requestorDn(QStringLiteral("PO1")),
                                        {{attr::DxaPassword, AttributeChange::Op::Replace, {password}}});
                    })
                    .ok());
        const QList<AuditEntry> t =
            trail(QStringLiteral("SEATTLE"), requestorDn(QStringLiteral("PO1")).toString());
        QCOMPARE(t.first().attributes, QStringList{attr::DxaPassword});
        auto all = store->connection().scalar(
            QStringLiteral("SELECT count(*) FROM audit WHERE instr(at || usn || user || program || action ||"
                           " object_guid || dn || class || attributes, ?) > 0"),
            {password});
        QCOMPARE(all->toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audit_trail.moc"
