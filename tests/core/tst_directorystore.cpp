#include "core/directory/ChangeWatcher.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "tests/support/StoreFixture.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <memory>

using namespace sa::core;

/// The directory store: the standard tree, writes and their rules, USNs and tombstones, a second
/// connection, the change watcher and the writer. Its lists (pages, filters, order, counts, the change
/// feed) are tst_directory_lists.
class TestDirectoryStore : public QObject, public sa::test::StoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { openStore(); }
    void cleanup() { closeStore(); }

    void newSiteHasTheStandardTree()
    {
        for (const char* dn :
             {"/o=NW", "/o=NW/ou=SEATTLE", "/o=NW/ou=SEATTLE/cn=Configuration",
              "/o=NW/ou=SEATTLE/cn=Configuration/cn=Add-Ins",
              "/o=NW/ou=SEATTLE/cn=Configuration/cn=Addressing",
              "/o=NW/ou=SEATTLE/cn=Configuration/cn=Connections",
              "/o=NW/ou=SEATTLE/cn=Configuration/cn=Directory Replication",
              "/o=NW/ou=SEATTLE/cn=Configuration/cn=Monitors", "/o=NW/ou=SEATTLE/cn=Configuration/cn=Servers",
              "/o=NW/ou=SEATTLE/cn=Configuration/cn=Site-Addressing",
              "/o=NW/ou=SEATTLE/cn=Configuration/cn=Servers/cn=X1",
              "/o=NW/ou=SEATTLE/cn=Configuration/cn=Servers/cn=X1/cn=Microsoft DSA",
              "/o=NW/ou=SEATTLE/cn=Configuration/cn=Servers/cn=X1/cn=Microsoft DXA",
              "/o=NW/ou=SEATTLE/cn=Configuration/cn=Servers/cn=X1/cn=Microsoft MTA",
              "/o=NW/ou=SEATTLE/cn=Configuration/cn=Servers/cn=X1/cn=Microsoft System Attendant",
              "/o=NW/ou=SEATTLE/cn=Recipients"}) {
            const auto o = m_store->object(Dn::parse(QString::fromLatin1(dn)).value());
            QVERIFY2(o.ok(), dn);
        }
        QCOMPARE(m_store->organizationName(), Org);
        QCOMPARE(m_store->siteName(), Site);
        QCOMPARE(m_store->object(recipients())->cls->name, QStringLiteral("recipients-container"));
    }

    void childNamesAreTheLiveChildrenOfOneClassByDisplayName()
    {
        // What Organization::sites reads of a site's servers, several times a dirsync cycle.
        QVERIFY(createMailbox(QStringLiteral("a1"), QStringLiteral("Zoe")).ok());
        QVERIFY(createMailbox(QStringLiteral("z9"), QStringLiteral("Adam")).ok());
        QVERIFY(createMailbox(QStringLiteral("gone"), QStringLiteral("Gone")).ok());
        ChangeSet c;
        c.create(QStringLiteral("custom-recipient"), recipients(),
                 {{attr::MailNickname, {QStringLiteral("ext")}},
                  {attr::DisplayName, {QStringLiteral("Bea")}},
                  {attr::TargetAddress, {QStringLiteral("SMTP:bea@example.com")}}});
        c.remove(mailboxDn(QStringLiteral("gone")));
        QVERIFY2(m_store->commit(c).ok(), "a custom recipient and a deletion");
        QCOMPARE(m_store->childNames(recipients(), QStringLiteral("mailbox")).value(),
                 (QStringList{QStringLiteral("z9"), QStringLiteral("a1")}));
        QCOMPARE(m_store->childNames(SiteBuilder::serversDn(Org, Site), QStringLiteral("server")).value(),
                 QStringList{QStringLiteral("X1")});
        QVERIFY(m_store
                    ->childNames(recipients().child(QStringLiteral("cn"), QStringLiteral("none")),
                                 QStringLiteral("mailbox"))
                    ->isEmpty());
    }

    void createReadModifyDelete()
    {
        auto created = createMailbox(QStringLiteral("NancyD"), QStringLiteral("Nancy Davolio"));
        QVERIFY2(created.ok(), qPrintable(created.error().message()));
        QCOMPARE(created->created.first(), mailboxDn(QStringLiteral("NancyD")));

        auto o = m_store->object(mailboxDn(QStringLiteral("nancyd"))); // DNs are case-insensitive
        QVERIFY(o.ok());
        QCOMPARE(o->displayName(), QStringLiteral("Nancy Davolio"));
        QCOMPARE(o->cls->objClass, QStringLiteral("Mailbox"));
        QVERIFY(!o->guid.isEmpty());
        QCOMPARE(o->allAttributes().value(attr::CommonName), QStringList{QStringLiteral("NancyD")});

        ChangeSet m;
        m.modify(o->dn,
                 {{attr::Title, AttributeChange::Op::Replace, {QStringLiteral("Sales Representative")}},
                  {attr::ProxyAddresses,
                   AttributeChange::Op::Add,
                   {QStringLiteral("smtp:nancy@nw.example"), QStringLiteral("smtp:nd@nw.example")}}});
        QVERIFY(m_store->commit(m).ok());
        ChangeSet m2;
        m2.modify(
            o->dn,
            {{attr::ProxyAddresses, AttributeChange::Op::Remove, {QStringLiteral("smtp:nd@nw.example")}},
             {attr::Title, AttributeChange::Op::Replace, {}}});
        QVERIFY(m_store->commit(m2).ok());
        o = m_store->object(o->dn);
        // The three generated addresses (SMTP, MS, X.400 of Site Addressing) and the one added.
        QCOMPARE(
            o->valuesOf(attr::ProxyAddresses),
            (QStringList{QStringLiteral("SMTP:NancyD@seattle.nw.com"), QStringLiteral("MS:NW/SEATTLE/NANCYD"),
                         QStringLiteral("X400:c=US;a= ;p=NW;o=SEATTLE;s=NancyD;"),
                         QStringLiteral("smtp:nancy@nw.example")}));
        QVERIFY(!o->values.contains(attr::Title));

        ChangeSet d;
        d.remove(o->dn);
        QVERIFY(m_store->commit(d).ok());
        QCOMPARE(m_store->object(o->dn).error().code(), ErrorCode::NotFound);
    }

    void creationsAreNumberedInOrderAmongOtherChanges()
    {
        QVERIFY(createMailbox(QStringLiteral("Old"), QStringLiteral("Old One")).ok());
        ChangeSet c;
        QCOMPARE(c.create(QStringLiteral("mailbox"), recipients(),
                          mailbox(QStringLiteral("A1"), QStringLiteral("A"))),
                 0);
        c.replace(mailboxDn(QStringLiteral("Old")), attr::DisplayName, {QStringLiteral("Old Two")});
        QCOMPARE(c.create(QStringLiteral("mailbox"), recipients(),
                          mailbox(QStringLiteral("B1"), QStringLiteral("B"))),
                 1);
        c.remove(mailboxDn(QStringLiteral("Old")));
        QCOMPARE(c.create(QStringLiteral("mailbox"), recipients(),
                          mailbox(QStringLiteral("C1"), QStringLiteral("C"))),
                 2);
        QCOMPARE(c.creationCount(), 3);
        QCOMPARE(c.size(), 5);
        auto r = m_store->commit(c);
        QVERIFY(r.ok());
        QCOMPARE(r->created, (QList<Dn>{mailboxDn(QStringLiteral("A1")), mailboxDn(QStringLiteral("B1")),
                                        mailboxDn(QStringLiteral("C1"))}));
    }

    void usnStrictlyIncreasingPerObjectAndChange()
    {
        qint64 last = m_store->highestUsn();
        QVERIFY(last > 0); // the site's own objects
        for (int i = 0; i < 5; ++i) {
            auto r = createMailbox(QStringLiteral("u%1").arg(i), QStringLiteral("User %1").arg(i));
            QVERIFY(r.ok());
            QCOMPARE(r->firstUsn, last + 1);
            QCOMPARE(r->lastUsn, last + 1);
            const auto o = m_store->object(r->created.first());
            QCOMPARE(o->usnCreated, last + 1);
            QCOMPARE(o->usnChanged, last + 1);
            last = r->lastUsn;
            QCOMPARE(m_store->highestUsn(), last);
        }
        // One change set touching three objects takes three consecutive USNs in one commit.
        ChangeSet c;
        c.create(QStringLiteral("mailbox"), recipients(),
                 mailbox(QStringLiteral("a1"), QStringLiteral("A One")));
        c.replace(mailboxDn(QStringLiteral("u0")), attr::Title, {QStringLiteral("Boss")});
        c.remove(mailboxDn(QStringLiteral("u1")));
        auto r = m_store->commit(c);
        QVERIFY(r.ok());
        QCOMPARE(r->firstUsn, last + 1);
        QCOMPARE(r->lastUsn, last + 3);
        QCOMPARE(m_store->object(mailboxDn(QStringLiteral("u0")))->usnChanged, last + 2);
        QCOMPARE(m_store->object(mailboxDn(QStringLiteral("u0")))->usnCreated, last - 4);
        QCOMPARE(m_store->highestUsn(), last + 3);
        // A modify that changes nothing takes no USN.
        ChangeSet same;
        same.replace(mailboxDn(QStringLiteral("u0")), attr::Title, {QStringLiteral("Boss")});
        QVERIFY(m_store->commit(same).ok());
        QCOMPARE(m_store->highestUsn(), last + 3);
    }

    void usnCounterIsWrittenInTheSameTransaction()
    {
        // A change set whose last operation fails leaves neither its objects nor a bumped counter.
        ChangeSet c;
        c.create(QStringLiteral("mailbox"), recipients(),
                 mailbox(QStringLiteral("ok1"), QStringLiteral("Ok One")));
        c.create(QStringLiteral("mailbox"), recipients(),
                 mailbox(QStringLiteral("ok2"), QStringLiteral("Ok Two")));
        c.replace(mailboxDn(QStringLiteral("missing")), attr::Title, {QStringLiteral("x")});
        expectRejected(c, ErrorCode::NotFound, QStringLiteral("cn=missing"));
        QVERIFY(!m_store->object(mailboxDn(QStringLiteral("ok1"))).ok());
        // The counter equals the highest USN any object carries.
        auto max = m_store->connection().scalar(QStringLiteral("SELECT max(usn_changed) FROM objects"));
        QCOMPARE(max->toLongLong(), m_store->highestUsn());
    }

    void tombstones()
    {
        auto r = createMailbox(QStringLiteral("gone"), QStringLiteral("Gone Person"));
        const qint64 id = m_store->object(r->created.first())->id;
        const QString guid = m_store->object(r->created.first())->guid;
        ChangeSet d;
        d.remove(r->created.first());
        auto del = m_store->commit(d);
        QVERIFY(del.ok());
        auto tomb = m_store->objectById(id);
        QVERIFY(tomb.ok());
        QVERIFY(tomb->deleted);
        QCOMPARE(tomb->guid, guid);
        QCOMPARE(tomb->usnChanged, del->lastUsn);
        QCOMPARE(tomb->displayName(), QStringLiteral("Gone Person")); // dirsync still needs its name
        QCOMPARE(m_store->childCount(m_store->object(recipients())->id).value(), 0);
        // The DN is free again, for a new object with a new GUID.
        auto again = createMailbox(QStringLiteral("gone"), QStringLiteral("Back Again"));
        QVERIFY2(again.ok(), qPrintable(again.error().message()));
        QVERIFY(m_store->object(again->created.first())->guid != guid);
        // The change feed reports the deletion.
        auto batch = m_store->changesSince(r->lastUsn);
        QVERIFY(batch.ok());
        bool seen = false;
        for (const ObjectChange& c : batch->changes) {
            if (c.id == id) {
                seen = true;
                QVERIFY(c.before.exists && !c.before.deleted);
                QVERIFY(c.after.deleted);
            }
        }
        QVERIFY(seen);
    }

    void validationErrorsNameTheProblemAndWriteNothing_data()
    {
        QTest::addColumn<QString>("className");
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown class") << "printer"
                                       << "Display-Name"
                                       << "x" << int(ErrorCode::UnknownClass) << "printer";
        QTest::newRow("unknown attribute") << "mailbox"
                                           << "Shoe-Size"
                                           << "42" << int(ErrorCode::UnknownAttribute) << "Shoe-Size";
        QTest::newRow("not on class") << "mailbox"
                                      << "Target-Address"
                                      << "SMTP:a@b" << int(ErrorCode::UnknownAttribute) << "Target-Address";
        QTest::newRow("bad syntax") << "mailbox"
                                    << "Trust-Level"
                                    << "high" << int(ErrorCode::InvalidValue) << "Trust-Level";
        QTest::newRow("system attribute") << "mailbox"
                                          << "USN-Changed"
                                          << "5" << int(ErrorCode::NotAllowed) << "USN-Changed";
        QTest::newRow("missing required") << "custom-recipient"
                                          << "Admin-Note"
                                          << "x" << int(ErrorCode::MissingAttribute) << "Target-Address";
        QTest::newRow("system class") << "server"
                                      << "Display-Name"
                                      << "X9" << int(ErrorCode::NotAllowed) << "Server";
    }
    void validationErrorsNameTheProblemAndWriteNothing()
    {
        QFETCH(QString, className);
        QFETCH(QString, attribute);
        QFETCH(QString, value);
        QFETCH(int, code);
        QFETCH(QString, expected);
        AttributeValues v = mailbox(QStringLiteral("valid"), QStringLiteral("Valid Name"));
        v[attribute] = {value};
        ChangeSet c;
        c.create(className, recipients(), v);
        expectRejected(c, ErrorCode(code), expected);
    }

    void modifyRulesNameTheProblemAndWriteNothing()
    {
        QVERIFY(createMailbox(QStringLiteral("m1"), QStringLiteral("Mary One")).ok());
        const Dn dn = mailboxDn(QStringLiteral("m1"));
        auto single = [&](const QString& a, AttributeChange::Op op, const QStringList& values) {
            ChangeSet c;
            c.modify(dn, {{a, op, values}});
            return c;
        };
        expectRejected(single(attr::DisplayName, AttributeChange::Op::Replace, {}),
                       ErrorCode::MissingAttribute, QStringLiteral("Display-Name is required"));
        expectRejected(
            single(attr::Title, AttributeChange::Op::Replace, {QStringLiteral("a"), QStringLiteral("b")}),
            ErrorCode::InvalidValue, QStringLiteral("Title holds a single value"));
        expectRejected(
            single(attr::ProxyAddresses, AttributeChange::Op::Remove, {QStringLiteral("SMTP:no@x")}),
            ErrorCode::InvalidValue, QStringLiteral("has no value"));
        expectRejected(single(attr::ProxyAddresses, AttributeChange::Op::Add,
                              {QStringLiteral("SMTP:a@x"), QStringLiteral("smtp:A@X")}),
                       ErrorCode::InvalidValue, QStringLiteral("already has the value"));
        expectRejected(single(attr::CommonName, AttributeChange::Op::Replace, {QStringLiteral("m2")}),
                       ErrorCode::NotAllowed, QStringLiteral("fixed once created"));
    }

    void placementAndNamingRules()
    {
        QVERIFY(createMailbox(QStringLiteral("dup"), QStringLiteral("Dup One")).ok());
        ChangeSet twice;
        twice.create(QStringLiteral("mailbox"), recipients(),
                     mailbox(QStringLiteral("DUP"), QStringLiteral("Dup Two")));
        expectRejected(
            twice, ErrorCode::AlreadyExists,
            QStringLiteral(
                "the alias \"DUP\" is already used by Dup One (/o=NW/ou=SEATTLE/cn=Recipients/cn=dup)"));
        ChangeSet sameRdn;
        sameRdn.create(QStringLiteral("mailbox"), recipients(),
                       mailbox(QStringLiteral("other"), QStringLiteral("Other")), QStringLiteral("DUP"));
        expectRejected(sameRdn, ErrorCode::AlreadyExists, QStringLiteral("already exists"));

        ChangeSet wrongParent;
        wrongParent.create(QStringLiteral("mailbox"), SiteBuilder::configurationDn(Org, Site),
                           mailbox(QStringLiteral("x"), QStringLiteral("X")));
        expectRejected(wrongParent, ErrorCode::NotAllowed, QStringLiteral("cannot be created in"));

        ChangeSet noParent;
        noParent.create(QStringLiteral("mailbox"),
                        recipients().child(QStringLiteral("cn"), QStringLiteral("Nowhere")),
                        mailbox(QStringLiteral("x"), QStringLiteral("X")));
        expectRejected(noParent, ErrorCode::NotFound, QStringLiteral("cn=Nowhere"));

        ChangeSet systemDelete;
        systemDelete.remove(SiteBuilder::serverDn(Org, Site, QStringLiteral("X1")));
        expectRejected(systemDelete, ErrorCode::NotAllowed, QStringLiteral("cannot be deleted"));

        ChangeSet nonEmpty;
        nonEmpty.create(QStringLiteral("recipients-container"), SiteBuilder::siteDn(Org, Site),
                        {{attr::DisplayName, {QStringLiteral("MSMail Recipients")}}},
                        QStringLiteral("MSMail Recipients"));
        QVERIFY(m_store->commit(nonEmpty).ok());
        const Dn box =
            SiteBuilder::siteDn(Org, Site).child(QStringLiteral("cn"), QStringLiteral("MSMail Recipients"));
        ChangeSet inside;
        inside.create(QStringLiteral("custom-recipient"), box,
                      {{attr::DisplayName, {QStringLiteral("PO2 system")}},
                       {attr::MailNickname, {QStringLiteral("PO2-system")}},
                       {attr::TargetAddress, {QStringLiteral("MS:NWNET/PO2/$SYSTEM")}},
                       {attr::HideFromAddressBook, {QStringLiteral("true")}}});
        QVERIFY(m_store->commit(inside).ok());
        ChangeSet removeBox;
        removeBox.remove(box);
        expectRejected(removeBox, ErrorCode::NotAllowed, QStringLiteral("contains 1 object"));
        QCOMPARE(m_store->object(box.child(QStringLiteral("cn"), QStringLiteral("PO2-system")))
                     ->value(attr::HideFromAddressBook),
                 QStringLiteral("TRUE"));
    }

    void reopenKeepsEverything()
    {
        QVERIFY(createMailbox(QStringLiteral("keep"), QStringLiteral("Kept Person")).ok());
        const QString before = sa::test::databaseDigest(m_path);
        const qint64 usn = m_store->highestUsn();
        m_store.reset();
        auto store = DirectoryStore::open(m_path);
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        QCOMPARE(m_store->highestUsn(), usn);
        QCOMPARE(m_store->object(mailboxDn(QStringLiteral("keep")))->displayName(),
                 QStringLiteral("Kept Person"));
        QCOMPARE(sa::test::databaseDigest(m_path), before);
        auto journal = m_store->connection().scalar(QStringLiteral("PRAGMA journal_mode"));
        QCOMPARE(journal->toString(), QStringLiteral("wal"));
        auto fk = m_store->connection().scalar(QStringLiteral("PRAGMA foreign_keys"));
        QCOMPARE(fk->toInt(), 1);
        auto sync = m_store->connection().scalar(QStringLiteral("PRAGMA synchronous"));
        QCOMPARE(sync->toInt(), 2); // FULL
        // SQLite's page cache (2 MB) but for the length of a bulk write, which has 32 MB and gives
        // them back (issue 18).
        const auto cacheSize = [this] {
            return m_store->connection().scalar(QStringLiteral("PRAGMA cache_size"))->toInt();
        };
        const int normal = cacheSize();
        QCOMPARE(normal, -2000);
        {
            SqliteConnection::BulkCache bulk(m_store->connection());
            QCOMPARE(cacheSize(), -32768);
        }
        QCOMPARE(cacheSize(), normal);
    }

    void secondConnectionInAnotherThreadSeesCommits()
    {
        QVERIFY(createMailbox(QStringLiteral("seen"), QStringLiteral("Seen Person")).ok());
        QString seenName;
        qint64 seenUsn = 0;
        QString error;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            auto other = DirectoryStore::open(m_path);
            if (!other) {
                error = other.error().message();
                return;
            }
            seenName = other.value()->object(mailboxDn(QStringLiteral("seen")))->displayName();
            seenUsn = other.value()->highestUsn();
            // ... and writes that this thread's store then sees.
            ChangeSet c;
            c.create(QStringLiteral("mailbox"), recipients(),
                     mailbox(QStringLiteral("fromthread"), QStringLiteral("From Thread")));
            if (auto r = other.value()->commit(c); !r)
                error = r.error().message();
        }));
        thread->start();
        QVERIFY(thread->wait(30000));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(seenName, QStringLiteral("Seen Person"));
        QCOMPARE(seenUsn, m_store->highestUsn() - 1);
        QCOMPARE(m_store->object(mailboxDn(QStringLiteral("fromthread")))->displayName(),
                 QStringLiteral("From Thread"));
    }

    void watcherReportsOwnAndOtherConnectionsCommits()
    {
        ChangeWatcher watcher(*m_store, 20);
        QSignalSpy spy(&watcher, &ChangeWatcher::changed);
        QVERIFY(createMailbox(QStringLiteral("own"), QStringLiteral("Own")).ok());
        QTRY_COMPARE(spy.count(), 1);
        {
            auto other = DirectoryStore::open(m_path);
            ChangeSet c;
            c.create(QStringLiteral("mailbox"), recipients(),
                     mailbox(QStringLiteral("other"), QStringLiteral("Other")));
            QVERIFY(other.value()->commit(c).ok());
        }
        QTRY_COMPARE(spy.count(), 2);
        const auto batch = spy.at(1).at(0).value<ChangeBatch>();
        QCOMPARE(batch.changes.size(), 1);
        QCOMPARE(watcher.watermark(), m_store->highestUsn());
    }

    void writerLetsModulesWriteInTheSameTransaction()
    {
        const qint64 usn = m_store->highestUsn();
        const Status s = m_store->write([&](DirectoryWriter& w) -> Status {
            if (auto r =
                    w.create(QStringLiteral("mailbox"), recipients(),
                             {{attr::MailNickname, AttributeChange::Op::Replace, {QStringLiteral("mod")}},
                              {attr::DisplayName, AttributeChange::Op::Replace, {QStringLiteral("Mod")}}});
                !r)
                return r.error();
            if (Status m = w.setMeta(QStringLiteral("test-watermark"), QStringLiteral("7")); !m)
                return m;
            return Error(ErrorCode::Storage, QStringLiteral("simulated failure after both writes"));
        });
        QVERIFY(!s.ok());
        QCOMPARE(m_store->highestUsn(), usn);
        QVERIFY(!m_store->object(mailboxDn(QStringLiteral("mod"))).ok());
        QVERIFY(m_store->meta(QStringLiteral("test-watermark")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDirectoryStore)
#include "tst_directorystore.moc"
