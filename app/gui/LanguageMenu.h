// SPDX-License-Identifier: MIT
#pragma once

#include <QMenu>

class QSettings;

namespace novapost::gui {

/**
 * @brief View → Language: System default or one of the shipped languages, one checked at a time.
 *
 * Choosing remembers the language and emits languageChosen(); the window is rebuilt elsewhere.
 */
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    static constexpr const char* SettingsKey = "language";

    /** @p current is the language in effect ("" for the system's); @p settings is not owned. */
    LanguageMenu(const QString& current, QSettings* settings, QWidget* parent = nullptr);

    /** "" (system default), "en" and Translations::available(), in menu order. */
    static QStringList choices();
    /** The remembered choice, "" when none or an unknown one is stored. */
    static QString savedLanguage(const QSettings& settings);

signals:
    /** @p language is "" for the system default, else "en", "uk", "pl" or "de". */
    void languageChosen(const QString& language);
};

} // namespace novapost::gui
