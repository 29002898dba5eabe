#include "TemplateMapPage.h"

#include "core/directory/Schema.h"
#include "core/dirsync/DirsyncTemplateMap.h"
#include "ui/common/Text.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace sa::ui {

namespace attr = core::attr;

namespace {

/// The attributes a template field can fill: a person's text attributes of a custom recipient.
QStringList mappable()
{
    QStringList out;
    const core::Schema& schema = core::Schema::instance();
    const core::ClassDef* custom = schema.findClass(QStringLiteral("custom-recipient"));
    for (const QString& name : schema.allowedAttributes(*custom)) {
        const core::AttributeDef* a = schema.findAttribute(name);
        if (a && !a->system && !a->multiValued && a->syntax == core::Syntax::String &&
            name != attr::DisplayName && name != attr::ImportedFrom && name != attr::AdminNote)
            out << name;
    }
    out.sort();
    return out;
}

} // namespace

TemplateMapPage::TemplateMapPage(bool incoming, QWidget* parent)
    : ValueListPage(
          incoming ? attr::DxaInTemplateMap : attr::DxaOutTemplateMap,
          {incoming ? tr("Map the string") : tr("Attribute"), incoming ? tr("Mapped to") : tr("Sent as")},
          parent),
      m_incoming(incoming)
{
    setObjectName(incoming ? QStringLiteral("incomingTemplatesPage")
                           : QStringLiteral("outgoingTemplatesPage"));
    setListName(incoming ? tr("Incoming template map") : tr("Outgoing template map"));
    setNote(incoming ? tr("Template fields of the entries MS Mail sends (such as Department:) and the "
                          "attributes of the custom recipients they fill. While none is set, the greyed "
                          "defaults apply. A requestor applies them only with Settings > Receive template "
                          "information.")
                     : tr("Attributes of the recipients exported to MS Mail and the template fields they "
                          "are sent as. While none is set, only names and addresses are sent. A requestor "
                          "sends them only with Settings > Send local template information."));
}

QStringList TemplateMapPage::derived() const
{
    QStringList out;
    if (!m_incoming || !values().isEmpty())
        return out;
    for (const auto& [prompt, attribute] : core::DirsyncTemplateMap::defaultIncoming())
        out << prompt + QStringLiteral(":|") + attribute;
    return out;
}

QString TemplateMapPage::derivedToolTip() const
{
    return tr("A default: it applies while no mapping is set here.");
}

QString TemplateMapPage::title() const
{
    return m_incoming ? tr("Incoming Templates") : tr("Outgoing Templates");
}

QStringList TemplateMapPage::columns(const QString& value) const
{
    const QString prompt = value.section(QLatin1Char('|'), 0, 0);
    const QString attribute = value.section(QLatin1Char('|'), 1);
    return m_incoming ? QStringList{prompt, attribute} : QStringList{attribute, prompt};
}

void TemplateMapPage::edit(int row)
{
    const QString current = row >= 0 ? values().at(row) : QString();
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("templateMapDialog"));
    dialog->setWindowTitle(row >= 0 ? tr("Edit Template Mapping") : tr("New Template Mapping"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMinimumWidth(420);
    auto* prompt = new QLineEdit(current.section(QLatin1Char('|'), 0, 0));
    prompt->setObjectName(QStringLiteral("templatePromptEdit"));
    prompt->setPlaceholderText(QStringLiteral("Department:"));
    auto* attribute = new QComboBox;
    attribute->setObjectName(QStringLiteral("templateAttributeCombo"));
    attribute->addItems(mappable());
    if (!current.isEmpty())
        attribute->setCurrentText(current.section(QLatin1Char('|'), 1));
    auto* error = errorLabel(QStringLiteral("templateMapError"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* form = new QFormLayout(dialog);
    form->addRow(buddyLabel(m_incoming ? tr("&Map the string:") : tr("&Send as the string:"), prompt),
                 prompt);
    form->addRow(buddyLabel(m_incoming ? tr("Mapped to the &attribute:") : tr("The &attribute:"), attribute),
                 attribute);
    form->addRow(error);
    form->addRow(buttons);
    connect(prompt, &QLineEdit::textEdited, error, &QLabel::hide);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=] {
        QString text = prompt->text().trimmed();
        if (text.isEmpty() || text.contains(QLatin1Char('|')) || text.contains(QStringLiteral(":/"))) {
            showError(
                error,
                tr("Type the template's prompt as MS Mail shows it, such as Department: (no | or :/)."));
            return;
        }
        if (!text.endsWith(QLatin1Char(':')))
            text += QLatin1Char(':');
        setValue(row, text + QLatin1Char('|') + attribute->currentText());
        dialog->accept();
    });
    dialog->open();
}

} // namespace sa::ui
