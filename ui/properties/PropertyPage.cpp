#include "PropertyPage.h"

#include "core/directory/Secrets.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace sa::ui {

namespace {

const char* const MarkedAttribute = "saAttribute";
const char* const MarkedLabel = "saLabel";

/// A label's text as a summary shows it: no mnemonic, no colon.
QString plain(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    text = text.trimmed();
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text;
}

} // namespace

void PropertyPage::marks(QWidget* field, const QString& attribute, const QString& label)
{
    field->setProperty(MarkedAttribute, attribute);
    if (!label.isEmpty())
        field->setProperty(MarkedLabel, label);
}

QWidget* PropertyPage::markedField(const QString& attribute) const
{
    const auto fields = findChildren<QWidget*>();
    const auto field = std::find_if(fields.begin(), fields.end(), [&attribute](const QWidget* w) {
        return w->property(MarkedAttribute).toString() == attribute;
    });
    return field == fields.end() ? nullptr : *field;
}

bool PropertyPage::describe(const QString& attribute, QString* label, QString* shown) const
{
    QWidget* w = markedField(attribute);
    if (!w)
        return false;
    QString text = w->property(MarkedLabel).toString();
    if (auto* button = qobject_cast<QAbstractButton*>(w)) {
        if (text.isEmpty())
            text = button->text();
        *shown = button->isChecked() ? tr("Yes") : tr("No");
    } else {
        for (const QLabel* l : findChildren<QLabel*>()) {
            if (text.isEmpty() && l->buddy() == w)
                text = l->text();
        }
        if (auto* value = qobject_cast<QLabel*>(w))
            *shown = value->text();
        else if (auto* combo = qobject_cast<QComboBox*>(w))
            *shown = combo->currentText();
        else if (auto* spin = qobject_cast<QAbstractSpinBox*>(w))
            *shown = spin->text();
        else if (auto* line = qobject_cast<QLineEdit*>(w))
            *shown = line->echoMode() == QLineEdit::Normal ? line->text() : core::Secrets::Mask;
    }
    if (text.isEmpty())
        return false; // a field without a label names nothing
    *label = plain(text);
    return true;
}

} // namespace sa::ui
