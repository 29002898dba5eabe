#include "GeneralPage.h"

#include "core/directory/Schema.h"
#include "ui/common/Icons.h"
#include "ui/common/Text.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace sa::ui {

namespace attr = core::attr;

namespace {

QLabel* valueLabel(const QString& objectName)
{
    auto* l = new QLabel;
    l->setObjectName(objectName);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}

} // namespace

GeneralPage::GeneralPage(QWidget* parent)
    : PropertyPage(parent), m_icon(new QLabel), m_displayName(new QLineEdit),
      m_directoryName(valueLabel(QStringLiteral("directoryNameLabel"))), m_directoryEdit(new QLineEdit),
      m_objectType(valueLabel(QStringLiteral("objectTypeLabel"))),
      m_location(valueLabel(QStringLiteral("locationLabel"))),
      m_created(valueLabel(QStringLiteral("createdLabel"))),
      m_modified(valueLabel(QStringLiteral("modifiedLabel"))), m_adminNote(new QLineEdit)
{
    setObjectName(QStringLiteral("generalPage"));
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayName->setMaxLength(256);
    m_adminNote->setObjectName(QStringLiteral("adminNoteEdit"));
    m_adminNote->setMaxLength(1024);

    // One grid, so every label and every value lines up: the icon beside the two names, then the
    // facts about the object.
    auto* grid = new QGridLayout(this);
    m_grid = grid;
    m_icon->setFixedSize(40, 40);
    grid->addWidget(m_icon, 0, 0, 2, 1, Qt::AlignTop);
    auto* displayLabel = new QLabel(tr("&Display name:"));
    displayLabel->setBuddy(m_displayName);
    marks(m_displayName, attr::DisplayName);
    marks(m_directoryEdit, attr::CommonName);
    marks(m_adminNote, attr::AdminNote);
    grid->addWidget(displayLabel, 0, 1);
    grid->addWidget(m_displayName, 0, 2);
    auto* directoryLabel = new QLabel(tr("Di&rectory name:"));
    directoryLabel->setBuddy(m_directoryEdit);
    grid->addWidget(directoryLabel, 1, 1);
    auto* directory = new QHBoxLayout;
    directory->setContentsMargins(0, 0, 0, 0);
    directory->addWidget(m_directoryName);
    directory->addWidget(m_directoryEdit);
    grid->addLayout(directory, 1, 2);
    m_directoryEdit->setObjectName(QStringLiteral("directoryNameEdit"));
    m_directoryEdit->setMaxLength(64);

    auto* line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    grid->addWidget(line, 2, 0, 1, 3);

    m_nextRow = 3;
    addRow(tr("Object type:"), m_objectType);
    addRow(tr("Location:"), m_location);
    addRow(tr("Created:"), m_created);
    addRow(tr("Last modified:"), m_modified);
    addRow(tr("Administrati&ve note:"), m_adminNote);
    grid->setColumnStretch(2, 1);

    connect(m_displayName, &QLineEdit::textEdited, this, &PropertyPage::edited);
    connect(m_displayName, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (!m_directoryTouched)
            m_directoryEdit->setText(text.trimmed().left(64));
    });
    connect(m_directoryEdit, &QLineEdit::textEdited, this, [this] {
        m_directoryTouched = true;
        Q_EMIT edited();
    });
    connect(m_adminNote, &QLineEdit::textEdited, this, &PropertyPage::edited);
}

void GeneralPage::addRow(const QString& label, QWidget* field)
{
    auto* l = new QLabel(label);
    l->setBuddy(field);
    m_grid->setRowStretch(m_nextRow, 0);
    m_grid->addWidget(l, m_nextRow, 0, 1, 2);
    m_grid->addWidget(field, m_nextRow, 2);
    ++m_nextRow;
    m_grid->setRowStretch(m_nextRow, 1); // the rows stay at the top
}

void GeneralPage::load(const core::DirectoryObject& object)
{
    m_object = object;
    m_icon->setPixmap(Icons::forClass(object.cls->name).pixmap(36, 36));
    m_displayName->setText(object.value(attr::DisplayName));
    // The hint is the name the object goes by without a display name; a new one has none yet (its
    // dn is its container's, whose name the hint showed, issue 20).
    m_displayName->setPlaceholderText(isNew(object) ? QString() : object.rdn());
    m_directoryName->setText(object.rdn());
    m_directoryName->setVisible(!isNew(object));
    m_directoryEdit->setVisible(isNew(object));
    m_directoryEdit->setText(isNew(object) ? object.value(attr::CommonName) : QString()); // a preset name
    m_directoryTouched = false;
    m_objectType->setText(classLabel(object.cls));
    // A new object's dn is the container it will be created in.
    const core::Dn container = isNew(object) ? object.dn : object.dn.parent();
    m_location->setText(container.isEmpty() ? tr("(top of the directory)") : container.toString());
    if (isNew(object)) {
        m_created->setText(tr("Not created yet"));
        m_modified->setText(tr("Not created yet"));
    } else {
        m_created->setText(tr("%1 (USN %2)").arg(when(object.whenCreated)).arg(object.usnCreated));
        m_modified->setText(tr("%1 (USN %2)").arg(when(object.whenChanged)).arg(object.usnChanged));
    }
    m_adminNote->setText(object.value(attr::AdminNote));
}

QList<core::AttributeChange> GeneralPage::changes() const
{
    QList<core::AttributeChange> out;
    if (isNew(m_object) && !m_directoryEdit->text().trimmed().isEmpty())
        out.append(
            {attr::CommonName, core::AttributeChange::Op::Replace, {m_directoryEdit->text().trimmed()}});
    const QString display = m_displayName->text().trimmed();
    if (display != m_object.value(attr::DisplayName))
        out.append({attr::DisplayName, core::AttributeChange::Op::Replace, {display}});
    if (m_adminNote->text() != m_object.value(attr::AdminNote))
        out.append({attr::AdminNote, core::AttributeChange::Op::Replace, {m_adminNote->text()}});
    return out;
}

QString GeneralPage::validate() const
{
    if (isNew(m_object) && m_directoryEdit->text().trimmed().isEmpty())
        return problemIn(m_directoryEdit, tr("Type a directory name."));
    if (m_object.cls && core::Schema::instance().isRequired(*m_object.cls, attr::DisplayName) &&
        m_displayName->text().trimmed().isEmpty())
        return problemIn(m_displayName, tr("Type a display name."));
    return {};
}

} // namespace sa::ui
