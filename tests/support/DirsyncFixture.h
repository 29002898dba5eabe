#pragma once
// The dirsync tests' organization: the demo (NORTHWIND, SEATTLE/X1 and LONDON/X2, NWNET/PO1 and
// PO2), optionally with the rest of Q152167 (DemoOrganization::addDirsync), and what the tests read
// and run on it.
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "core/host/DemoOrganization.h"
#include "core/host/DirsyncCycle.h"
#include "core/host/Runner.h"
#include "core/msmail/PostofficeDirsync.h"
#include "core/msmail/PostofficeDirsyncServer.h"
#include "core/msmail/PostofficeStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace sa::test {

class DirsyncFixture
{
protected:
    static inline const QString Org = QStringLiteral("NORTHWIND");
    static inline const QString Po1 = QStringLiteral("NWNET/PO1");
    static inline const QString Po2 = QStringLiteral("NWNET/PO2");

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Organization> m_org;

    /// For init(): the demo, and with `dirsync` X1 as dirsync server of PO1 and PO2.
    void build(bool dirsync)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto org = core::DemoOrganization::build(m_dir->path(), dirsync ? core::DemoStage::Configured
                                                                        : core::DemoStage::Linked);
        QVERIFY2(org.ok(), qPrintable(org.error().message()));
        m_org = std::make_unique<core::Organization>(org.value());
    }
    /// For cleanup().
    void tearDown()
    {
        m_org.reset();
        m_dir.reset();
    }

    std::unique_ptr<core::PostofficeStore> po(const QString& name) const
    {
        return std::move(core::PostofficeStore::open(m_org->dir(), name)).value();
    }
    std::unique_ptr<core::DirectoryStore> site(const QString& name) const
    {
        return std::move(core::DirectoryStore::open(m_org->sitePath(name))).value();
    }
    static core::Dn msmailRecipients()
    {
        return core::Dn::parse(QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=MSMail Recipients")).value();
    }
    static core::Dn requestorDn(const QString& name)
    {
        return core::SiteBuilder::connectionsDn(Org, QStringLiteral("SEATTLE"))
            .child(QStringLiteral("cn"), QStringLiteral("Directory Synchronization Server"))
            .child(QStringLiteral("cn"), name);
    }
    /// PO1 made the MS Mail network's dirsync server (reference §4) and PO2 its requestor, both
    /// with `password`; `others` (NET/PO) are registered at PO1 too.
    void makePo1TheNetworkServer(const QString& password, const QStringList& others = {}) const
    {
        auto po1 = po(Po1);
        core::PostofficeDirsyncServer server(*po1);
        QVERIFY(server.makeServer());
        for (const QString& requestor : QStringList{Po2} + others)
            QVERIFY(server.registerRequestor(requestor, password));
        QVERIFY(core::PostofficeDirsync(*po(Po2)).makeRequestor(Po1, password, {}));
    }
    /// An Add transaction numbered `seq`, as a requestor's update carries it.
    static core::DirsyncTransaction addition(qint64 seq, const QString& name, const QString& address)
    {
        core::DirsyncTransaction t;
        t.seq = seq;
        t.fullName = name;
        t.address = address;
        return t;
    }
    bool cycle() const
    {
        auto r = core::DirsyncCycle(*m_org).run();
        if (!r)
            qWarning("cycle: %s", qPrintable(r.error().message()));
        return r.ok();
    }
    bool carry() const
    {
        core::Runner runner(*m_org);
        runner.setScheduledDirsync(false);
        return runner.runUntilIdle(60).ok();
    }
    /// Display name -> target address of the live custom recipients imported into MSMail Recipients.
    QMap<QString, QString> imported(const QString& siteName) const
    {
        auto store = site(siteName);
        QMap<QString, QString> out;
        auto objects = store->subtree(msmailRecipients(), 1, QStringLiteral("custom-recipient"));
        for (const core::DirectoryObject& o : objects ? objects.value() : QList<core::DirectoryObject>())
            out.insert(o.displayName(), o.value(core::attr::TargetAddress));
        return out;
    }
    QMap<QString, QString> gal(const QString& name) const
    {
        QMap<QString, QString> out;
        auto entries = po(name)->gal();
        for (const core::PoGalEntry& e : entries ? entries.value() : QList<core::PoGalEntry>())
            out.insert(e.fullName, e.address);
        return out;
    }
    /// The template fields a postoffice's address list shows with an entry: prompt -> value.
    QMap<QString, QString> fieldsIn(const QString& postoffice, const QString& fullName) const
    {
        QMap<QString, QString> out;
        auto entries = po(postoffice)->gal();
        for (const core::PoGalEntry& e : entries ? entries.value() : QList<core::PoGalEntry>()) {
            if (e.fullName == fullName) {
                for (const core::DirsyncField& f : e.fields)
                    out.insert(f.prompt, f.value);
            }
        }
        return out;
    }
    int events(int id) const
    {
        auto store = site(QStringLiteral("SEATTLE"));
        return store->connection()
            .scalar(QStringLiteral("SELECT count(*) FROM events WHERE event_id = ?"), {id})
            ->toInt();
    }
    qint64 number(const QString& requestor, const QString& attribute) const
    {
        auto o = site(QStringLiteral("SEATTLE"))->object(requestorDn(requestor));
        return o ? o->value(attribute).toLongLong() : -1;
    }
    /// The requestor messages waiting for T2 at SEATTLE.
    int waitingAtServer() const
    {
        return site(QStringLiteral("SEATTLE"))
            ->connection()
            .scalar(QStringLiteral("SELECT count(*) FROM site_mail WHERE owner = '$SYSTEM'"))
            ->toInt();
    }
    /// Everything the two postoffices and the directory agree on: PO1 and PO2 users imported once,
    /// each GAL with the other postoffice's users and both sites' mailboxes.
    void checkAgreement() const
    {
        const QMap<QString, QString> dir = imported(QStringLiteral("SEATTLE"));
        int fromPo1 = 0;
        int fromPo2 = 0;
        for (auto it = dir.cbegin(); it != dir.cend(); ++it) {
            fromPo1 += it.value().startsWith(QStringLiteral("MS:NWNET/PO1/")) ? 1 : 0;
            fromPo2 += it.value().startsWith(QStringLiteral("MS:NWNET/PO2/")) ? 1 : 0;
        }
        auto users1 = po(Po1)->users();
        auto users2 = po(Po2)->users();
        QCOMPARE(fromPo1, int(users1->size()));
        QCOMPARE(fromPo2, int(users2->size()));
        QCOMPARE(dir.size(), fromPo1 + fromPo2);
        for (const auto& [mine, other, otherUsers] :
             {std::tuple{Po1, Po2, users2.value()}, std::tuple{Po2, Po1, users1.value()}}) {
            const QMap<QString, QString> g = gal(mine);
            for (const core::PoUser& u : otherUsers)
                QVERIFY2(g.value(u.fullName) == other + QLatin1Char('/') + u.mailbox,
                         qPrintable(QStringLiteral("%1 lacks %2").arg(mine, u.fullName)));
            QVERIFY(g.contains(QStringLiteral("Andrew Fuller")));      // a SEATTLE mailbox
            QVERIFY(g.contains(QStringLiteral("Anne Dodsworth")));     // a LONDON mailbox
            QVERIFY(!g.contains(QStringLiteral("NWNET/PO2/$system"))); // hidden: never exported
        }
    }
};

} // namespace sa::test
