// Edit > Undo's core (issue 20): a committed change is taken back whole — the objects it changed, made
// and deleted, and what the rules did beside it (a deleted recipient leaves its distribution lists) —
// in one transaction, and never over a later change.

#include "core/directory/DirectoryStore.h"
#include "core/directory/Reversal.h"
#include "tests/support/DirsyncFixture.h"

#include <QTest>

using namespace sa::core;

namespace {

const QString Recipients = QStringLiteral("/o=NORTHWIND/ou=SEATTLE/cn=Recipients");

Dn dn(const QString& text)
{
    return Dn::parse(text).value();
}

} // namespace

class TestReversal : public QObject, private sa::test::DirsyncFixture
{
    Q_OBJECT

    std::unique_ptr<DirectoryStore> m_store;
    Dn m_nancy, m_andrew, m_list;

private Q_SLOTS:
    void init()
    {
        build(false);
        m_store = site(QStringLiteral("SEATTLE"));
        m_nancy = dn(Recipients + QStringLiteral("/cn=NancyD"));
        m_andrew = dn(Recipients + QStringLiteral("/cn=AndrewF"));
        QVERIFY(m_store->object(m_nancy).ok());
        QVERIFY(m_store->object(m_andrew).ok());
        // A list Nancy belongs to, and Andrew her manager: what deleting her changes beside her.
        ChangeSet setup;
        setup.create(QStringLiteral("distribution-list"), dn(Recipients),
                     {{attr::CommonName, {QStringLiteral("Sales")}},
                      {attr::DisplayName, {QStringLiteral("Sales Team")}},
                      {attr::MailNickname, {QStringLiteral("Sales")}},
                      {attr::Member, {m_nancy.toString(), m_andrew.toString()}}});
        auto made = m_store->commit(setup);
        QVERIFY2(made.ok(), qPrintable(made.error().message()));
        m_list = dn(Recipients + QStringLiteral("/cn=Sales"));
    }
    void cleanup()
    {
        m_store.reset();
        tearDown();
    }

    void anEditIsTakenBackAndTheUndoIsTakenBackAgain()
    {
        ChangeSet edit;
        edit.modify(m_nancy, {{attr::Department, AttributeChange::Op::Replace, {QStringLiteral("Marketing")}},
                              {attr::Title, AttributeChange::Op::Replace, {}}});
        const DirectoryObject before = m_store->object(m_nancy).value();
        QVERIFY(!before.value(attr::Title).isEmpty());
        auto done = Reversal::commit(*m_store, edit);
        QVERIFY2(done.ok(), qPrintable(done.error().message()));
        QCOMPARE(done->objectCount(), 1);
        QCOMPARE(m_store->object(m_nancy)->value(attr::Department), QStringLiteral("Marketing"));

        auto undone = done->undo(*m_store);
        QVERIFY2(undone.ok(), qPrintable(undone.error().message()));
        const DirectoryObject back = m_store->object(m_nancy).value();
        QCOMPARE(back.value(attr::Department), before.value(attr::Department));
        QCOMPARE(back.value(attr::Title), before.value(attr::Title));
        QCOMPARE(back.guid, before.guid);

        auto redone = undone->undo(*m_store); // Redo
        QVERIFY2(redone.ok(), qPrintable(redone.error().message()));
        QCOMPARE(m_store->object(m_nancy)->value(attr::Department), QStringLiteral("Marketing"));
        QVERIFY(m_store->object(m_nancy)->value(attr::Title).isEmpty());
    }

    void aDeleteIsTakenBackWithTheMembershipsItDropped()
    {
        const DirectoryObject before = m_store->object(m_nancy).value();
        ChangeSet del;
        del.remove(m_nancy);
        auto done = Reversal::commit(*m_store, del);
        QVERIFY2(done.ok(), qPrintable(done.error().message()));
        QCOMPARE(done->objectCount(), 2);   // Nancy and the list she left
        QCOMPARE(done->subject(), m_nancy); // what the change was made to, not the list beside it
        QVERIFY(!m_store->object(m_nancy).ok());
        QCOMPARE(m_store->object(m_list)->valuesOf(attr::Member), QStringList{m_andrew.toString()});

        auto undone = done->undo(*m_store);
        QVERIFY2(undone.ok(), qPrintable(undone.error().message()));
        auto again = m_store->object(m_nancy);
        QVERIFY2(again.ok(), "Nancy is back under her own name");
        QCOMPARE(undone->subject(), m_nancy); // the undo was made to her: the window shows her
        QCOMPARE(again->displayName(), before.displayName());
        QCOMPARE(again->values, before.values); // every attribute, her addresses too
        QVERIFY(again->guid != before.guid);    // a new object: the tombstone keeps the old GUID
        QStringList members = m_store->object(m_list)->valuesOf(attr::Member);
        members.sort();
        QStringList expected{m_nancy.toString(), m_andrew.toString()};
        expected.sort();
        QCOMPARE(members, expected);
    }

    void aCreationIsTakenBackByDeletingWhatItMade()
    {
        ChangeSet make;
        make.create(QStringLiteral("mailbox"), dn(Recipients),
                    {{attr::CommonName, {QStringLiteral("JanK")}},
                     {attr::DisplayName, {QStringLiteral("Jan Kowalski")}},
                     {attr::MailNickname, {QStringLiteral("JanK")}}});
        const int before = m_store->childCount(m_store->idOf(dn(Recipients)).value()).value();
        auto done = Reversal::commit(*m_store, make);
        QVERIFY2(done.ok(), qPrintable(done.error().message()));
        QVERIFY(m_store->object(dn(Recipients + QStringLiteral("/cn=JanK"))).ok());
        QCOMPARE(done->subject(), dn(Recipients + QStringLiteral("/cn=JanK"))); // the DN it was made under
        QVERIFY2(done->undo(*m_store).ok(), "undone");
        QVERIFY(!m_store->object(dn(Recipients + QStringLiteral("/cn=JanK"))).ok());
        QCOMPARE(m_store->childCount(m_store->idOf(dn(Recipients)).value()).value(), before);
    }

    void anUndoNeverLosesALaterChangeAndWritesNothing()
    {
        ChangeSet edit;
        edit.replace(m_nancy, attr::Department, {QStringLiteral("Marketing")});
        auto done = Reversal::commit(*m_store, edit);
        QVERIFY(done.ok());
        ChangeSet later; // another administrator, or another window, after it
        later.replace(m_nancy, attr::Department, {QStringLiteral("Finance")});
        QVERIFY(m_store->commit(later).ok());
        const qint64 usn = m_store->highestUsn();

        auto undone = done->undo(*m_store);
        QVERIFY(!undone.ok());
        QVERIFY2(undone.error().message().contains(QStringLiteral("changed after this change")),
                 qPrintable(undone.error().message()));
        QCOMPARE(m_store->object(m_nancy)->value(attr::Department), QStringLiteral("Finance"));
        QCOMPARE(m_store->highestUsn(), usn);
    }

    void aDeletedObjectWhoseNameWasTakenIsNotMadeAgain()
    {
        ChangeSet del;
        del.remove(m_andrew);
        auto done = Reversal::commit(*m_store, del);
        QVERIFY(done.ok());
        ChangeSet other;
        other.create(QStringLiteral("mailbox"), dn(Recipients),
                     {{attr::CommonName, {QStringLiteral("AndrewF")}},
                      {attr::DisplayName, {QStringLiteral("Andrew Fowler")}},
                      {attr::MailNickname, {QStringLiteral("AndrewF2")}}});
        QVERIFY(m_store->commit(other).ok());
        const qint64 usn = m_store->highestUsn();
        auto undone = done->undo(*m_store);
        QVERIFY(!undone.ok());
        QCOMPARE(undone.error().code(), ErrorCode::AlreadyExists);
        QCOMPARE(m_store->object(m_andrew)->displayName(), QStringLiteral("Andrew Fowler"));
        QCOMPARE(m_store->highestUsn(), usn);
    }

    void aRefusedChangeLeavesNothingToUndo()
    {
        ChangeSet bad;
        bad.modify(
            m_nancy,
            {{QStringLiteral("No-Such-Attribute"), AttributeChange::Op::Replace, {QStringLiteral("x")}}});
        const qint64 usn = m_store->highestUsn();
        auto done = Reversal::commit(*m_store, bad);
        QVERIFY(!done.ok());
        QCOMPARE(m_store->highestUsn(), usn);
    }
};

QTEST_GUILESS_MAIN(TestReversal)
#include "tst_reversal.moc"
