// SPDX-License-Identifier: MIT
#include "WindowSettings.h"

#include "ClipboardAutoClear.h"
#include "Translations.h"

#include <QSettings>

namespace novapost::gui {

namespace {

QString keyName(const char* key)
{
    return QString::fromLatin1(key);
}

} // namespace

WindowSettings::WindowSettings(QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    Q_ASSERT(settings);
}

QList<int> WindowSettings::renewLeadChoices()
{
    return {1, 2, 5, 10};
}

QList<int> WindowSettings::clipboardClearChoices()
{
    return ClipboardAutoClear::delayChoices();
}

QStringList WindowSettings::languageChoices()
{
    return QStringList{QString(), QStringLiteral("en")} + Translations::available();
}

void WindowSettings::write(const char* key, const QVariant& value)
{
    m_settings->setValue(keyName(key), value);
    m_settings->sync();
    emit changed();
}

bool WindowSettings::autoRenew() const
{
    return m_settings->value(keyName(AutoRenewKey), false).toBool();
}

void WindowSettings::setAutoRenew(bool enabled)
{
    if (autoRenew() == enabled)
        return;
    write(AutoRenewKey, enabled);
}

int WindowSettings::renewLeadMinutes() const
{
    bool ok = false;
    const int minutes = m_settings->value(keyName(RenewLeadMinutesKey)).toInt(&ok);
    return ok && renewLeadChoices().contains(minutes) ? minutes : DefaultRenewLeadMinutes;
}

void WindowSettings::setRenewLeadMinutes(int minutes)
{
    if (renewLeadChoices().contains(minutes) && minutes != renewLeadMinutes())
        write(RenewLeadMinutesKey, minutes);
}

bool WindowSettings::notifyBeforeExpiry() const
{
    return m_settings->value(keyName(NotifyBeforeExpiryKey), true).toBool();
}

void WindowSettings::setNotifyBeforeExpiry(bool enabled)
{
    if (notifyBeforeExpiry() == enabled)
        return;
    write(NotifyBeforeExpiryKey, enabled);
}

bool WindowSettings::keepInTray() const
{
    return m_settings->value(keyName(KeepInTrayKey), false).toBool();
}

void WindowSettings::setKeepInTray(bool enabled)
{
    if (keepInTray() == enabled)
        return;
    write(KeepInTrayKey, enabled);
}

int WindowSettings::clipboardClearSeconds() const
{
    bool ok = false;
    const int seconds = m_settings->value(keyName(ClipboardClearSecondsKey)).toInt(&ok);
    return ok && clipboardClearChoices().contains(seconds) ? seconds
                                                           : ClipboardAutoClear::DefaultDelaySeconds;
}

void WindowSettings::setClipboardClearSeconds(int seconds)
{
    if (clipboardClearChoices().contains(seconds) && seconds != clipboardClearSeconds())
        write(ClipboardClearSecondsKey, seconds);
}

QString WindowSettings::language() const
{
    const QString saved = m_settings->value(keyName(LanguageKey)).toString();
    return languageChoices().contains(saved) ? saved : QString();
}

void WindowSettings::setLanguage(const QString& language)
{
    // Written even when unchanged: choosing the language in effect confirms it over a stale entry.
    if (languageChoices().contains(language))
        write(LanguageKey, language);
}

QString WindowSettings::extraCaFile() const
{
    return m_settings->value(keyName(ExtraCaFileKey)).toString();
}

void WindowSettings::setExtraCaFile(const QString& path)
{
    if (path == extraCaFile())
        return;
    if (!path.isEmpty()) {
        write(ExtraCaFileKey, path);
        return;
    }
    if (!m_settings->contains(keyName(ExtraCaFileKey)))
        return;
    m_settings->remove(keyName(ExtraCaFileKey));
    m_settings->sync();
    emit changed();
}

QByteArray WindowSettings::windowGeometry() const
{
    return m_settings->value(keyName(GeometryKey)).toByteArray();
}

void WindowSettings::setWindowGeometry(const QByteArray& geometry)
{
    // Not a choice anyone watches: written quietly, without changed().
    m_settings->setValue(keyName(GeometryKey), geometry);
    m_settings->sync();
}

} // namespace novapost::gui
