// SPDX-License-Identifier: MIT
#include "LanguageMenu.h"

#include "Translations.h"
#include "WindowSettings.h"

#include <QActionGroup>

namespace novapost::gui {

LanguageMenu::LanguageMenu(const QString& current, WindowSettings* settings, QWidget* parent)
    : QMenu(tr("Lan&guage"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(this);
    group->setExclusive(true);
    for (const QString& language : WindowSettings::languageChoices()) {
        // Each language in its own words, so people find theirs whatever language the menu is in.
        QAction* action =
            addAction(language.isEmpty() ? tr("System default") : Translations::nativeName(language));
        action->setObjectName(
            QStringLiteral("language%1Action").arg(language.isEmpty() ? QStringLiteral("System") : language));
        action->setCheckable(true);
        action->setChecked(language == current);
        action->setData(language);
        group->addAction(action);
        if (language.isEmpty())
            addSeparator();
        connect(action, &QAction::triggered, this, [this, settings, language, current] {
            settings->setLanguage(language);
            if (language != current)
                emit languageChosen(language);
        });
    }
}

} // namespace novapost::gui
