#include "Text.h"

#include "Tones.h"
#include "core/common/Phrase.h"
#include "core/directory/ClassDef.h"
#include "core/directory/DirectoryObject.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLabel>
#include <QLocale>

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

QString when(const QDateTime& moment)
{
    if (!moment.isValid())
        return QStringLiteral("-");
    const QLocale locale;
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (!time.contains(QLatin1String("ss")))
        time.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return locale.toString(moment.toLocalTime(),
                           locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + time);
}

QLabel* buddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    if (buddy->accessibleName().isEmpty())
        buddy->setAccessibleName(labelName(text));
    return label;
}

QString labelName(const QString& text)
{
    QString name;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i; // "&&" is one ampersand, "&x" the letter x
        name += text.at(i);
    }
    name = name.trimmed();
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    return name.trimmed();
}

QLabel* errorLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    Tones::mark(label, Tones::Kind::Error);
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

QString nameWithSite(const QString& name, const QString& site)
{
    return site.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, site);
}

QString nameWithSite(const core::DirectoryObject& object)
{
    const QList<core::Rdn>& rdns = object.dn.rdns();
    const bool inSite = rdns.size() > 1 && rdns.at(1).type == QLatin1String("ou");
    return nameWithSite(object.displayName(), inSite ? rdns.at(1).value : QString());
}

QString classLabel(const core::ClassDef* cls)
{
    return cls ? core::Phrase::known(cls->label).translated() : QString();
}

QString keywordText(const char* context, const QString& keyword, std::initializer_list<const char*> keywords)
{
    for (const char* k : keywords) {
        if (keyword == QLatin1String(k))
            return QCoreApplication::translate(context, k);
    }
    return keyword;
}

QString levelText(const QString& level)
{
    return keywordText(
        "sa::ui::Levels", level,
        {QT_TRANSLATE_NOOP("sa::ui::Levels", "Error"), QT_TRANSLATE_NOOP("sa::ui::Levels", "Warning"),
         QT_TRANSLATE_NOOP("sa::ui::Levels", "Information"), QT_TRANSLATE_NOOP("sa::ui::Levels", "None"),
         QT_TRANSLATE_NOOP("sa::ui::Levels", "Minimum"), QT_TRANSLATE_NOOP("sa::ui::Levels", "Medium"),
         QT_TRANSLATE_NOOP("sa::ui::Levels", "Maximum")});
}

} // namespace sa::ui
