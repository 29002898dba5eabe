#include "core/directory/ChangeWatcher.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "ui/common/Text.h"
#include "ui/models/ColumnCatalog.h"
#include "ui/models/ContainerTreeModel.h"
#include "ui/models/ContentsModel.h"
#include "ui/models/RunHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sa::core;
using namespace sa::ui;

namespace {
const QString Org = QStringLiteral("NW");
const QString Site = QStringLiteral("SEATTLE");
} // namespace

/// The tree and contents models under QAbstractItemModelTester, fed by change batches: every edit
/// becomes row inserts, removals and moves (never a reset), and the rows always equal the store's
/// own ordered list.
class TestModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DirectoryStore> m_store;
    std::unique_ptr<ChangeWatcher> m_watcher;
    qint64 m_recipients = 0;

    Dn recipientsDn() const { return SiteBuilder::recipientsDn(Org, Site); }
    Dn boxDn(const QString& alias) const { return recipientsDn().child(QStringLiteral("cn"), alias); }
    void commit(const ChangeSet& c)
    {
        auto r = m_store->commit(c);
        QVERIFY2(r.ok(), qPrintable(r.error().message()));
    }
    void addBox(ChangeSet& c, const QString& alias, const QString& display)
    {
        c.create(QStringLiteral("mailbox"), recipientsDn(),
                 {{attr::MailNickname, {alias}}, {attr::DisplayName, {display}}});
    }
    /// The model's rows, as object ids, against the store's list in the same order.
    void compareWithStore(ContentsModel& model)
    {
        ChildQuery q;
        q.sort = model.sortField();
        q.order = model.sortOrder();
        q.filter = model.filter();
        auto expected = m_store->children(m_recipients, q);
        QVERIFY(expected.ok());
        QCOMPARE(model.rowCount(), int(expected->size()));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.idAt(row), expected->at(row).id);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(Organization::create(m_dir->path(), Org, Site, QStringLiteral("X1")).ok());
        auto store = DirectoryStore::open(m_dir->path() + QStringLiteral("/sites/SEATTLE.sqlite"));
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        m_watcher = std::make_unique<ChangeWatcher>(*m_store, 10);
        m_recipients = m_store->object(recipientsDn())->id;
        ChangeSet c;
        for (int i = 0; i < 20; ++i)
            addBox(c, QStringLiteral("user%1").arg(i),
                   QStringLiteral("User %1").arg(QChar(u'A' + (i * 7) % 26)));
        commit(c);
    }

    void cleanup()
    {
        m_watcher.reset();
        m_store.reset();
        m_dir.reset();
    }

    void containerTree()
    {
        ContainerTreeModel model(*m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.load(SiteBuilder::organizationDn(Org));
        connect(m_watcher.get(), &ChangeWatcher::changed, &model, &ContainerTreeModel::applyChanges);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex org = model.index(0, 0);
        QCOMPARE(org.data().toString(), Org);
        const QModelIndex site = model.index(0, 0, org);
        QCOMPARE(site.data().toString(), Site);
        QCOMPARE(model.rowCount(site), 2);
        QCOMPARE(model.index(0, 0, site).data().toString(), QStringLiteral("Configuration"));
        QCOMPARE(model.index(1, 0, site).data().toString(), QStringLiteral("Recipients"));
        const QModelIndex config = model.index(0, 0, site);
        QCOMPARE(model.rowCount(config), 6);
        QCOMPARE(model.index(5, 0, config).data().toString(), QStringLiteral("Servers"));
        QCOMPARE(model.rowCount(model.index(0, 0, model.index(5, 0, config))),
                 0); // services are not containers

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
        const QPersistentModelIndex recipients = model.indexForDn(recipientsDn());

        // A new recipients container sorts in between; a rename moves it; a delete removes it.
        ChangeSet c;
        c.create(QStringLiteral("recipients-container"), SiteBuilder::siteDn(Org, Site),
                 {{attr::DisplayName, {QStringLiteral("MSMail Recipients")}}},
                 QStringLiteral("MSMail Recipients"));
        commit(c);
        QTRY_COMPARE(inserts.count(), 1);
        QCOMPARE(model.rowCount(site), 3);
        QCOMPARE(model.index(1, 0, site).data().toString(), QStringLiteral("MSMail Recipients"));
        const Dn msmail =
            SiteBuilder::siteDn(Org, Site).child(QStringLiteral("cn"), QStringLiteral("MSMail Recipients"));
        ChangeSet nested;
        nested.create(QStringLiteral("recipients-container"), msmail,
                      {{attr::DisplayName, {QStringLiteral("PO1")}}}, QStringLiteral("PO1"));
        commit(nested);
        QTRY_COMPARE(inserts.count(), 2);
        QCOMPARE(model.rowCount(model.indexForDn(msmail)), 1);

        ChangeSet rename;
        rename.replace(msmail, attr::DisplayName, {QStringLiteral("Zeta Recipients")});
        commit(rename);
        QTRY_COMPARE(moves.count(), 1);
        QCOMPARE(model.index(2, 0, site).data().toString(), QStringLiteral("Zeta Recipients"));
        QCOMPARE(recipients.data().toString(), QStringLiteral("Recipients")); // persistent index followed

        ChangeSet del;
        del.remove(msmail.child(QStringLiteral("cn"), QStringLiteral("PO1")));
        del.remove(msmail);
        commit(del);
        QTRY_COMPARE(removes.count(), 2);
        QCOMPARE(model.rowCount(site), 2);
        QCOMPARE(resets.count(), 0);
        QVERIFY(recipients.isValid());
    }

    void contentsFollowEditsRowByRow()
    {
        ContentsModel model(*m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setColumns(ColumnCatalog::resolve(QStringLiteral("recipients"),
                                                ColumnCatalog::defaults(QStringLiteral("recipients"))));
        model.setContainer(m_recipients);
        connect(m_watcher.get(), &ChangeWatcher::changed, &model, &ContentsModel::applyChanges);
        compareWithStore(model);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("User A"));

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QItemSelectionModel selection(&model);
        const int selectedRow = 5;
        const qint64 selectedId = model.idAt(selectedRow);
        selection.select(model.index(selectedRow, 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);

        ChangeSet c;
        addBox(c, QStringLiteral("aaron"), QStringLiteral("Aaron First"));
        addBox(c, QStringLiteral("zed"), QStringLiteral("Zed Last"));
        commit(c);
        QTRY_COMPARE(model.rowCount(), 22);
        compareWithStore(model);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Aaron First"));
        // The selection moved down with its object.
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(model.idAt(selection.selectedRows().first().row()), selectedId);

        const qint64 before = m_watcher->watermark();
        ChangeSet edit;
        edit.replace(boxDn(QStringLiteral("aaron")), attr::DisplayName, {QStringLiteral("Zzz Renamed")});
        edit.replace(boxDn(QStringLiteral("user3")), attr::Title, {QStringLiteral("Manager")});
        edit.remove(boxDn(QStringLiteral("zed")));
        commit(edit);
        QTRY_VERIFY(m_watcher->watermark() > before);
        QCOMPARE(model.rowCount(), 21);
        compareWithStore(model);
        QCOMPARE(model.index(20, 0).data().toString(), QStringLiteral("Zzz Renamed"));
        QCOMPARE(model.idAt(selection.selectedRows().first().row()), selectedId);
        QCOMPARE(resets.count(), 0);
    }

    void aBigCommitIsReadAgainNotListed()
    {
        // A worker's big commit (a first dirsync cycle, an import): the window does not list it object
        // by object; the list reads its page again and the tree reads its own few changes.
        ContainerTreeModel tree(*m_store);
        QAbstractItemModelTester treeTester(&tree, QAbstractItemModelTester::FailureReportingMode::Fatal);
        tree.load(SiteBuilder::organizationDn(Org));
        ContentsModel list(*m_store);
        QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
        list.setColumns(ColumnCatalog::resolve(QStringLiteral("recipients"),
                                               ColumnCatalog::defaults(QStringLiteral("recipients"))));
        list.setContainer(m_recipients);
        connect(m_watcher.get(), &ChangeWatcher::changed, &tree, &ContainerTreeModel::applyChanges);
        connect(m_watcher.get(), &ChangeWatcher::changed, &list, &ContentsModel::applyChanges);
        QSignalSpy batches(m_watcher.get(), &ChangeWatcher::changed);
        QSignalSpy treeResets(&tree, &QAbstractItemModel::modelReset);
        {
            auto worker = DirectoryStore::open(m_dir->path() + QStringLiteral("/sites/SEATTLE.sqlite"));
            QVERIFY(worker.ok());
            ChangeSet c;
            c.create(QStringLiteral("recipients-container"), SiteBuilder::siteDn(Org, Site),
                     {{attr::DisplayName, {QStringLiteral("MSMail Recipients")}}},
                     QStringLiteral("MSMail Recipients"));
            for (int i = 0; i < int(ChangeWatcher::MaxListed) + 100; ++i)
                addBox(c, QStringLiteral("bulk%1").arg(i),
                       QStringLiteral("Bulk %1").arg(i, 4, 10, QLatin1Char('0')));
            QVERIFY(worker.value()->commit(c).ok());
        }
        m_watcher->poll();
        QCOMPARE(batches.count(), 1);
        const auto batch = batches.first().first().value<ChangeBatch>();
        QVERIFY(!batch.complete);
        QVERIFY(batch.changes.isEmpty()); // nothing read row by row on this thread
        QCOMPARE(batch.toUsn, m_store->highestUsn());
        QCOMPARE(list.rowCount(), 20 + int(ChangeWatcher::MaxListed) + 100);
        compareWithStore(list);
        const QModelIndex site = tree.index(0, 0, tree.index(0, 0));
        QCOMPARE(tree.rowCount(site), 3);
        QCOMPARE(tree.index(1, 0, site).data().toString(), QStringLiteral("MSMail Recipients"));
        QCOMPARE(treeResets.count(), 0); // the tree keeps its expansion: rows inserted, not a reset
        // A small commit after it is listed again, object by object.
        ChangeSet one;
        addBox(one, QStringLiteral("after"), QStringLiteral("After"));
        commit(one);
        QTRY_COMPARE(batches.count(), 2);
        QVERIFY(batches.last().first().value<ChangeBatch>().complete);
        QCOMPARE(batches.last().first().value<ChangeBatch>().changes.size(), 1);
    }

    void randomBatchesMatchTheStore_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<int>("order");
        QTest::addColumn<bool>("filtered"); // visible mailboxes only (View > Mailboxes, no hidden)
        QTest::newRow("name ascending") << int(SortField::DisplayName) << int(Qt::AscendingOrder) << false;
        QTest::newRow("name descending") << int(SortField::DisplayName) << int(Qt::DescendingOrder) << false;
        QTest::newRow("modified ascending")
            << int(SortField::LastModified) << int(Qt::AscendingOrder) << false;
        QTest::newRow("modified descending")
            << int(SortField::LastModified) << int(Qt::DescendingOrder) << false;
        QTest::newRow("filtered name") << int(SortField::DisplayName) << int(Qt::AscendingOrder) << true;
        QTest::newRow("filtered modified")
            << int(SortField::LastModified) << int(Qt::DescendingOrder) << true;
    }
    void randomBatchesMatchTheStore()
    {
        QFETCH(int, sort);
        QFETCH(int, order);
        QFETCH(bool, filtered);
        ContentsModel model(*m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setColumns(
            ColumnCatalog::resolve(QStringLiteral("recipients"), {QStringLiteral("display-name")}));
        model.setContainer(m_recipients);
        model.sortBy(SortField(sort), Qt::SortOrder(order));
        if (filtered) {
            ListFilter f;
            f.classes = {QStringLiteral("mailbox")};
            f.includeHidden = false;
            model.setFilter(f);
        }
        connect(m_watcher.get(), &ChangeWatcher::changed, &model, &ContentsModel::applyChanges);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        QRandomGenerator random(20261126u + quint32(sort * 2 + order) + (filtered ? 7u : 0u));
        QStringList live;
        for (int i = 0; i < 20; ++i)
            live << QStringLiteral("user%1").arg(i);
        int next = 100;
        for (int round = 0; round < 40; ++round) {
            ChangeSet c;
            const int ops = 1 + int(random.bounded(5));
            QStringList touched;
            for (int k = 0; k < ops; ++k) {
                const int what = int(random.bounded(5));
                if (what == 0 || live.size() < 3) {
                    const QString alias = QStringLiteral("new%1").arg(next++);
                    if (random.bounded(4) == 0) // some distribution lists, which the filter leaves out
                        c.create(QStringLiteral("distribution-list"), recipientsDn(),
                                 {{attr::MailNickname, {alias}},
                                  {attr::DisplayName, {QStringLiteral("L %1").arg(random.bounded(1000))}}});
                    else
                        addBox(c, alias, QStringLiteral("N %1").arg(random.bounded(1000)));
                    live << alias;
                    touched << alias;
                } else {
                    const QString alias = live.at(int(random.bounded(qint64(live.size()))));
                    if (touched.contains(alias))
                        continue;
                    if (what == 1) {
                        c.remove(boxDn(alias));
                        live.removeAll(alias);
                    } else if (what == 4) {
                        c.replace(boxDn(alias), attr::HideFromAddressBook,
                                  {random.bounded(2) ? QStringLiteral("TRUE") : QStringLiteral("FALSE")});
                    } else {
                        c.replace(boxDn(alias), attr::DisplayName,
                                  {QStringLiteral("R %1").arg(random.bounded(1000))});
                    }
                    touched << alias;
                }
            }
            commit(c);
            // Sometimes two commits arrive as one batch.
            if (random.bounded(3) == 0)
                continue;
            m_watcher->poll();
            compareWithStore(model);
        }
        m_watcher->poll();
        compareWithStore(model);
        QCOMPARE(resets.count(), 0);
    }

    void sortKeepsSelection()
    {
        ContentsModel model(*m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setColumns(ColumnCatalog::resolve(QStringLiteral("recipients"),
                                                ColumnCatalog::defaults(QStringLiteral("recipients"))));
        model.setContainer(m_recipients);
        QItemSelectionModel selection(&model);
        const qint64 id = model.idAt(3);
        selection.select(model.index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        // Only Display Name and Last Modified sort; other columns leave the order alone.
        model.sort(1, Qt::AscendingOrder);
        QCOMPARE(model.sortField(), SortField::DisplayName);
        model.sort(0, Qt::DescendingOrder);
        compareWithStore(model);
        QCOMPARE(model.idAt(selection.selectedRows().first().row()), id);
        const int lastModified = int(
            ColumnCatalog::defaults(QStringLiteral("recipients")).indexOf(QStringLiteral("last-modified")));
        model.sort(lastModified, Qt::AscendingOrder);
        QCOMPARE(model.sortField(), SortField::LastModified);
        compareWithStore(model);
        QCOMPARE(model.idAt(selection.selectedRows().first().row()), id);
    }

    void oneFormatForEveryMoment()
    {
        // The panel mixed "7 Dec 2026 09:19:55" (requestors) and "2026-12-07 09:19:55" (run history):
        // every list shows a moment as ui::when() does, the locale's short date and time with seconds.
        const QDateTime t(QDate(2026, 12, 7), QTime(9, 19, 55), Qt::LocalTime);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(when(t), QStringLiteral("07.12.26 09:19:55"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(when(t), QStringLiteral("12/7/26 9:19:55 AM"));
        QCOMPARE(when(QDateTime()), QStringLiteral("-"));
        RunHistoryModel runs;
        sa::core::DirsyncRun run;
        run.id = 1; // as written in the history
        run.started = t.toUTC();
        run.finished = run.started.addSecs(1);
        runs.setRuns({run});
        QCOMPARE(runs.index(0, RunHistoryModel::StartedColumn).data().toString(), when(t));
        // The contents list's Last Modified too.
        const auto columns =
            ColumnCatalog::resolve(QStringLiteral("recipients"), {QStringLiteral("last-modified")});
        QCOMPARE(columns.size(), 1);
        sa::core::DirectoryObject o;
        o.whenChanged = t.toUTC();
        QCOMPARE(ColumnCatalog::text(columns.first(), o), when(t));
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
