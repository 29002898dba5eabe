#include "ColumnsDialog.h"

#include "ui/common/Text.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sa::ui {

ColumnsDialog::ColumnsDialog(const QString& kind, const QStringList& shown, QWidget* parent)
    : QDialog(parent), m_kind(kind), m_available(new QListWidget), m_shown(new QListWidget),
      m_add(new QPushButton(tr("&Add ->"))), m_remove(new QPushButton(tr("<- &Remove"))),
      m_up(new QPushButton(tr("Move &Up"))), m_down(new QPushButton(tr("Move &Down")))
{
    setObjectName(QStringLiteral("columnsDialog"));
    setWindowTitle(tr("Columns"));
    m_available->setObjectName(QStringLiteral("availableColumns"));
    m_shown->setObjectName(QStringLiteral("shownColumns"));
    m_add->setObjectName(QStringLiteral("addColumnButton"));
    m_remove->setObjectName(QStringLiteral("removeColumnButton"));
    m_up->setObjectName(QStringLiteral("moveUpButton"));
    m_down->setObjectName(QStringLiteral("moveDownButton"));
    auto* reset = new QPushButton(tr("R&eset"));
    reset->setObjectName(QStringLiteral("resetColumnsButton"));

    auto* middle = new QVBoxLayout;
    middle->addStretch(1);
    middle->addWidget(m_add);
    middle->addWidget(m_remove);
    middle->addSpacing(12);
    middle->addWidget(m_up);
    middle->addWidget(m_down);
    middle->addSpacing(12);
    middle->addWidget(reset);
    middle->addStretch(1);

    auto* grid = new QGridLayout;
    auto* availableLabel = buddyLabel(tr("A&vailable columns:"), m_available);
    auto* shownLabel = buddyLabel(tr("&Show the following columns:"), m_shown);
    grid->addWidget(availableLabel, 0, 0);
    grid->addWidget(shownLabel, 0, 2);
    grid->addWidget(m_available, 1, 0);
    grid->addLayout(middle, 1, 1);
    grid->addWidget(m_shown, 1, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const auto items = m_available->selectedItems();
        m_shown->clearSelection();
        for (QListWidgetItem* item : items) {
            m_shown->addItem(m_available->takeItem(m_available->row(item)));
            item->setSelected(true); // so Move Up / Move Down act on what was just added
            m_shown->setCurrentItem(item);
        }
        updateButtons();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        for (QListWidgetItem* item : m_shown->selectedItems()) {
            if (m_shown->count() > 1) // a list shows at least one column
                m_available->addItem(m_shown->takeItem(m_shown->row(item)));
        }
        updateButtons();
    });
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
    connect(reset, &QPushButton::clicked, this, [this] { fill(ColumnCatalog::defaults(m_kind)); });
    connect(m_available, &QListWidget::itemSelectionChanged, this, &ColumnsDialog::updateButtons);
    connect(m_shown, &QListWidget::itemSelectionChanged, this, &ColumnsDialog::updateButtons);
    connect(m_available, &QListWidget::itemDoubleClicked, m_add, &QPushButton::click);
    connect(m_shown, &QListWidget::itemDoubleClicked, m_remove, &QPushButton::click);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fill(shown);
}

void ColumnsDialog::fill(const QStringList& shown)
{
    m_available->clear();
    m_shown->clear();
    for (const ColumnDef& c : ColumnCatalog::resolve(m_kind, shown)) {
        auto* item = new QListWidgetItem(c.title(), m_shown);
        item->setData(Qt::UserRole, c.id);
    }
    for (const ColumnDef& c : ColumnCatalog::available(m_kind)) {
        if (shownColumns().contains(c.id))
            continue;
        auto* item = new QListWidgetItem(c.title(), m_available);
        item->setData(Qt::UserRole, c.id);
    }
    updateButtons();
}

void ColumnsDialog::move(int delta)
{
    const int row = m_shown->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_shown->count())
        return;
    m_shown->insertItem(to, m_shown->takeItem(row));
    m_shown->setCurrentRow(to);
    updateButtons();
}

void ColumnsDialog::updateButtons()
{
    m_add->setEnabled(!m_available->selectedItems().isEmpty());
    m_remove->setEnabled(!m_shown->selectedItems().isEmpty() && m_shown->count() > 1);
    const int row = m_shown->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_shown->count() - 1);
}

QStringList ColumnsDialog::shownColumns() const
{
    QStringList ids;
    for (int i = 0; i < m_shown->count(); ++i)
        ids << m_shown->item(i)->data(Qt::UserRole).toString();
    return ids;
}

} // namespace sa::ui
