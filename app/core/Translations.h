// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace novapost {

/** @brief Loads the app's and Qt's own translations for the system language or an override. */
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(novapost::Translations)

public:
    /** Languages shipped besides English, the source language. */
    static QStringList available();
    /** The language's own name, for menus: "Deutsch", "Polski", "Українська", "English". */
    static QString nativeName(const QString& language);

    /**
     * Installs translators on the application. @p language is "en", "uk", "pl", "de" or empty for
     * the system's preference. Returns the language in use ("en" when none matched).
     */
    static QString install(const QString& language = {});

    /** Picks the value of --lang from raw arguments ("--lang de" or "--lang=de"), before parsing. */
    static QString languageFromArguments(const QStringList& arguments);
};

} // namespace novapost
