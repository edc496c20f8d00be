// SPDX-License-Identifier: MIT
#pragma once

#include "Clock.h"
#include "Environment.h"
#include "SecretStore.h"
#include "TestApiKey.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QSettings;

namespace novapost {

class TokenCache;

/** @brief What we know about one stored apiKey, without the key itself. */
struct KeyEntry
{
    EnvironmentKind environment = EnvironmentKind::Sandbox;
    /** Normalized digits for sandbox keys; empty for production keys. */
    QString phone;
    /** Production keys only: the id ("default", "acme-sp-z-o-o") and the label people gave it. */
    QString productionKey;
    QString label;
    QDateTime createdAt;
    QDateTime expiresAt;
    QString status;
    /** When we last asked the API for this test key (or imported it). */
    QDateTime requestedAt;
    QDateTime lastUsedAt;
    /** Kept in memory because no keychain was available: forgotten when the program ends. */
    bool sessionOnly = false;
};

/**
 * @brief The apiKeys: secrets in a SecretStore, everything else in QSettings.
 *
 * Secret names: "sandbox/<digits>" for test keys and "production/<id>" for production keys (one per
 * company or account, each with a label). Functions taking an @p account take the phone digits in
 * the sandbox and the production key id in production, where empty means "default". When the
 * secret store is unavailable, keys are kept in memory for this run and the result says so.
 */
class KeyStore : public QObject
{
    Q_OBJECT

public:
    /** Result of a save: Ok with sessionOnly when only memory could take the key. */
    struct SaveResult
    {
        SecretResult::Status status = SecretResult::Status::Ok;
        bool sessionOnly = false;
        QString message;
        /** The settings file could not be written: the key may be in the keychain but is not listed. */
        bool settingsUnwritable = false;
        bool ok() const { return status == SecretResult::Status::Ok; }
    };
    /** Which production key a label (or id) typed by someone means. */
    struct ProductionKeyChoice
    {
        QString id;
        /**
         * Not empty: a different key is stored under this label, and the label asked for differs from
         * it only in case, punctuation or blanks, or would take its id. Such a label is refused.
         */
        QString clashingLabel;
    };
    using SaveCallback = std::function<void(const SaveResult&)>;
    using ReadCallback = std::function<void(const SecretResult&)>;

    /** None of the pointers is owned; all must outlive the store. */
    KeyStore(SecretStore* secrets, QSettings* settings, const Clock* clock, QObject* parent = nullptr);

    static QString secretName(EnvironmentKind environment, const QString& account = {});
    /** A stable id for a new production key label: "Acme Sp. z o.o." -> "acme-sp-z-o-o"; empty -> "default".
     */
    static QString productionKeyId(const QString& label);
    /**
     * The stored key whose label is exactly @p labelOrId (trimmed), else (unless @p forWriting) the
     * one with that id, else the id a new key of that label gets; with a clash when that label
     * would be confused with a different stored key.
     */
    ProductionKeyChoice productionKeyFor(const QString& labelOrId, bool forWriting) const;
    /** Why @p label is refused when a different key is stored as @p storedLabel. */
    static QString clashMessage(const QString& label, const QString& storedLabel);

    SecretStore* secretStore() const { return m_secrets; }
    /**
     * On by default: without a keychain, keys are kept in memory for this run (the window). A
     * program that ends at once (the CLI) turns it off and gets the keychain's failure instead.
     */
    void setMemoryFallback(bool enabled) { m_memoryFallback = enabled; }
    bool memoryFallback() const { return m_memoryFallback; }
    /** Where JWTs obtained with the keys are cached: forget() removes a key's tokens there too. */
    void setTokenCache(TokenCache* tokens) { m_tokens = tokens; }

    QList<KeyEntry> entries() const;
    QList<KeyEntry> entries(EnvironmentKind environment) const;
    std::optional<KeyEntry> entry(EnvironmentKind environment, const QString& account = {}) const;
    /** True when a test key for @p phone was requested on the current UTC day: the API would repeat it. */
    bool requestedToday(const QString& phone) const;

    void saveTestKey(const QString& phone, const TestApiKey& key, QObject* context, SaveCallback callback);
    void saveKey(EnvironmentKind environment, const QString& account, const QString& apiKey, QObject* context,
                 SaveCallback callback);
    /** Stores a production key under productionKeyFor(@p label), remembering the label; refuses a clash. */
    void saveProductionKey(const QString& label, const QString& apiKey, QObject* context,
                           SaveCallback callback);
    void readKey(EnvironmentKind environment, const QString& account, QObject* context,
                 ReadCallback callback);
    /**
     * Removes a key, its listing and its cached JWTs. A removed sandbox key's phone stops being
     * lastPhone(), so the next start comes back on a phone that still has a key.
     */
    void forget(EnvironmentKind environment, const QString& account, QObject* context, SaveCallback callback);
    void markUsed(EnvironmentKind environment, const QString& account);

    QString lastPhone() const;
    void setLastPhone(const QString& phone);
    /**
     * The sandbox phone a new window starts with: lastPhone() while its test key is stored, else the
     * phone whose stored key was used (or requested) most recently, else lastPhone(). So while any
     * test key is stored, a new window never starts on a phone without one (a removed key, a key kept
     * only in an earlier run's memory); with none stored, it starts on the phone typed last.
     */
    QString rememberedPhone() const;
    /** The production key id used last, or "default". */
    QString lastProductionKey() const;
    void setLastProductionKey(const QString& id);
    std::optional<EnvironmentKind> lastEnvironment() const;
    void setLastEnvironment(EnvironmentKind environment);

signals:
    /** Metadata changed: an entry was added, updated or removed. */
    void entriesChanged();

private:
    /** Empty when the settings file took the change, else why not. */
    QString writeMetadata(const KeyEntry& entry);
    QString removeMetadata(EnvironmentKind environment, const QString& account);
    static SaveResult settingsFailure(const QString& problem);
    static QString settingsGroup(EnvironmentKind environment, const QString& account);
    static QString accountOf(EnvironmentKind environment, const QString& account);
    void storeSecret(const KeyEntry& entry, const QString& apiKey, QObject* context, SaveCallback callback);
    void replaceSecret(const KeyEntry& entry, const QString& apiKey, const std::optional<KeyEntry>& previous,
                       const std::optional<QString>& previousKey, const SaveCallback& done);
    void removeStoredKey(EnvironmentKind environment, const QString& account, const QString& apiKey,
                         SaveCallback done);

    SecretStore* m_secrets;
    SecretStore* m_sessionSecrets;
    QSettings* m_settings;
    const Clock* m_clock;
    TokenCache* m_tokens = nullptr;
    bool m_memoryFallback = true;
    /** Keys kept in memory because no keychain was available, by secret name; never in settings. */
    QHash<QString, KeyEntry> m_sessionEntries;
};

} // namespace novapost
