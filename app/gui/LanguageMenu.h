// SPDX-License-Identifier: MIT
#pragma once

#include <QMenu>

namespace novapost::gui {

class WindowSettings;

/**
 * @brief View → Language: System default or one of the shipped languages, one checked at a time.
 *
 * Choosing remembers the language and emits languageChosen(); the window is rebuilt elsewhere.
 */
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    /** @p current is the language in effect ("" for the system's); @p settings is not owned. */
    LanguageMenu(const QString& current, WindowSettings* settings, QWidget* parent = nullptr);

signals:
    /** @p language is "" for the system default, else "en", "uk", "pl" or "de". */
    void languageChosen(const QString& language);
};

} // namespace novapost::gui
