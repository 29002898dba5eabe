#include "core/directory/DirectoryStore.h"
#include "core/directory/Organization.h"
#include "core/directory/Schema.h"
#include "core/directory/SiteBuilder.h"
#include "tests/support/UiTestSupport.h"
#include "ui/models/ColumnCatalog.h"
#include "ui/models/ContentsModel.h"
#include "ui/views/ContentsView.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <memory>

using namespace sa::core;
using namespace sa::ui;

namespace {

const QString Org = QStringLiteral("NW");
const QString Site = QStringLiteral("SEATTLE");

/// A million rows that count how often a view asks for them.
class CountingModel : public QAbstractTableModel
{
public:
    mutable int indexes = 0;
    mutable int reads = 0;
    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 1'000'000; }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 3; }
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override
    {
        ++indexes;
        return QAbstractTableModel::index(row, column, parent);
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        ++reads;
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("Row %1").arg(index.row())) : QVariant();
    }
    void reset()
    {
        beginResetModel();
        endResetModel();
    }
};

} // namespace

/// The contents pane of a server window (and the address book's list): a list view in report mode
/// that asks only for the rows on screen, and moves by the keyboard as the original's list does.
class TestContentsView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DirectoryStore> m_store;
    std::unique_ptr<ContentsModel> m_model;
    std::unique_ptr<QWidget> m_window;
    ContentsView* m_view = nullptr;
    QLineEdit* m_next = nullptr;

    QString currentName() const { return m_view->currentIndex().data(ContentsModel::NameRole).toString(); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(Organization::create(m_dir->path(), Org, Site, QStringLiteral("X1")).ok());
        auto store = DirectoryStore::open(m_dir->path() + QStringLiteral("/sites/SEATTLE.sqlite"));
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        const Dn recipients = SiteBuilder::recipientsDn(Org, Site);
        ChangeSet c;
        // 600 names, more than four pages of the model: Aaron 000 ... Zoe 599, and one Nancy.
        const QStringList first{QStringLiteral("Aaron"), QStringLiteral("Maria"), QStringLiteral("Zoe")};
        for (int i = 0; i < 600; ++i)
            c.create(QStringLiteral("mailbox"), recipients,
                     {{attr::MailNickname, {QStringLiteral("u%1").arg(i)}},
                      {attr::DisplayName,
                       {QStringLiteral("%1 %2").arg(first.at(i % 3)).arg(i, 3, 10, QChar(u'0'))}}});
        c.create(QStringLiteral("mailbox"), recipients,
                 {{attr::MailNickname, {QStringLiteral("nancyd")}},
                  {attr::DisplayName, {QStringLiteral("Nancy Davolio")}}});
        QVERIFY(m_store->commit(c).ok());

        m_model = std::make_unique<ContentsModel>(*m_store);
        m_model->setColumns(ColumnCatalog::resolve(QStringLiteral("recipients"),
                                                   ColumnCatalog::defaults(QStringLiteral("recipients"))));
        m_window = std::make_unique<QWidget>();
        auto* layout = new QVBoxLayout(m_window.get());
        m_view = new ContentsView;
        m_view->setObjectName(QStringLiteral("contentsView"));
        m_next = new QLineEdit;
        m_next->setObjectName(QStringLiteral("nextControl"));
        layout->addWidget(m_view);
        layout->addWidget(m_next);
        m_view->setModel(m_model.get());
        m_view->setSortingEnabled(true);
        m_view->sortByColumn(0, Qt::AscendingOrder);
        m_model->setContainer(m_store->object(recipients)->id);
        m_window->resize(700, 400);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_view->setFocus();
        m_view->setCurrentIndex(m_model->index(0, 0));
    }

    void cleanup()
    {
        m_window.reset();
        m_model.reset();
        m_store.reset();
        m_dir.reset();
    }

    void aMillionRowsAreNotLaidOutOneByOne()
    {
        // A tree view asks for an index of every row when its model resets (a million here); the
        // pane asks only for what it shows.
        CountingModel model;
        ContentsView view;
        view.resize(900, 700);
        view.setModel(&model);
        (void)view.grab();
        model.indexes = 0;
        model.reads = 0;
        model.reset();
        (void)view.grab();
        QVERIFY2(model.indexes < 5000, qPrintable(QString::number(model.indexes)));
        QVERIFY2(model.reads < 5000, qPrintable(QString::number(model.reads)));
        QVERIFY(model.reads > 0); // and it did draw them
    }

    void typingANameGoesToIt()
    {
        QTest::keyClicks(m_view, QStringLiteral("nan"));
        QCOMPARE(currentName(), QStringLiteral("Nancy Davolio"));
        QVERIFY(m_view->selectionModel()->isRowSelected(m_view->currentIndex().row(), {}));
        // Far down the list, beyond the pages read so far.
        QTest::qWait(QApplication::keyboardInputInterval() + 50);
        QTest::keyClicks(m_view, QStringLiteral("zoe 59"));
        QCOMPARE(currentName(), QStringLiteral("Zoe 590"));
        QVERIFY(m_view->visualRect(m_view->currentIndex()).intersects(m_view->viewport()->rect()));
        // No name begins so: the current row stays.
        QTest::qWait(QApplication::keyboardInputInterval() + 50);
        QTest::keyClicks(m_view, QStringLiteral("qx"));
        QCOMPARE(currentName(), QStringLiteral("Zoe 590"));
    }

    void typingInAnotherOrderStillFindsTheName()
    {
        m_view->sortByColumn(0, Qt::DescendingOrder);
        m_view->setCurrentIndex(m_model->index(0, 0));
        QCOMPARE(currentName(), QStringLiteral("Zoe 599"));
        QTest::keyClicks(m_view, QStringLiteral("nan"));
        QCOMPARE(currentName(), QStringLiteral("Nancy Davolio"));
    }

    void homeEndAndTabMoveAsInAList()
    {
        QTest::keyClick(m_view, Qt::Key_End);
        QCOMPARE(m_view->currentIndex().row(), m_model->rowCount() - 1);
        QCOMPARE(currentName(), QStringLiteral("Zoe 599"));
        QCOMPARE(m_view->currentIndex().column(), 0);
        QTest::keyClick(m_view, Qt::Key_Home);
        QCOMPARE(m_view->currentIndex().row(), 0);
        QCOMPARE(currentName(), QStringLiteral("Aaron 000"));
        QTest::keyClick(m_view, Qt::Key_Down);
        QCOMPARE(currentName(), QStringLiteral("Aaron 003"));
        // Right scrolls sideways and leaves the row (and its first column) current.
        m_view->horizontalHeader()->resizeSection(0, 1500);
        QTRY_VERIFY(m_view->horizontalScrollBar()->maximum() > 0);
        QTest::keyClick(m_view, Qt::Key_Right);
        QVERIFY(m_view->horizontalScrollBar()->value() > 0);
        QCOMPARE(m_view->currentIndex().row(), 1);
        QCOMPARE(m_view->currentIndex().column(), 0);
        QTest::keyClick(m_view, Qt::Key_Left);
        QCOMPARE(m_view->horizontalScrollBar()->value(), 0);
        // Tab leaves the list for the next control instead of walking its cells.
        QTest::keyClick(m_view, Qt::Key_Tab);
        QVERIFY(m_next->hasFocus());
    }

    void rowsFollowTheFont()
    {
        const int before = m_view->rowHeight(0);
        QVERIFY(before >= m_view->fontMetrics().height());
        QFont big = m_view->font();
        big.setPointSizeF(big.pointSizeF() * 2);
        m_view->setFont(big);
        QVERIFY2(
            m_view->rowHeight(0) >= QFontMetrics(big).height(),
            qPrintable(QStringLiteral("%1 < %2").arg(m_view->rowHeight(0)).arg(QFontMetrics(big).height())));
        QVERIFY(m_view->rowHeight(0) > before);
    }

    void columnsFitWhatTheyShowWhileThereIsRoom()
    {
        const QString longName = QStringLiteral("Aaa Bartholomew Fitzgerald-Worthington");
        ChangeSet c;
        c.create(QStringLiteral("mailbox"), SiteBuilder::recipientsDn(Org, Site),
                 {{attr::MailNickname, {QStringLiteral("bart")}}, {attr::DisplayName, {longName}}});
        QVERIFY(m_store->commit(c).ok());
        m_model->setContainer(m_store->object(SiteBuilder::recipientsDn(Org, Site))->id);
        QHeaderView* header = m_view->horizontalHeader();
        m_window->resize(1100, 400);
        header->resizeSection(0, 100);
        header->resizeSection(1, 80);
        QSignalSpy customized(m_view, &ContentsView::columnsCustomized);
        m_view->setAutoFit(true);
        // Room enough: the name is shown whole.
        const int nameWidth = m_view->fontMetrics().horizontalAdvance(longName);
        QTRY_VERIFY2(header->sectionSize(0) >= nameWidth,
                     qPrintable(QStringLiteral("%1 < %2").arg(header->sectionSize(0)).arg(nameWidth)));
        // Less room: no column below the width it started with, and no sideways scrolling for it.
        m_window->resize(330, 400);
        QTRY_VERIFY(header->sectionSize(0) < nameWidth);
        QVERIFY(header->sectionSize(0) >= 100);
        QVERIFY(header->sectionSize(1) >= 80);
        // The user drags the first column's edge: that width stays, whatever comes after.
        m_window->resize(1100, 400);
        QTRY_VERIFY(header->sectionSize(0) >= nameWidth);
        const QPoint edge(header->sectionViewportPosition(0) + header->sectionSize(0) - 1,
                          header->height() / 2);
        QTest::mousePress(header->viewport(), Qt::LeftButton, {}, edge);
        QTest::mouseMove(header->viewport(), edge - QPoint(120, 0));
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, edge - QPoint(120, 0));
        QCOMPARE(customized.size(), 1);
        QVERIFY(!m_view->autoFit());
        const int chosen = header->sectionSize(0);
        QVERIFY2(chosen < nameWidth, qPrintable(QString::number(chosen)));
        m_window->resize(1000, 420);
        m_model->setContainer(m_store->object(SiteBuilder::recipientsDn(Org, Site))->id);
        QTest::qWait(50);
        QCOMPARE(header->sectionSize(0), chosen);
    }

    void aViewNarrowerThanItsColumnsWithNothingMoreToShowKeepsThem()
    {
        // Every column already as wide as its contents need, and the view narrower than them all:
        // nothing to share out (this divided by zero).
        QStandardItemModel model(1, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Display Name"), QStringLiteral("Last Modified")});
        model.setItem(0, 0, new QStandardItem(QStringLiteral("A")));
        model.setItem(0, 1, new QStandardItem(QStringLiteral("B")));
        ContentsView view;
        view.setModel(&model);
        view.resize(200, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.horizontalHeader()->resizeSection(0, 400);
        view.setAutoFit(true);
        QTest::qWait(50);
        QCOMPARE(view.horizontalHeader()->sectionSize(0), 400);
    }

    void theHeaderReadsAsAListsHeader()
    {
        // Selecting rows does not embolden every column title, and titles sit on the left.
        QTest::keyClick(m_view, Qt::Key_Down, Qt::ShiftModifier);
        QVERIFY(!m_view->horizontalHeader()->highlightSections());
        QCOMPARE(m_view->horizontalHeader()->defaultAlignment() & Qt::AlignHorizontal_Mask, Qt::AlignLeft);
        QVERIFY(!m_view->showGrid());
        QVERIFY(m_view->verticalHeader()->isHidden());
        sa::test::savePng(m_window.get(), QStringLiteral("contents-view"));
    }
};

QTEST_MAIN(TestContentsView)
#include "tst_contents_view.moc"
