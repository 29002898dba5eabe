#include "Text.h"

#include <QLabel>

namespace sa::ui {

QString sentence(const QString& message)
{
    QString s = message.trimmed();
    if (s.isEmpty())
        return s;
    s[0] = s[0].toUpper();
    if (!s.endsWith(QLatin1Char('.')))
        s += QLatin1Char('.');
    return s;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QLabel* errorLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setStyleSheet(QStringLiteral("color: #a00000;"));
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

void showError(QLabel* label, const QString& message)
{
    label->setText(sentence(message));
    label->setVisible(!message.isEmpty());
    if (QWidget* w = label->window())
        w->adjustSize();
}

} // namespace sa::ui
