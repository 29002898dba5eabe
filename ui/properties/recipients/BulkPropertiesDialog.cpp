#include "BulkPropertiesDialog.h"

#include "RecipientGeneralPage.h"
#include "core/directory/ClassDef.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/Schema.h"
#include "ui/common/Prompts.h"
#include "ui/common/Text.h"
#include "ui/session/UndoHistory.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace sa::ui {

namespace {

bool allows(const core::ClassDef& cls, const QString& attribute)
{
    return cls.required.contains(attribute) || cls.optional.contains(attribute);
}

/// The value the objects share, or nothing when they differ.
std::optional<QString> shared(const QList<core::DirectoryObject>& objects, const QString& attribute)
{
    const QString first = objects.value(0).value(attribute);
    for (const core::DirectoryObject& o : objects) {
        if (o.value(attribute) != first)
            return std::nullopt;
    }
    return first;
}

} // namespace

BulkPropertiesDialog::BulkPropertiesDialog(core::DirectoryStore& store,
                                           const QList<core::DirectoryObject>& objects, UndoHistory* history,
                                           QWidget* parent)
    : QDialog(parent), m_store(store), m_objects(objects), m_history(history)
{
    setObjectName(QStringLiteral("bulkPropertiesDialog"));
    // Opened for two objects or more (one has its own sheet).
    setWindowTitle(tr("Properties of %1 Objects").arg(objects.size()));
    auto* intro = new QLabel(tr("Check a field to give it to all %1 selected recipients; a checked field "
                                "left empty is cleared. Unchecked fields are left as they are.")
                                 .arg(objects.size()));
    intro->setWordWrap(true);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    // The General page's address and job fields, with its labels; the job first, the most often changed.
    const QList<RecipientGeneralPage::DetailField> fields =
        RecipientGeneralPage::jobFields() + RecipientGeneralPage::addressFields();
    for (const auto& f : fields) {
        if (!std::all_of(objects.begin(), objects.end(), [&](const core::DirectoryObject& o) {
                return o.cls && allows(*o.cls, f.attribute);
            }))
            continue; // not every selected object may have it
        auto* change = new QCheckBox(f.label);
        change->setObjectName(f.name + QStringLiteral("Check"));
        auto* value = new QLineEdit;
        value->setObjectName(f.name + QStringLiteral("Edit"));
        value->setEnabled(false);
        if (const core::AttributeDef* a = core::Schema::instance().findAttribute(f.attribute);
            a && a->maxLength > 0)
            value->setMaxLength(a->maxLength);
        // What they have now: their common value, or a greyed word that they differ.
        if (const auto common = shared(objects, f.attribute))
            value->setText(*common);
        else
            value->setPlaceholderText(tr("(differs)"));
        connect(change, &QCheckBox::toggled, value, [value](bool on) {
            value->setEnabled(on);
            if (on)
                value->setFocus();
        });
        const int row = grid->rowCount();
        grid->addWidget(change, row, 0);
        grid->addWidget(value, row, 1);
        m_fields.append({f.attribute, change, value});
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("bulkPropertiesButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BulkPropertiesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

core::ChangeSet BulkPropertiesDialog::changes() const
{
    core::ChangeSet out;
    for (const core::DirectoryObject& o : m_objects) {
        QList<core::AttributeChange> changes;
        for (const Field& f : m_fields) {
            if (!f.change->isChecked())
                continue;
            const QString v = f.value->text().trimmed();
            if (v != o.value(f.attribute))
                changes.append({f.attribute, core::AttributeChange::Op::Replace,
                                v.isEmpty() ? QStringList() : QStringList{v}});
        }
        if (!changes.isEmpty())
            out.modify(o.dn, changes);
    }
    return out;
}

void BulkPropertiesDialog::accept()
{
    const core::ChangeSet all = changes();
    if (all.isEmpty()) {
        QDialog::accept(); // nothing checked, or nothing different
        return;
    }
    const QString what = windowTitle();
    auto done = m_history ? m_history->commit(m_store, all, what) : m_store.commit(all);
    if (!done) {
        Prompts::failed(this, windowTitle(), done.error(),
                        tr("%1 Nothing was changed.").arg(sentence(done.error().translated())));
        return;
    }
    QDialog::accept();
}

} // namespace sa::ui
