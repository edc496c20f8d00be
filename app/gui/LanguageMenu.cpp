// SPDX-License-Identifier: MIT
#include "LanguageMenu.h"

#include "Translations.h"

#include <QActionGroup>
#include <QSettings>

namespace novapost::gui {

LanguageMenu::LanguageMenu(const QString& current, QSettings* settings, QWidget* parent)
    : QMenu(tr("Lan&guage"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(this);
    group->setExclusive(true);
    for (const QString& language : choices()) {
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
            settings->setValue(QString::fromLatin1(SettingsKey), language);
            if (language != current)
                emit languageChosen(language);
        });
    }
}

QStringList LanguageMenu::choices()
{
    return QStringList{QString(), QStringLiteral("en")} + Translations::available();
}

QString LanguageMenu::savedLanguage(const QSettings& settings)
{
    const QString saved = settings.value(QString::fromLatin1(SettingsKey)).toString();
    return choices().contains(saved) ? saved : QString();
}

} // namespace novapost::gui
