// SPDX-License-Identifier: MIT
#include "Translations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace novapost {

namespace {

QTranslator* g_appTranslator = nullptr;
QTranslator* g_qtTranslator = nullptr;

void removeInstalled()
{
    for (QTranslator** translator : {&g_appTranslator, &g_qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

/**
 * The locale for dates and numbers: that of the language the window speaks, so they keep one format
 * whether the language was chosen or came from the system. The system's regional variant is kept when
 * it is that language (English chosen on en_GB stays en_GB). "C" (LANG=C) speaks English with its own
 * unambiguous formats ("30 Nov 2027 08:14:00", numbers without grouping), so English keeps those.
 */
QLocale localeFor(const QString& language)
{
    const QLocale system = QLocale::system();
    if (language.isEmpty())
        return system;
    const QLocale chosen(language);
    const bool sameLanguage = chosen.language() == system.language() ||
                              (system.language() == QLocale::C && chosen.language() == QLocale::English);
    return sameLanguage ? system : chosen;
}

} // namespace

QStringList Translations::available()
{
    return {QStringLiteral("uk"), QStringLiteral("pl"), QStringLiteral("de")};
}

QString Translations::nativeName(const QString& language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return QLocale(language).nativeLanguageName().left(1).toUpper() +
           QLocale(language).nativeLanguageName().mid(1);
}

QString Translations::install(const QString& language)
{
    removeInstalled();
    const QLocale locale = localeFor(language);
    // Dates and numbers follow the chosen language too, not only the words; a language without a
    // catalogue is shown in English, and so are its dates.
    QLocale::setDefault(locale);

    // English, the source language, has a catalogue too: just its plural forms ("1 key", "2 keys").
    // It is also the fallback for any language we do not ship.
    auto* app = new QTranslator;
    const bool english = language == QLatin1String("en") || locale.language() == QLocale::English ||
                         locale.language() == QLocale::C;
    if (english ||
        !app->load(locale, QStringLiteral("novapost-jwt"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        if (locale.language() != QLocale::English)
            QLocale::setDefault(localeFor(QStringLiteral("en")));
        if (!app->load(QStringLiteral(":/i18n/novapost-jwt_en.qm"))) {
            delete app;
            return QStringLiteral("en");
        }
    }
    g_appTranslator = app;
    QCoreApplication::installTranslator(app);
    if (app->language().startsWith(QLatin1String("en")))
        return QStringLiteral("en");

    // Qt's own strings (standard buttons, context menus), from qt6-translations-l10n when present.
    auto* qt = new QTranslator;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        g_qtTranslator = qt;
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return app->language().left(2);
}

QString Translations::languageFromArguments(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    return {};
}

} // namespace novapost
