#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "tests/support/StoreFixture.h"

#include <QTest>
#include <algorithm>

using namespace sa::core;

/// The directory store's lists, as the contents pane and the pickers read them: a container's
/// children page by page and from a row on, filtered by class, hidden state and value, in the
/// natural order of their names, with only the attributes asked; the live counts the writer keeps;
/// and the change feed the windows follow.
class TestDirectoryLists : public QObject, public sa::test::StoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { openStore(); }
    void cleanup() { closeStore(); }

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
        // numbers by their value, accented letters with their base letters, 'ß' as "ss", any case.
        int n = 0;
        const QStringList names{
            QStringLiteral("Zoe"),    QStringLiteral("User 10"), QStringLiteral("Ñoño"),
            QStringLiteral("user 2"), QStringLiteral("Émile"),   QStringLiteral("User 009"),
            QStringLiteral("Nora"),   QStringLiteral("Room 2b"), QStringLiteral("Room 12a"),
            QStringLiteral("Größ"),   QStringLiteral("Grosz"),   QStringLiteral("Grose")};
        for (const QString& name : names)
            QVERIFY(createMailbox(QStringLiteral("u%1").arg(++n), name).ok());
        QStringList order;
        const auto children = m_store->children(m_store->object(recipients())->id);
        QVERIFY(children.ok());
        for (const DirectoryObject& o : children.value())
            order << o.displayName();
        QCOMPARE(order,
                 (QStringList{QStringLiteral("Émile"), QStringLiteral("Grose"), QStringLiteral("Größ"),
                              QStringLiteral("Grosz"), QStringLiteral("Ñoño"), QStringLiteral("Nora"),
                              QStringLiteral("Room 2b"), QStringLiteral("Room 12a"), QStringLiteral("user 2"),
                              QStringLiteral("User 009"), QStringLiteral("User 10"), QStringLiteral("Zoe")}));
        ChildQuery down;
        down.order = Qt::DescendingOrder;
        QCOMPARE(m_store->children(m_store->object(recipients())->id, down)->first().displayName(),
                 QStringLiteral("Zoe"));
    }

    /// Find Recipients and `find` match what is typed beyond ASCII as names sort: any case, accents
    /// off, 'ß' as "ss" (issue 21; SQLite's LIKE folds ASCII only).
    void findFoldsCaseAndAccentsBeyondAscii_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("found");
        const QString nono = QStringLiteral("Ñoño Pérez");
        const QString gross = QStringLiteral("Jürgen Größ");
        QTest::newRow("ñoño") << QStringLiteral("ñoño") << QStringList{nono};
        QTest::newRow("NOÑO") << QStringLiteral("NOÑO") << QStringList{nono};
        QTest::newRow("perez") << QStringLiteral("perez") << QStringList{nono};
        QTest::newRow("PÉR") << QStringLiteral("PÉR") << QStringList{nono};
        QTest::newRow("gross") << QStringLiteral("gross") << QStringList{gross};
        QTest::newRow("größ") << QStringLiteral("größ") << QStringList{gross};
        QTest::newRow("jurg") << QStringLiteral("jurg") << QStringList{gross};
        QTest::newRow("% is a percent") << QStringLiteral("%") << QStringList{};
        QTest::newRow("Zoe") << QStringLiteral("zoé") << QStringList{QStringLiteral("Zoe")};
    }

    void findFoldsCaseAndAccentsBeyondAscii()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, found);
        QVERIFY(createMailbox(QStringLiteral("nono"), QStringLiteral("Ñoño Pérez")).ok());
        QVERIFY(createMailbox(QStringLiteral("jg"), QStringLiteral("Jürgen Größ")).ok());
        QVERIFY(createMailbox(QStringLiteral("zoe"), QStringLiteral("Zoe")).ok());
        auto matches = m_store->findRecipients(0, {{QStringLiteral("Display-Name"), typed}}, 10);
        QVERIFY2(matches.ok(), qPrintable(matches.error().message()));
        QStringList names;
        for (const DirectoryObject& o : matches.value())
            names << o.displayName();
        QCOMPARE(names, found);
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
};

QTEST_GUILESS_MAIN(TestDirectoryLists)
#include "tst_directory_lists.moc"
