#include "ValueListPage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sa::ui {

ValueListPage::ValueListPage(const QString& attribute, const QStringList& headers, QWidget* parent)
    : PropertyPage(parent), m_attribute(attribute), m_note(new QLabel), m_list(new QTreeWidget),
      m_add(new QPushButton(tr("&New..."))), m_edit(new QPushButton(tr("&Edit..."))),
      m_remove(new QPushButton(tr("&Remove"))), m_buttonColumn(new QVBoxLayout)
{
    m_list->setObjectName(QStringLiteral("valueList"));
    m_list->setHeaderLabels(headers);
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(true);
    QPushButton* add = m_add;
    add->setObjectName(QStringLiteral("newValueButton"));
    m_edit->setObjectName(QStringLiteral("editValueButton"));
    m_remove->setObjectName(QStringLiteral("removeValueButton"));
    m_buttonColumn->addWidget(add);
    m_buttonColumn->addWidget(m_edit);
    m_buttonColumn->addWidget(m_remove);
    auto* buttons = new QVBoxLayout;
    buttons->addLayout(m_buttonColumn);
    buttons->addStretch(1);
    m_note->setObjectName(QStringLiteral("valueListNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(row, 1);

    connect(add, &QPushButton::clicked, this, [this] { edit(-1); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            edit(currentRow());
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, m_edit, &QPushButton::click);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeValue(currentRow()); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ValueListPage::updateButtons);
    updateButtons();
}

void ValueListPage::setListName(const QString& name)
{
    m_list->setAccessibleName(name);
}

QString ValueListPage::derivedToolTip() const
{
    return tr("Added automatically; it changes with what it comes from.");
}

void ValueListPage::setNote(const QString& text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void ValueListPage::setButtonTexts(const QString& add, const QString& edit, const QString& remove)
{
    m_add->setText(add);
    m_edit->setText(edit);
    m_remove->setText(remove);
}

void ValueListPage::load(const core::DirectoryObject& object)
{
    m_object = object;
    m_values = object.valuesOf(m_attribute);
    fill();
}

QList<core::AttributeChange> ValueListPage::changes() const
{
    if (m_values == m_object.valuesOf(m_attribute))
        return {};
    return {{m_attribute, core::AttributeChange::Op::Replace, m_values}};
}

void ValueListPage::setValue(int row, const QString& value)
{
    const int existing = int(m_values.indexOf(value));
    if (existing >= 0 && existing != row)
        return;
    if (row >= 0 && row < m_values.size())
        m_values[row] = value;
    else
        m_values.append(value);
    fill();
    m_list->setCurrentItem(
        m_list->topLevelItem(existing >= 0 ? existing : (row >= 0 ? row : int(m_values.size()) - 1)));
    Q_EMIT edited();
    Q_EMIT valuesChanged();
}

void ValueListPage::removeValue(int row)
{
    if (row < 0 || row >= m_values.size())
        return;
    m_values.removeAt(row);
    fill();
    Q_EMIT edited();
    Q_EMIT valuesChanged();
}

void ValueListPage::refresh()
{
    fill();
}

int ValueListPage::currentRow() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row < m_values.size() ? row : -1;
}

void ValueListPage::fill()
{
    m_list->clear();
    for (const QString& v : m_values)
        new QTreeWidgetItem(m_list, columns(v));
    for (const QString& v : derived()) {
        auto* item = new QTreeWidgetItem(m_list, columns(v));
        item->setFlags(Qt::NoItemFlags);
        for (int c = 0; c < m_list->columnCount(); ++c)
            item->setToolTip(c, derivedToolTip());
    }
    for (int c = 0; c + 1 < m_list->columnCount(); ++c)
        m_list->resizeColumnToContents(c);
    updateButtons();
}

void ValueListPage::updateButtons()
{
    const bool selected = currentRow() >= 0;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

} // namespace sa::ui
