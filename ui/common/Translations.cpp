#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace sa::ui {

namespace {
const QString OurFolder = QStringLiteral(":/i18n");
const QString OurName = QStringLiteral("siteadmin");
QString g_language; // set once by install(), before any window
} // namespace

QStringList Translations::shipped()
{
    QStringList languages;
    const QStringList files = QDir(OurFolder).entryList({OurName + QStringLiteral("_*.qm")}, QDir::Files);
    for (const QString& file : files)
        languages << file.mid(OurName.size() + 1).chopped(3);
    return languages;
}

QString Translations::install(const QLocale& locale)
{
    // Parented to the application: they live as long as it and go with it.
    auto* ours = new QTranslator(QCoreApplication::instance());
    // QTranslator::load(QLocale, ...) walks the locale's UI languages (de_AT, then de, ...) and
    // stops at the first file there is; English (the source language) has none.
    if (!ours->load(locale, OurName, QStringLiteral("_"), OurFolder)) {
        delete ours;
        return {};
    }
    QCoreApplication::installTranslator(ours);
    const QString language = QLocale(ours->language()).name().section(QLatin1Char('_'), 0, 0);

    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(ours->language()), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt; // the system lacks Qt's translations (qt6-translations-l10n): our own still apply
    g_language = language;
    return language;
}

QString Translations::language()
{
    return g_language;
}

} // namespace sa::ui
