#include "RawPropertiesPage.h"

#include "core/directory/Schema.h"
#include "core/directory/Secrets.h"
#include "ui/common/Prompts.h"
#include "ui/common/Text.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sa::ui {

namespace {

/// An attribute's description from the schema, in the window's language.
QString description(const core::AttributeDef& def)
{
    for (int i = 1; i <= core::attr::ExtensionAttributeCount; ++i) {
        if (def.name == core::attr::extensionAttribute(i)) // made with its number, so said here whole
            return QCoreApplication::translate("sa::core::Phrase", "Custom attribute %1.").arg(i);
    }
    return core::Phrase::known(def.description).translated();
}
enum class Listing
{
    All,
    Required,
    Optional,
    System
};
} // namespace

RawPropertiesPage::RawPropertiesPage(QWidget* parent)
    : PropertyPage(parent), m_type(new QComboBox), m_list(new QTreeWidget), m_syntax(new QLabel),
      m_value(new QPlainTextEdit), m_set(new QPushButton(tr("&Set"))), m_clear(new QPushButton(tr("&Clear"))),
      m_show(new QPushButton(tr("S&how")))
{
    setObjectName(QStringLiteral("rawPropertiesPage"));
    m_type->setObjectName(QStringLiteral("rawTypeCombo"));
    m_type->addItems({tr("All"), tr("Required"), tr("Optional"), tr("System")});
    m_list->setObjectName(QStringLiteral("rawAttributesList"));
    m_list->setHeaderLabels({tr("Attribute"), tr("Value")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_syntax->setObjectName(QStringLiteral("rawSyntaxLabel"));
    m_syntax->setWordWrap(true);
    m_syntax->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_syntax->setMinimumHeight(3 * fontMetrics().lineSpacing());
    m_value->setObjectName(QStringLiteral("rawValueEdit"));
    m_value->setMaximumHeight(72);
    m_value->setTabChangesFocus(true);
    m_set->setObjectName(QStringLiteral("rawSetButton"));
    m_clear->setObjectName(QStringLiteral("rawClearButton"));
    m_show->setObjectName(QStringLiteral("rawShowButton"));
    m_show->setToolTip(tr("Show or hide a secret value such as a dirsync password"));

    auto* top = new QFormLayout;
    top->addRow(tr("List attributes of &type:"), m_type);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_set);
    buttons->addWidget(m_clear);
    buttons->addWidget(m_show);
    buttons->addStretch(1);
    auto* edit = new QHBoxLayout;
    edit->addWidget(m_value, 1);
    edit->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    auto* listLabel = buddyLabel(tr("Object &attributes:"), m_list);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    auto* valueLabel = new QLabel(tr("Attribute &value (one value per line):"));
    valueLabel->setBuddy(m_value);
    layout->addWidget(valueLabel);
    layout->addLayout(edit);
    layout->addWidget(m_syntax);

    connect(m_type, &QComboBox::currentIndexChanged, this, &RawPropertiesPage::fill);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RawPropertiesPage::showSelected);
    connect(m_set, &QPushButton::clicked, this, &RawPropertiesPage::setValue);
    connect(m_clear, &QPushButton::clicked, this, &RawPropertiesPage::clearValue);
    connect(m_show, &QPushButton::clicked, this, &RawPropertiesPage::toggleSecret);
    connect(m_value, &QPlainTextEdit::textChanged, this, [this] {
        // A masked secret is replaced by typing a new one: Set has nothing to set until then.
        if (isMasked(selectedAttribute()) && !m_value->isReadOnly())
            m_set->setEnabled(!m_value->toPlainText().trimmed().isEmpty());
    });
}

void RawPropertiesPage::load(const core::DirectoryObject& object)
{
    m_object = object;
    m_staged.clear();
    m_others.clear();
    m_revealed.clear();
    fill();
}

QStringList RawPropertiesPage::showPending(const core::AttributeValues& values)
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        m_others.insert(it.key(), it.value());
        m_staged.remove(it.key()); // the later edit, made on another page, is the one that stands
    }
    fill();
    return values.keys();
}

QStringList RawPropertiesPage::baseValues(const QString& name) const
{
    return m_others.contains(name) ? m_others.value(name) : m_object.allAttributes().value(name);
}

QString RawPropertiesPage::selectedAttribute() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->text(0) : QString();
}

void RawPropertiesPage::fill()
{
    if (!m_object.cls)
        return;
    const core::Schema& schema = core::Schema::instance();
    const QString keep = selectedAttribute();
    const auto listing = Listing(m_type->currentIndex());
    const core::AttributeValues values = m_object.allAttributes();
    m_list->clear();
    QTreeWidgetItem* current = nullptr;
    for (const QString& name : schema.allowedAttributes(*m_object.cls)) {
        const core::AttributeDef* def = schema.findAttribute(name);
        const bool required = schema.isRequired(*m_object.cls, name);
        if ((listing == Listing::Required && !required) || (listing == Listing::System && !def->system) ||
            (listing == Listing::Optional && (required || def->system)))
            continue;
        const bool staged = m_staged.contains(name);
        const bool elsewhere = !staged && m_others.contains(name);
        const QStringList v = core::Secrets::shown(name,
                                                   staged      ? m_staged.value(name)
                                                   : elsewhere ? m_others.value(name)
                                                               : values.value(name),
                                                   isMasked(name) ? core::Secrets::Display::Masked
                                                                  : core::Secrets::Display::Revealed);
        auto* item = new QTreeWidgetItem(m_list, {name, v.join(QStringLiteral("; "))});
        if (staged) {
            QFont f = item->font(0);
            f.setBold(true);
            item->setFont(0, f);
            item->setFont(1, f);
        } else if (elsewhere) {
            QFont f = item->font(0);
            f.setItalic(true);
            item->setFont(0, f);
            item->setFont(1, f);
            item->setToolTip(1, tr("Changed on another page; saved with OK or Apply"));
        }
        if (def->system)
            item->setForeground(0, m_list->palette().brush(QPalette::Disabled, QPalette::Text));
        if (name == keep)
            current = item;
    }
    m_list->sortItems(0, Qt::AscendingOrder);
    m_list->setCurrentItem(current ? current : m_list->topLevelItem(0));
    showSelected();
}

void RawPropertiesPage::showSelected()
{
    const QString name = selectedAttribute();
    const core::AttributeDef* def = core::Schema::instance().findAttribute(name);
    const bool editable = def && !def->system;
    if (!def) {
        m_value->clear();
        m_syntax->clear();
    } else {
        const QStringList v = m_staged.contains(name) ? m_staged.value(name) : baseValues(name);
        // A masked secret's field is empty, its mask in the placeholder: Set never writes the mask.
        m_value->setPlainText(isMasked(name) ? QString() : v.join(QLatin1Char('\n')));
        m_value->setPlaceholderText(
            isMasked(name) && !v.isEmpty()
                ? tr("%1 (secret: Show to see it, or type a new value and Set)").arg(core::Secrets::Mask)
                : QString());
        QString info = tr("%1: %2, %3")
                           .arg(def->name, core::syntaxName(def->syntax),
                                def->multiValued ? tr("multi-valued") : tr("single-valued"));
        if (def->system)
            info += tr("; kept by the directory (read-only)");
        if (!def->description.isEmpty())
            info += QStringLiteral(". ") + description(*def);
        m_syntax->setText(info);
    }
    m_value->setReadOnly(!editable);
    m_set->setEnabled(editable && !isMasked(name));
    m_clear->setEnabled(editable);
    const bool secret = core::Secrets::isSecret(name);
    m_show->setEnabled(secret);
    m_show->setText(secret && !isMasked(name) ? tr("&Hide") : tr("S&how"));
}

bool RawPropertiesPage::isMasked(const QString& name) const
{
    return core::Secrets::isSecret(name) && !m_revealed.contains(name);
}

void RawPropertiesPage::toggleSecret()
{
    const QString name = selectedAttribute();
    if (!core::Secrets::isSecret(name))
        return;
    if (m_revealed.remove(name)) {
        fill();
        return;
    }
    if (Prompts::question(this, tr("Show %1").arg(name),
                          tr("Show %1 of %2 in the clear? Anyone who can see this screen can read it.")
                              .arg(name, m_object.displayName())) != QMessageBox::Yes)
        return;
    m_revealed.insert(name);
    fill();
}

void RawPropertiesPage::setValue()
{
    const QString name = selectedAttribute();
    if (name.isEmpty())
        return;
    QStringList values;
    for (const QString& line : m_value->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            values << line.trimmed();
    }
    m_staged.insert(name, values);
    fill();
    Q_EMIT edited();
}

void RawPropertiesPage::clearValue()
{
    m_value->clear();
    setValue();
}

bool RawPropertiesPage::selectAttribute(const QString& name)
{
    const auto items = m_list->findItems(name, Qt::MatchFixedString, 0);
    if (items.isEmpty())
        return false;
    m_list->setCurrentItem(items.first());
    return true;
}

QList<core::AttributeChange> RawPropertiesPage::changes() const
{
    QList<core::AttributeChange> out;
    for (auto it = m_staged.constBegin(); it != m_staged.constEnd(); ++it) {
        if (it.value() != baseValues(it.key()))
            out.append({it.key(), core::AttributeChange::Op::Replace, it.value()});
    }
    return out;
}

} // namespace sa::ui
