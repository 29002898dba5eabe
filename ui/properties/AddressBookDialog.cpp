#include "AddressBookDialog.h"

#include "PropertySheet.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "ui/common/Icons.h"
#include "ui/common/Prompts.h"
#include "ui/common/RecipientContainers.h"
#include "ui/common/Text.h"
#include "ui/dialogs/FindRecipientsDialog.h"
#include "ui/models/ColumnCatalog.h"
#include "ui/models/ContentsModel.h"
#include "ui/views/ContentsView.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sa::ui {

namespace {

core::ListFilter recipientsFilter()
{
    core::ListFilter f;
    for (const core::ClassDef& c : core::Schema::instance().classes()) {
        if (c.recipient)
            f.classes << c.name;
    }
    f.includeHidden = false;
    return f;
}

} // namespace

AddressBookDialog::AddressBookDialog(core::DirectoryStore& store, Mode mode, const QString& title,
                                     const QString& chosenLabel, QWidget* parent)
    : QDialog(parent), m_store(store), m_mode(mode), m_filter(recipientsFilter()),
      m_containers(new QComboBox), m_name(new QLineEdit), m_names(new ContentsView),
      m_model(new ContentsModel(store, this))
{
    setObjectName(QStringLiteral("addressBookDialog"));
    setWindowTitle(title);
    m_containers->setObjectName(QStringLiteral("showNamesCombo"));
    m_name->setObjectName(QStringLiteral("typeNameEdit"));
    m_names->setObjectName(QStringLiteral("namesView"));
    m_model->setColumns(
        ColumnCatalog::resolve(QStringLiteral("recipients"), {QStringLiteral("display-name")}));
    m_names->setModel(m_model);
    m_names->horizontalHeader()->hide();
    m_names->setSelectionMode(mode == Mode::Multiple ? QAbstractItemView::ExtendedSelection
                                                     : QAbstractItemView::SingleSelection);

    // Every site has its Recipients: each is named with its site, as the original's hierarchy of
    // sites told them apart; it opens on this site's Recipients.
    RecipientContainers::fill(m_containers, store, RecipientContainers::Sites::All,
                              RecipientContainers::Data::Id, 0);

    auto* properties = new QPushButton(tr("P&roperties"));
    properties->setObjectName(QStringLiteral("propertiesButton"));
    auto* find = new QPushButton(tr("&Find..."));
    find->setObjectName(QStringLiteral("findButton"));

    auto* grid = new QGridLayout;
    auto* showLabel = new QLabel(tr("Show Names from the:"));
    showLabel->setBuddy(m_containers);
    grid->addWidget(showLabel, 0, 0);
    grid->addWidget(m_containers, 0, 1);
    auto* typeLabel = new QLabel(tr("&Type Name or Select from List:"));
    typeLabel->setBuddy(m_name);
    grid->addWidget(typeLabel, 1, 0, 1, 2);
    grid->addWidget(m_name, 2, 0, 1, 2);
    grid->addWidget(m_names, 3, 0, 1, 2);
    auto* side = new QHBoxLayout;
    side->addWidget(properties);
    side->addWidget(find);
    side->addStretch(1);
    grid->addLayout(side, 4, 0, 1, 2);
    if (mode == Mode::Multiple) {
        m_chosen = new QListWidget;
        m_chosen->setObjectName(QStringLiteral("chosenList"));
        m_chosen->setSelectionMode(QAbstractItemView::ExtendedSelection);
        auto* add = new QPushButton(tr("&Add ->"));
        add->setObjectName(QStringLiteral("addButton"));
        auto* remove = new QPushButton(tr("Re&move"));
        remove->setObjectName(QStringLiteral("removeButton"));
        auto* middle = new QVBoxLayout;
        middle->addStretch(1);
        middle->addWidget(add);
        middle->addStretch(1);
        grid->addLayout(middle, 3, 2);
        grid->addWidget(new QLabel(chosenLabel), 2, 3);
        grid->addWidget(m_chosen, 3, 3);
        grid->addWidget(remove, 4, 3, Qt::AlignLeft);
        connect(add, &QPushButton::clicked, this, &AddressBookDialog::addSelected);
        connect(m_names, &QAbstractItemView::doubleClicked, this, &AddressBookDialog::addSelected);
        // Enter after a typed name closed the book without it (issue 20): it adds the match, as
        // Add -> does, and the box is ready for the next name; Enter in the empty box is OK.
        m_name->installEventFilter(this);
        connect(remove, &QPushButton::clicked, this, [this] {
            for (QListWidgetItem* item : m_chosen->selectedItems()) {
                const qint64 id = item->data(Qt::UserRole).toLongLong();
                m_chosenObjects.erase(
                    std::remove_if(m_chosenObjects.begin(), m_chosenObjects.end(),
                                   [id](const core::DirectoryObject& o) { return o.id == id; }),
                    m_chosenObjects.end());
                delete item;
            }
        });
    } else {
        connect(m_names, &QAbstractItemView::doubleClicked, this, &AddressBookDialog::accept);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("addressBookButtons"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(buttons);

    connect(m_containers, &QComboBox::currentIndexChanged, this, &AddressBookDialog::containerChanged);
    connect(m_name, &QLineEdit::textEdited, this, &AddressBookDialog::typeName);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddressBookDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddressBookDialog::reject);
    connect(properties, &QPushButton::clicked, this, [this] {
        const core::DirectoryObject o = current();
        if (!o.isValid())
            return;
        auto* sheet = new PropertySheet(m_store, o, this);
        sheet->setHistory(m_history);
        sheet->setAttribute(Qt::WA_DeleteOnClose);
        sheet->open();
    });
    connect(find, &QPushButton::clicked, this, [this] {
        auto* dialog = new FindRecipientsDialog(m_store, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &FindRecipientsDialog::chosen, this, [this](const core::DirectoryObject& o) {
            if (showNamesFrom(o.dn.parent()))
                typeName(o.displayName());
            if (m_mode == Mode::Multiple)
                addSelected();
        });
        dialog->open();
    });
    containerChanged();
    resize(mode == Mode::Multiple ? 640 : 400, 440);
}

void AddressBookDialog::setFilter(const core::ListFilter& filter)
{
    m_filter = filter;
    containerChanged();
}

void AddressBookDialog::containerChanged()
{
    m_model->setContainer(m_containers->currentData().toLongLong(), m_filter);
    if (m_model->rowCount() > 0)
        m_names->setCurrentIndex(m_model->index(0, 0));
}

bool AddressBookDialog::showNamesFrom(const core::Dn& container)
{
    auto c = m_store.object(container);
    if (!c)
        return false;
    const int i = m_containers->findData(c->id);
    if (i < 0)
        return false;
    m_containers->setCurrentIndex(i);
    return true;
}

void AddressBookDialog::typeName(const QString& text)
{
    if (m_name->text() != text)
        m_name->setText(text);
    if (m_model->rowCount() == 0)
        return;
    const QModelIndex index = m_model->index(m_model->rowForPrefix(text), 0);
    m_names->setCurrentIndex(index);
    m_names->scrollTo(index);
}

bool AddressBookDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_name && event->type() == QEvent::KeyPress && !m_name->text().trimmed().isEmpty()) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && current().isValid()) {
            addSelected();
            m_name->clear();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

core::DirectoryObject AddressBookDialog::current() const
{
    const QModelIndex index = m_names->currentIndex();
    if (!index.isValid())
        return {};
    auto o = m_store.objectById(index.data(ContentsModel::IdRole).toLongLong());
    return o ? o.value() : core::DirectoryObject();
}

void AddressBookDialog::setChosen(const QList<core::DirectoryObject>& objects)
{
    m_chosenObjects.clear();
    if (m_chosen)
        m_chosen->clear();
    for (const core::DirectoryObject& o : objects) {
        m_chosenObjects << o;
        if (m_chosen) {
            auto* item = new QListWidgetItem(Icons::forClass(o.cls->name), o.displayName(), m_chosen);
            item->setData(Qt::UserRole, o.id);
        }
    }
}

void AddressBookDialog::addSelected()
{
    QList<core::DirectoryObject> more = m_chosenObjects;
    for (const QModelIndex& index : m_names->selectionModel()->selectedRows()) {
        const qint64 id = index.data(ContentsModel::IdRole).toLongLong();
        const bool known = std::any_of(more.begin(), more.end(),
                                       [id](const core::DirectoryObject& o) { return o.id == id; });
        if (known)
            continue;
        if (auto o = m_store.objectById(id))
            more << o.value();
    }
    setChosen(more);
}

QList<core::DirectoryObject> AddressBookDialog::chosen() const
{
    return m_chosenObjects;
}

void AddressBookDialog::accept()
{
    if (m_mode == Mode::Single) {
        const core::DirectoryObject o = current();
        if (!o.isValid()) {
            Prompts::refuse(this, windowTitle(), tr("Select a name from the list."));
            return;
        }
        m_chosenObjects = {o};
    }
    QDialog::accept();
}

} // namespace sa::ui
