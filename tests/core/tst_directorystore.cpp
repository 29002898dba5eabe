#include "core/directory/ChangeWatcher.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/DirectoryWriter.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <memory>

using namespace sa::core;

namespace {
const QString Org = QStringLiteral("NW");
const QString Site = QStringLiteral("SEATTLE");
} // namespace

class TestDirectoryStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DirectoryStore> m_store;
    QString m_path;

    Dn recipients() const { return SiteBuilder::recipientsDn(Org, Site); }
    Dn mailboxDn(const QString& alias) const { return recipients().child(QStringLiteral("cn"), alias); }

    AttributeValues mailbox(const QString& alias, const QString& display) const
    {
        return {{attr::MailNickname, {alias}}, {attr::DisplayName, {display}}};
    }

    Result<CommitResult> createMailbox(const QString& alias, const QString& display)
    {
        ChangeSet c;
        c.create(QStringLiteral("mailbox"), recipients(), mailbox(alias, display));
        return m_store->commit(c);
    }

    /// A change that must fail: the error names `expected`, and the database is as it was.
    void expectRejected(const ChangeSet& changes, ErrorCode code, const QString& expected)
    {
        const QString before = sa::test::databaseDigest(m_path);
        const qint64 usn = m_store->highestUsn();
        const auto r = m_store->commit(changes);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), code);
        QVERIFY2(r.error().message().contains(expected), qPrintable(r.error().message()));
        QCOMPARE(m_store->highestUsn(), usn);
        QCOMPARE(sa::test::databaseDigest(m_path), before);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto org = Organization::create(m_dir->path(), Org, Site, QStringLiteral("X1"));
        QVERIFY2(org.ok(), qPrintable(org.error().message()));
        m_path = org->sitePath(Site);
        auto store = DirectoryStore::open(m_path);
        QVERIFY2(store.ok(), qPrintable(store.error().message()));
        m_store = std::move(store).value();
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

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

    void childrenPagingAndPositions()
    {
        const QStringList names{QStringLiteral("delta"), QStringLiteral("Alpha"), QStringLiteral("charlie"),
                                QStringLiteral("Bravo"), QStringLiteral("echo")};
        for (const QString& n : names)
            QVERIFY(createMailbox(n, n + QStringLiteral(" Person")).ok());
        const qint64 parent = m_store->object(recipients())->id;
        QCOMPARE(m_store->childCount(parent).value(), 5);
        ChildQuery q;
        q.offset = 1;
        q.limit = 2;
        auto page = m_store->children(parent, q);
        QCOMPARE(page->size(), 2);
        QCOMPARE(page->at(0).rdn(), QStringLiteral("Bravo")); // case-insensitive by display name
        QCOMPARE(page->at(1).rdn(), QStringLiteral("charlie"));
        q.order = Qt::DescendingOrder;
        q.offset = 0;
        q.limit = 1;
        QCOMPARE(m_store->children(parent, q)->first().rdn(), QStringLiteral("echo"));
        const auto charlie = m_store->object(mailboxDn(QStringLiteral("charlie"))).value();
        SortPosition pos{QStringLiteral("charlie person"), charlie.usnChanged, charlie.id};
        QCOMPARE(m_store->rowBefore(parent, SortField::DisplayName, Qt::AscendingOrder, pos).value(), 2);
        QCOMPARE(m_store->rowBefore(parent, SortField::DisplayName, Qt::DescendingOrder, pos).value(), 2);
        QCOMPARE(m_store->rowBefore(parent, SortField::LastModified, Qt::AscendingOrder, pos).value(), 2);
        QCOMPARE(SortPosition::of(charlie).sortKey, pos.sortKey);
        // Paging by position gives what paging by offset gives, in every order.
        for (const SortField sort : {SortField::DisplayName, SortField::LastModified}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                ChildQuery all;
                all.sort = sort;
                all.order = order;
                QStringList expected;
                const auto everything = m_store->children(parent, all);
                for (const DirectoryObject& o : everything.value())
                    expected << o.rdn();
                ChildQuery byPosition = all;
                byPosition.limit = 2;
                QStringList walked;
                for (;;) {
                    const auto chunk = m_store->children(parent, byPosition).value();
                    for (const DirectoryObject& o : chunk)
                        walked << o.rdn();
                    if (chunk.size() < 2)
                        break;
                    byPosition.after = SortPosition::of(chunk.last());
                }
                QCOMPARE(walked, expected);
            }
        }
        // Containers only: the site shows Configuration and Recipients.
        const qint64 site = m_store->object(SiteBuilder::siteDn(Org, Site))->id;
        QCOMPARE(m_store->childCount(site, ListFilter::containers()).value(), 2);
        const qint64 config = m_store->object(SiteBuilder::configurationDn(Org, Site))->id;
        QCOMPARE(m_store->childCount(config, ListFilter::containers()).value(), 6);
        QCOMPARE(m_store->childCount(config).value(), 7); // and Site Addressing
    }

    void filtersByClassAndHidden()
    {
        QVERIFY(createMailbox(QStringLiteral("b1"), QStringLiteral("B One")).ok());
        QVERIFY(createMailbox(QStringLiteral("b2"), QStringLiteral("B Two")).ok());
        ChangeSet c;
        c.create(QStringLiteral("distribution-list"), recipients(),
                 {{attr::MailNickname, {QStringLiteral("list")}},
                  {attr::DisplayName, {QStringLiteral("A List")}}});
        c.create(QStringLiteral("custom-recipient"), recipients(),
                 {{attr::MailNickname, {QStringLiteral("sys")}},
                  {attr::DisplayName, {QStringLiteral("C System")}},
                  {attr::TargetAddress, {QStringLiteral("MS:NWNET/PO2/$SYSTEM")}},
                  {attr::HideFromAddressBook, {QStringLiteral("TRUE")}}});
        QVERIFY(m_store->commit(c).ok());
        const qint64 parent = m_store->object(recipients())->id;
        ListFilter visible;
        visible.includeHidden = false;
        ListFilter boxes;
        boxes.classes = {QStringLiteral("mailbox")};
        ListFilter customs;
        customs.classes = {QStringLiteral("custom-recipient")};
        QCOMPARE(m_store->childCount(parent).value(), 4);
        QCOMPARE(m_store->childCount(parent, visible).value(), 3);
        QCOMPARE(m_store->childCount(parent, boxes).value(), 2);
        QCOMPARE(m_store->childCount(parent, customs).value(), 1);
        ChildQuery q;
        q.filter = visible;
        QCOMPARE(m_store->children(parent, q)->size(), 3);
        QCOMPARE(m_store->children(parent, q)->first().rdn(), QStringLiteral("list"));
        const auto two = m_store->object(mailboxDn(QStringLiteral("b2"))).value();
        QCOMPARE(m_store
                     ->rowBefore(parent, SortField::DisplayName, Qt::AscendingOrder,
                                 SortPosition{QStringLiteral("b two"), two.usnChanged, two.id}, boxes)
                     .value(),
                 1);
        // A condition on a value (the Dir-Sync Address picker's $SYSTEM recipients): counted, listed,
        // positioned and found by it, any case; another MS Mail recipient is not.
        ChangeSet person;
        person.create(QStringLiteral("custom-recipient"), recipients(),
                      {{attr::MailNickname, {QStringLiteral("ann")}},
                       {attr::DisplayName, {QStringLiteral("Ann Po")}},
                       {attr::TargetAddress, {QStringLiteral("MS:NWNET/PO2/ANN")}}});
        QVERIFY(m_store->commit(person).ok());
        ListFilter system{{QStringLiteral("custom-recipient")}, true};
        system.valueAttribute = attr::TargetAddress;
        system.valuePattern = QStringLiteral("ms:%/%/$system");
        QVERIFY(system != customs && !system.isEverything());
        QCOMPARE(m_store->childCount(parent, customs).value(), 2);
        QCOMPARE(m_store->childCount(parent, system).value(), 1);
        ChildQuery sys;
        sys.filter = system;
        QCOMPARE(m_store->children(parent, sys)->size(), 1);
        QCOMPARE(m_store->children(parent, sys)->first().rdn(), QStringLiteral("sys"));
        QCOMPARE(m_store->objectsOf(system)->size(), 1);
        ChangeSet gone;
        gone.remove(mailboxDn(QStringLiteral("ann")));
        QVERIFY(m_store->commit(gone).ok());
        // Unhiding moves it between the counts, and the change feed says what it was.
        const qint64 mark = m_store->highestUsn();
        ChangeSet unhide;
        unhide.replace(mailboxDn(QStringLiteral("sys")), attr::HideFromAddressBook,
                       {QStringLiteral("FALSE")});
        QVERIFY(m_store->commit(unhide).ok());
        QCOMPARE(m_store->childCount(parent, visible).value(), 4);
        const auto batch = m_store->changesSince(mark).value();
        QCOMPARE(batch.changes.size(), 1);
        QVERIFY(batch.changes.first().before.hidden);
        QVERIFY(!batch.changes.first().after.hidden);
    }

    void namesSortNaturallyAndWithoutTheirAccents()
    {
        // "User 10" sorted before "User 2", and "Émile" and "Ñoño" after "Zoe" (issues 20 and 21):
        // numbers by their value, accented letters with their base letters, any case.
        int n = 0;
        const QStringList names{
            QStringLiteral("Zoe"),    QStringLiteral("User 10"), QStringLiteral("Ñoño"),
            QStringLiteral("user 2"), QStringLiteral("Émile"),   QStringLiteral("User 009"),
            QStringLiteral("Nora"),   QStringLiteral("Room 2b"), QStringLiteral("Room 12a")};
        for (const QString& name : names)
            QVERIFY(createMailbox(QStringLiteral("u%1").arg(++n), name).ok());
        QStringList order;
        const auto children = m_store->children(m_store->object(recipients())->id);
        QVERIFY(children.ok());
        for (const DirectoryObject& o : children.value())
            order << o.displayName();
        QCOMPARE(order,
                 (QStringList{QStringLiteral("Émile"), QStringLiteral("Ñoño"), QStringLiteral("Nora"),
                              QStringLiteral("Room 2b"), QStringLiteral("Room 12a"), QStringLiteral("user 2"),
                              QStringLiteral("User 009"), QStringLiteral("User 10"), QStringLiteral("Zoe")}));
        ChildQuery down;
        down.order = Qt::DescendingOrder;
        QCOMPARE(m_store->children(m_store->object(recipients())->id, down)->first().displayName(),
                 QStringLiteral("Zoe"));
    }

    void childrenReadOnlyTheAttributesAsked()
    {
        ChangeSet c;
        c.create(QStringLiteral("custom-recipient"), recipients(),
                 {{attr::MailNickname, {QStringLiteral("ext")}},
                  {attr::DisplayName, {QStringLiteral("Ext One")}},
                  {attr::TargetAddress, {QStringLiteral("MS:NWNET/PO2/EXT")}}});
        QVERIFY(createMailbox(QStringLiteral("b1"), QStringLiteral("B One")).ok());
        QVERIFY(m_store->commit(c).ok());
        const qint64 parent = m_store->object(recipients())->id;
        ChildQuery q;
        q.filter.classes = {QStringLiteral("mailbox"), QStringLiteral("custom-recipient")};
        const auto all = m_store->children(parent, q).value();
        QCOMPARE(all.size(), 2);
        QVERIFY(all.first().values.size() > 2); // nickname, proxy addresses, ... all read
        q.attributes = {attr::DisplayName, attr::TargetAddress};
        const auto few = m_store->children(parent, q).value();
        QCOMPARE(few.size(), 2);
        for (const DirectoryObject& o : few) {
            const auto full = std::find_if(all.cbegin(), all.cend(),
                                           [&](const DirectoryObject& a) { return a.id == o.id; });
            QVERIFY(full != all.cend());
            // Exactly the asked ones it has, with every value; the others not made at all.
            for (auto it = o.values.cbegin(); it != o.values.cend(); ++it) {
                QVERIFY2(q.attributes.contains(it.key()), qPrintable(it.key()));
                QCOMPARE(it.value(), full->valuesOf(it.key()));
            }
            for (const QString& name : q.attributes)
                QCOMPARE(o.valuesOf(name), full->valuesOf(name));
            QCOMPARE(o.dn, full->dn);
            QCOMPARE(o.guid, full->guid);
        }
    }

    void changeFeedGivesBeforeAndAfter()
    {
        QVERIFY(createMailbox(QStringLiteral("one"), QStringLiteral("One")).ok());
        QVERIFY(createMailbox(QStringLiteral("two"), QStringLiteral("Two")).ok());
        const qint64 mark = m_store->highestUsn();
        QVERIFY(createMailbox(QStringLiteral("three"), QStringLiteral("Three")).ok());
        ChangeSet c;
        c.replace(mailboxDn(QStringLiteral("one")), attr::DisplayName, {QStringLiteral("Zulu One")});
        c.replace(mailboxDn(QStringLiteral("one")), attr::DisplayName, {QStringLiteral("Yankee One")});
        c.remove(mailboxDn(QStringLiteral("two")));
        QVERIFY(m_store->commit(c).ok());
        auto batch = m_store->changesSince(mark);
        QVERIFY(batch.ok());
        QVERIFY(batch->complete);
        QCOMPARE(batch->fromUsn, mark);
        QCOMPARE(batch->toUsn, m_store->highestUsn());
        QCOMPARE(batch->changes.size(), 3);
        QHash<QString, ObjectChange> byKey;
        for (const ObjectChange& ch : batch->changes)
            byKey.insert(ch.after.sortKey, ch);
        QVERIFY(!byKey.value(QStringLiteral("three")).before.exists);
        const ObjectChange one = byKey.value(QStringLiteral("yankee one"));
        QCOMPARE(one.before.sortKey, QStringLiteral("one")); // where it was at the mark, not in between
        QVERIFY(one.before.exists && !one.before.deleted);
        QVERIFY(byKey.value(QStringLiteral("two")).after.deleted);
        QVERIFY(m_store->changesSince(m_store->highestUsn())->isEmpty());
    }

    void childCountsFollowEveryChange()
    {
        const qint64 parent = m_store->object(recipients())->id;
        auto counted = [&] {
            return m_store->connection()
                .scalar(QStringLiteral("SELECT count(*) FROM objects WHERE parent_id = ? AND deleted = 0"),
                        {parent})
                ->toInt();
        };
        QCOMPARE(m_store->childCount(parent).value(), 0);
        ChangeSet c;
        for (int i = 0; i < 5; ++i)
            c.create(QStringLiteral("mailbox"), recipients(),
                     mailbox(QStringLiteral("c%1").arg(i), QStringLiteral("C %1").arg(i)));
        c.remove(mailboxDn(QStringLiteral("c0")));
        QVERIFY(m_store->commit(c).ok());
        QCOMPARE(m_store->childCount(parent).value(), 4);
        QCOMPARE(counted(), 4);
        // A failed change leaves the count alone.
        ChangeSet bad;
        bad.remove(mailboxDn(QStringLiteral("c1")));
        bad.remove(mailboxDn(QStringLiteral("nobody")));
        QVERIFY(!m_store->commit(bad).ok());
        QCOMPARE(m_store->childCount(parent).value(), 4);
        // Emptying a container and deleting it in one change set works: the count includes the
        // change set's own deletes.
        ChangeSet box;
        box.create(QStringLiteral("recipients-container"), SiteBuilder::siteDn(Org, Site),
                   {{attr::DisplayName, {QStringLiteral("Box")}}}, QStringLiteral("Box"));
        const Dn boxDn = SiteBuilder::siteDn(Org, Site).child(QStringLiteral("cn"), QStringLiteral("Box"));
        box.create(QStringLiteral("mailbox"), boxDn,
                   mailbox(QStringLiteral("inbox"), QStringLiteral("In Box")));
        QVERIFY(m_store->commit(box).ok());
        ChangeSet both;
        both.remove(boxDn.child(QStringLiteral("cn"), QStringLiteral("inbox")));
        both.remove(boxDn);
        auto r = m_store->commit(both);
        QVERIFY2(r.ok(), qPrintable(r.error().message()));
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
