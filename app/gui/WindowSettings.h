// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QSettings;

namespace novapost::gui {

/**
 * @brief The choices the window and the tray remember, typed and in one place.
 *
 * Reads and writes the settings file shared with the CLI (the keys below are the ones earlier
 * versions wrote, so existing users keep their choices). Values that are missing or out of range
 * read as the defaults. Every change is written to the file at once and announced by changed(),
 * so the window, the tray and the sessions follow without asking each other.
 */
class WindowSettings : public QObject
{
    Q_OBJECT

public:
    static constexpr const char* AutoRenewKey = "features/autoRenew";
    static constexpr const char* RenewLeadMinutesKey = "features/autoRenewMinutes";
    static constexpr const char* NotifyBeforeExpiryKey = "features/notifyBeforeExpiry";
    static constexpr const char* KeepInTrayKey = "features/keepInTray";
    static constexpr const char* ClipboardClearSecondsKey = "clipboard/clearAfterSeconds";
    static constexpr const char* LanguageKey = "language";
    static constexpr const char* ExtraCaFileKey = "network/extraCaFile";
    static constexpr const char* GeometryKey = "window/geometry";

    static constexpr int DefaultRenewLeadMinutes = 5;

    /** @p settings is not owned and must outlive this object; secrets never go there. */
    explicit WindowSettings(QSettings* settings, QObject* parent = nullptr);

    /** Minutes before expiry an automatic renewal may be set to. */
    static QList<int> renewLeadChoices();
    /** Seconds after which a copied token leaves the clipboard; 0 means never. */
    static QList<int> clipboardClearChoices();
    /** "" (the system's language), "en", then the shipped translations, in menu order. */
    static QStringList languageChoices();

    bool autoRenew() const;
    void setAutoRenew(bool enabled);
    int renewLeadMinutes() const;
    void setRenewLeadMinutes(int minutes);
    bool notifyBeforeExpiry() const;
    void setNotifyBeforeExpiry(bool enabled);
    bool keepInTray() const;
    void setKeepInTray(bool enabled);
    int clipboardClearSeconds() const;
    void setClipboardClearSeconds(int seconds);
    /** "" for the system's language. */
    QString language() const;
    void setLanguage(const QString& language);
    /** A PEM file of CA certificates trusted besides the system's; empty for none. */
    QString extraCaFile() const;
    void setExtraCaFile(const QString& path);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

    /** The underlying file, for the parts that share it with the CLI (keys, cached tokens). */
    QSettings* file() const { return m_settings; }

signals:
    /** After any of the values above changed. */
    void changed();

private:
    void write(const char* key, const QVariant& value);

    QSettings* m_settings;
};

} // namespace novapost::gui
