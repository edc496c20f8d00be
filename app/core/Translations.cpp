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
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Dates and numbers follow the chosen language too, not only the words.
    QLocale::setDefault(locale);

    // English, the source language, has a catalogue too: just its plural forms ("1 key", "2 keys").
    // It is also the fallback for any language we do not ship.
    auto* app = new QTranslator;
    const bool english = language == QLatin1String("en") || locale.language() == QLocale::English ||
                         locale.language() == QLocale::C;
    if (english ||
        !app->load(locale, QStringLiteral("novapost-jwt"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
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
