#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"

#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace sa::core;

namespace {
const QString Org = QStringLiteral("NW");
const QString Site = QStringLiteral("SEATTLE");
} // namespace

/// Walking a subtree a page at a time (issue 18: `siteadminctl list` of a million entries in the
/// memory of a page): the same objects, once each, in the same order as reading it whole.
class TestVisitSubtree : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<Organization> m_org;
    std::unique_ptr<DirectoryStore> m_store;
    Dn recipients() const { return SiteBuilder::recipientsDn(Org, Site); }

private Q_SLOTS:
    void initTestCase()
    {
        auto org =
            Organization::create(m_dir.filePath(QStringLiteral("org")), Org, Site, QStringLiteral("X1"));
        QVERIFY(org.ok());
        m_org = org.value();
        m_store = std::move(DirectoryStore::open(org->sitePath(Site))).value();
        ChangeSet c;
        // 2,500 mailboxes, 1,200 of them with one display name, so ties straddle the 1,000-entry pages.
        for (int i = 0; i < 2500; ++i) {
            const QString alias = QStringLiteral("m%1").arg(i, 4, 10, QLatin1Char('0'));
            const QString display =
                i < 1200 ? QStringLiteral("Same Name") : QStringLiteral("Person %1").arg(2500 - i);
            c.create(QStringLiteral("mailbox"), recipients(),
                     {{attr::MailNickname, {alias}}, {attr::DisplayName, {display}}});
        }
        c.create(QStringLiteral("recipients-container"), recipients(), {}, QStringLiteral("Partners"));
        const Dn partners = recipients().child(QStringLiteral("cn"), QStringLiteral("Partners"));
        for (int i = 0; i < 3; ++i)
            c.create(QStringLiteral("mailbox"), partners,
                     {{attr::MailNickname, {QStringLiteral("p%1").arg(i)}},
                      {attr::DisplayName, {QStringLiteral("Partner %1").arg(i)}}});
        auto done = m_store->commit(c);
        QVERIFY2(done.ok(), qPrintable(done ? QString() : done.error().message()));
    }

    void pagesReadWhatTheWholeReadReads()
    {
        const qint64 id = m_store->object(recipients())->id;
        auto whole = m_store->children(id); // one query, every child
        QVERIFY(whole.ok());
        QCOMPARE(whole->size(), 2501);
        QList<qint64> visited;
        QVERIFY(m_store->visitSubtree(recipients(), -1, {}, [&](const DirectoryObject& o) {
            visited << o.id;
            return Status();
        }));
        QCOMPARE(visited.size(), 1 + 2501 + 3);
        QCOMPARE(visited.first(), id);
        for (int i = 0; i < whole->size(); ++i)
            QCOMPARE(visited.at(1 + i), whole->at(i).id);
        QCOMPARE(QSet<qint64>(visited.begin(), visited.end()).size(), visited.size()); // each once
        // The sub-container's children come after its level, as before.
        const qint64 partners =
            m_store->object(recipients().child(QStringLiteral("cn"), QStringLiteral("Partners")))->id;
        QCOMPARE(m_store->objectById(visited.last())->parentId, partners);
    }

    void aClassAndADepthAreHonoured()
    {
        int mailboxes = 0;
        QVERIFY(
            m_store->visitSubtree(recipients(), 1, QStringLiteral("mailbox"), [&](const DirectoryObject& o) {
                mailboxes += o.cls->name == QLatin1String("mailbox") ? 1 : 1000000;
                return Status();
            }));
        QCOMPARE(mailboxes, 2500);
        auto listed = m_org->list(Dn().child(QStringLiteral("o"), Org), -1, QStringLiteral("mailbox"));
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 2503);
    }

    void aFailedVisitStopsTheWalk()
    {
        int seen = 0;
        const Status s = m_store->visitSubtree(recipients(), -1, {}, [&](const DirectoryObject&) -> Status {
            if (++seen == 1500)
                return Error(ErrorCode::Storage, QStringLiteral("the output is full"));
            return {};
        });
        QVERIFY(!s);
        QCOMPARE(s.error().message(), QStringLiteral("the output is full"));
        QCOMPARE(seen, 1500);
    }
};

QTEST_GUILESS_MAIN(TestVisitSubtree)
#include "tst_visit_subtree.moc"
