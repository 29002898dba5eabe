#include "FindRecipientsDialog.h"

#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "ui/common/Icons.h"
#include "ui/common/RecipientContainers.h"
#include "ui/common/Text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sa::ui {

namespace attr = core::attr;

FindRecipientsDialog::FindRecipientsDialog(core::DirectoryStore& store, QWidget* parent)
    : QDialog(parent), m_store(store), m_lookIn(new QComboBox), m_results(new QTreeWidget),
      m_status(new QLabel)
{
    setObjectName(QStringLiteral("findRecipientsDialog"));
    setWindowTitle(tr("Find Recipients"));
    m_lookIn->setObjectName(QStringLiteral("lookInCombo"));
    m_results->setObjectName(QStringLiteral("findResults"));
    m_results->setAccessibleName(tr("Recipients found"));
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_lookIn->addItem(tr("All recipients containers"), 0);
    RecipientContainers::fill(m_lookIn, store, RecipientContainers::Sites::All, RecipientContainers::Data::Id,
                              0);
    m_lookIn->setCurrentIndex(0); // all of them, until another is chosen

    auto* grid = new QGridLayout;
    auto* lookIn = new QLabel(tr("&Look in:"));
    lookIn->setBuddy(m_lookIn); // without one, QLabel shows the "&" itself
    grid->addWidget(lookIn, 0, 0);
    grid->addWidget(m_lookIn, 0, 1, 1, 3);
    const QList<std::tuple<QString, QString, QString>> fields{
        {attr::DisplayName, tr("&Display name:"), QStringLiteral("findDisplayName")},
        {attr::Title, tr("&Title:"), QStringLiteral("findTitle")},
        {attr::GivenName, tr("&First name:"), QStringLiteral("findFirstName")},
        {attr::Company, tr("&Company:"), QStringLiteral("findCompany")},
        {attr::Surname, tr("Last na&me:"), QStringLiteral("findLastName")},
        {attr::Department, tr("De&partment:"), QStringLiteral("findDepartment")},
        {attr::MailNickname, tr("&Alias name:"), QStringLiteral("findAlias")},
        {attr::Office, tr("&Office:"), QStringLiteral("findOffice")},
    };
    for (int i = 0; i < fields.size(); ++i) {
        const auto& [attribute, label, name] = fields.at(i);
        auto* edit = new QLineEdit;
        edit->setObjectName(name);
        auto* l = new QLabel(label);
        l->setBuddy(edit);
        grid->addWidget(l, 1 + i / 2, (i % 2) * 2);
        grid->addWidget(edit, 1 + i / 2, (i % 2) * 2 + 1);
        m_fields.insert(attribute, edit);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    m_results->setHeaderLabels(
        {tr("Display Name"), tr("Alias Name"), tr("Title"), tr("Department"), tr("Container")});
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->header()->resizeSection(0, 200);

    auto* buttons = new QDialogButtonBox;
    QPushButton* find = buttons->addButton(tr("Find &Now"), QDialogButtonBox::ActionRole);
    find->setObjectName(QStringLiteral("findNowButton"));
    QPushButton* reset = buttons->addButton(tr("New &Search"), QDialogButtonBox::ResetRole);
    reset->setObjectName(QStringLiteral("newSearchButton"));
    QPushButton* select = buttons->addButton(tr("Op&en"), QDialogButtonBox::AcceptRole);
    select->setObjectName(QStringLiteral("openButton"));
    buttons->addButton(QDialogButtonBox::Close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    // Enter anywhere in the dialog is Find Now, as in the original. A default set before the
    // button is the dialog's is forgotten, and every other button of a dialog is an "auto default"
    // that takes Enter when it had focus last: New Search took it and wiped the search (issue 20).
    for (QPushButton* b : buttons->findChildren<QPushButton*>())
        b->setAutoDefault(false);
    find->setDefault(true);
    // What a person types first is a name: the dialog opens on Display name, not on Look in.
    m_fields.value(attr::DisplayName)->setFocus();

    connect(find, &QPushButton::clicked, this, &FindRecipientsDialog::findNow);
    connect(reset, &QPushButton::clicked, this, &FindRecipientsDialog::newSearch);
    connect(select, &QPushButton::clicked, this, &FindRecipientsDialog::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_results, &QTreeWidget::itemDoubleClicked, this, &FindRecipientsDialog::choose);
    resize(640, 480);
}

void FindRecipientsDialog::setCriterion(const QString& attribute, const QString& text)
{
    if (QLineEdit* e = m_fields.value(attribute))
        e->setText(text);
}

int FindRecipientsDialog::findNow()
{
    QMap<QString, QString> criteria;
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        if (!it.value()->text().trimmed().isEmpty())
            criteria.insert(it.key(), it.value()->text());
    }
    m_results->clear();
    auto found = m_store.findRecipients(m_lookIn->currentData().toLongLong(), criteria, MaxResults + 1);
    if (!found) {
        m_status->setText(found.error().translated());
        return 0;
    }
    QHash<qint64, QString> containers;
    for (int i = 0; i < std::min(int(found->size()), MaxResults); ++i) {
        const core::DirectoryObject& o = found->at(i);
        if (!containers.contains(o.parentId)) {
            auto c = m_store.objectById(o.parentId);
            containers.insert(o.parentId, c ? nameWithSite(c.value()) : QString());
        }
        auto* item = new QTreeWidgetItem(m_results,
                                         {o.displayName(), o.value(attr::MailNickname), o.value(attr::Title),
                                          o.value(attr::Department), containers.value(o.parentId)});
        item->setIcon(0, Icons::forClass(o.cls->name));
        item->setData(0, Qt::UserRole, o.id);
    }
    const int n = int(found->size());
    m_status->setText(n > MaxResults
                          ? tr("More than %L1 recipients match; the first %L1 are shown. Narrow the search.")
                                .arg(MaxResults)
                      : n == 1 ? tr("1 recipient found.")
                               : tr("%L1 recipients found.").arg(n));
    if (m_results->topLevelItemCount() > 0)
        m_results->setCurrentItem(m_results->topLevelItem(0));
    return std::min(n, MaxResults);
}

void FindRecipientsDialog::newSearch()
{
    for (QLineEdit* e : std::as_const(m_fields))
        e->clear();
    m_results->clear();
    m_status->clear();
}

void FindRecipientsDialog::choose()
{
    const QTreeWidgetItem* item = m_results->currentItem();
    if (!item)
        return;
    if (auto o = m_store.objectById(item->data(0, Qt::UserRole).toLongLong()))
        Q_EMIT chosen(o.value());
}

} // namespace sa::ui
