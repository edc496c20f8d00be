// SPDX-License-Identifier: MIT
#include "KeyStore.h"

#include "AppSettings.h"
#include "MemorySecretStore.h"
#include "ProductionKeyNames.h"
#include "TokenCache.h"

#include <QSettings>
#include <QTimer>

namespace novapost {

namespace {

QString accountOfEntry(const KeyEntry& entry)
{
    return entry.environment == EnvironmentKind::Production ? entry.productionKey : entry.phone;
}

const QString KeysGroup = QStringLiteral("keys");

QString isoOrEmpty(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime dateFrom(const QSettings* settings, const QString& key)
{
    return QDateTime::fromString(settings->value(key).toString(), Qt::ISODate);
}

} // namespace

KeyStore::SaveResult KeyStore::settingsFailure(const QString& problem)
{
    return {SecretResult::Status::Failed, false, problem, true};
}

QString KeyStore::clashMessage(const QString& label, const QString& storedLabel)
{
    return tr("A different production key is stored as “%1”, and “%2” would be confused with it. To replace "
              "that key, use the label “%1” exactly; to store another key, choose a clearly different label.")
        .arg(storedLabel, label);
}

KeyStore::KeyStore(SecretStore* secrets, QSettings* settings, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_sessionSecrets(new MemorySecretStore(this))
    , m_settings(settings)
    , m_clock(clock)
{}

QString KeyStore::accountOf(EnvironmentKind environment, const QString& account)
{
    if (environment == EnvironmentKind::Production && account.isEmpty())
        return QStringLiteral("default");
    return account;
}

QString KeyStore::secretName(EnvironmentKind environment, const QString& account)
{
    if (environment == EnvironmentKind::Production)
        return QStringLiteral("production/") + accountOf(environment, account);
    return QStringLiteral("sandbox/") + account;
}

QString KeyStore::productionKeyId(const QString& label)
{
    return ProductionKeyNames::idFor(label);
}

KeyStore::ProductionKeyChoice KeyStore::productionKeyFor(const QString& labelOrId, bool forWriting) const
{
    const QString wanted = labelOrId.trimmed();
    if (wanted.isEmpty())
        return {QStringLiteral("default"), {}};
    const QList<KeyEntry> stored = entries(EnvironmentKind::Production);
    for (const KeyEntry& entry : stored) {
        if (entry.label == wanted)
            return {entry.productionKey, {}};
    }
    // Ids ("acme-sp-z-o-o", "key-…") name keys in scripts; but storing a new label under another
    // key's id would replace that key, so writing goes by label only.
    if (!forWriting) {
        for (const KeyEntry& entry : stored) {
            if (entry.productionKey == wanted)
                return {entry.productionKey, {}};
        }
    }
    const QString form = ProductionKeyNames::comparableForm(wanted);
    for (const KeyEntry& entry : stored) {
        if (!form.isEmpty() && ProductionKeyNames::comparableForm(entry.label) == form)
            return {entry.productionKey, entry.label};
    }
    const QString id = productionKeyId(wanted);
    if (const auto taken = entry(EnvironmentKind::Production, id))
        return {id, taken->label};
    return {id, {}};
}

QString KeyStore::settingsGroup(EnvironmentKind environment, const QString& account)
{
    return KeysGroup + QLatin1Char('/') + secretName(environment, account);
}

QList<KeyEntry> KeyStore::entries() const
{
    return entries(EnvironmentKind::Sandbox) + entries(EnvironmentKind::Production);
}

QList<KeyEntry> KeyStore::entries(EnvironmentKind environment) const
{
    QList<KeyEntry> result;
    m_settings->beginGroup(KeysGroup + QLatin1Char('/') + Environment::idOf(environment));
    const QStringList accounts = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString& account : accounts) {
        if (auto found = entry(environment, account))
            result.append(*found);
    }
    for (const KeyEntry& sessionEntry : m_sessionEntries) {
        const QString account = accountOfEntry(sessionEntry);
        if (sessionEntry.environment == environment && !accounts.contains(account))
            result.append(sessionEntry);
    }
    return result;
}

std::optional<KeyEntry> KeyStore::entry(EnvironmentKind environment, const QString& account) const
{
    const QString id = accountOf(environment, account);
    if (const auto session = m_sessionEntries.constFind(secretName(environment, id));
        session != m_sessionEntries.constEnd())
        return *session;
    const QString group = settingsGroup(environment, id);
    if (!m_settings->contains(group + QStringLiteral("/requestedAt")))
        return std::nullopt;
    KeyEntry entry;
    entry.environment = environment;
    entry.phone = environment == EnvironmentKind::Sandbox ? id : QString();
    if (environment == EnvironmentKind::Production) {
        entry.productionKey = id;
        entry.label = m_settings->value(group + QStringLiteral("/label"), id).toString();
    }
    entry.createdAt = dateFrom(m_settings, group + QStringLiteral("/createdAt"));
    entry.expiresAt = dateFrom(m_settings, group + QStringLiteral("/expiresAt"));
    entry.status = m_settings->value(group + QStringLiteral("/status")).toString();
    entry.requestedAt = dateFrom(m_settings, group + QStringLiteral("/requestedAt"));
    entry.lastUsedAt = dateFrom(m_settings, group + QStringLiteral("/lastUsedAt"));
    return entry;
}

bool KeyStore::requestedToday(const QString& phone) const
{
    const auto found = entry(EnvironmentKind::Sandbox, phone);
    return found && found->requestedAt.isValid() &&
           found->requestedAt.toUTC().date() == m_clock->now().toUTC().date();
}

QString KeyStore::writeMetadata(const KeyEntry& entry)
{
    // Only non-secret facts go here; the apiKey itself never touches QSettings.
    const QString group = settingsGroup(entry.environment, accountOfEntry(entry));
    if (entry.environment == EnvironmentKind::Production)
        m_settings->setValue(group + QStringLiteral("/label"), entry.label);
    m_settings->setValue(group + QStringLiteral("/createdAt"), isoOrEmpty(entry.createdAt));
    m_settings->setValue(group + QStringLiteral("/expiresAt"), isoOrEmpty(entry.expiresAt));
    m_settings->setValue(group + QStringLiteral("/status"), entry.status);
    m_settings->setValue(group + QStringLiteral("/requestedAt"), isoOrEmpty(entry.requestedAt));
    m_settings->setValue(group + QStringLiteral("/lastUsedAt"), isoOrEmpty(entry.lastUsedAt));
    return AppSettings::syncProblem(*m_settings);
}

QString KeyStore::removeMetadata(EnvironmentKind environment, const QString& account)
{
    m_settings->remove(settingsGroup(environment, account));
    return AppSettings::syncProblem(*m_settings);
}

void KeyStore::storeSecret(const KeyEntry& entry, const QString& apiKey, QObject* context,
                           SaveCallback callback)
{
    const SaveCallback done = whileAlive(context, std::move(callback));
    // A key the settings cannot list would sit in the keychain unseen, so nothing is stored then.
    if (const QString problem = AppSettings::writeProblem(*m_settings); !problem.isEmpty()) {
        QTimer::singleShot(0, this, [done, problem] { done(settingsFailure(problem)); });
        return;
    }
    const QString name = secretName(entry.environment, accountOfEntry(entry));
    const std::optional<KeyEntry> listed = this->entry(entry.environment, accountOfEntry(entry));
    if (!listed || listed->sessionOnly) {
        replaceSecret(entry, apiKey, std::nullopt, std::nullopt, done);
        return;
    }
    // The key this one replaces is read first, so that it can be put back should the settings file
    // refuse the new entry after the keychain took the new key.
    m_secrets->readSecret(name, this, [=, this](const SecretResult& previous) {
        if (previous.ok() || previous.status == SecretResult::Status::NotFound)
            replaceSecret(entry, apiKey, listed,
                          previous.ok() ? std::optional(previous.secret) : std::nullopt, done);
        else if (previous.status == SecretResult::Status::Unavailable)
            replaceSecret(entry, apiKey, std::nullopt, std::nullopt, done); // the write reports it
        else
            done({previous.status, false, previous.message});
    });
}

void KeyStore::replaceSecret(const KeyEntry& entry, const QString& apiKey,
                             const std::optional<KeyEntry>& previous,
                             const std::optional<QString>& previousKey, const SaveCallback& done)
{
    const QString name = secretName(entry.environment, accountOfEntry(entry));
    m_secrets->writeSecret(name, apiKey, this, [=, this](const SecretResult& result) {
        if (result.ok()) {
            m_sessionEntries.remove(name);
            const QString problem = writeMetadata(entry);
            if (problem.isEmpty()) {
                emit entriesChanged();
                done({});
                return;
            }
            // The settings file cannot list the new key: the keychain goes back to what it held.
            const auto undone = [=, this](const SecretResult& undo) {
                if (previous)
                    writeMetadata(*previous);
                else
                    m_settings->remove(settingsGroup(entry.environment, accountOfEntry(entry)));
                emit entriesChanged();
                done(settingsFailure(
                    undo.ok()
                        ? problem
                        : problem + QLatin1Char(' ') +
                              tr("The keychain could not be put back as it was: it now holds the new key.")));
            };
            if (previousKey)
                m_secrets->writeSecret(name, *previousKey, this, undone);
            else
                m_secrets->removeSecret(name, this, undone);
            return;
        }
        if (result.status != SecretResult::Status::Unavailable || !m_memoryFallback) {
            done({result.status, false, result.message});
            return;
        }
        // No keychain at all: keep the key for this run rather than lose it, and say so.
        m_sessionSecrets->writeSecret(name, apiKey, this, [=, this](const SecretResult&) {
            // Its description stays in memory too: the settings file lists only keys that persist.
            KeyEntry sessionEntry = entry;
            sessionEntry.sessionOnly = true;
            m_sessionEntries.insert(name, sessionEntry);
            emit entriesChanged();
            done({SecretResult::Status::Ok, true,
                  tr("%1 The key is kept in memory and will be forgotten when the program ends.")
                      .arg(result.message)});
        });
    });
}

void KeyStore::saveTestKey(const QString& phone, const TestApiKey& key, QObject* context,
                           SaveCallback callback)
{
    KeyEntry entry;
    entry.environment = EnvironmentKind::Sandbox;
    entry.phone = phone;
    entry.createdAt = key.createdAt;
    entry.expiresAt = key.expiresAt;
    entry.status = key.status;
    entry.requestedAt = m_clock->now();
    if (auto previous = this->entry(EnvironmentKind::Sandbox, phone))
        entry.lastUsedAt = previous->lastUsedAt;
    storeSecret(entry, key.apiKey, context, std::move(callback));
}

void KeyStore::saveProductionKey(const QString& label, const QString& apiKey, QObject* context,
                                 SaveCallback callback)
{
    const ProductionKeyChoice choice = productionKeyFor(label, true);
    if (!choice.clashingLabel.isEmpty()) {
        const QString problem = clashMessage(label.trimmed(), choice.clashingLabel);
        QTimer::singleShot(0, context, [callback, problem] {
            callback({SecretResult::Status::Failed, false, problem, false});
        });
        return;
    }
    const QString id = choice.id;
    KeyEntry entry;
    entry.environment = EnvironmentKind::Production;
    entry.productionKey = id;
    entry.label = label.trimmed().isEmpty() ? id : label.trimmed();
    entry.requestedAt = m_clock->now();
    if (auto previous = this->entry(EnvironmentKind::Production, id))
        entry.lastUsedAt = previous->lastUsedAt;
    storeSecret(entry, apiKey, context, std::move(callback));
}

void KeyStore::saveKey(EnvironmentKind environment, const QString& account, const QString& apiKey,
                       QObject* context, SaveCallback callback)
{
    KeyEntry entry;
    entry.environment = environment;
    entry.phone = environment == EnvironmentKind::Sandbox ? account : QString();
    entry.productionKey =
        environment == EnvironmentKind::Production ? accountOf(environment, account) : QString();
    entry.label = entry.productionKey;
    entry.requestedAt = m_clock->now();
    if (auto previous = this->entry(environment, account)) {
        entry.label = previous->label;
        entry.lastUsedAt = previous->lastUsedAt;
        // An imported key keeps what the API told us about the same account's key.
        entry.createdAt = previous->createdAt;
        entry.expiresAt = previous->expiresAt;
        entry.status = previous->status;
    }
    storeSecret(entry, apiKey, context, std::move(callback));
}

void KeyStore::readKey(EnvironmentKind environment, const QString& account, QObject* context,
                       ReadCallback callback)
{
    const QString name = secretName(environment, account);
    SecretStore* store = m_sessionEntries.contains(name) ? m_sessionSecrets : m_secrets;
    store->readSecret(name, context, std::move(callback));
}

void KeyStore::forget(EnvironmentKind environment, const QString& account, QObject* context,
                      SaveCallback callback)
{
    const SaveCallback answer = whileAlive(context, std::move(callback));
    const SaveCallback done = [this, environment, account, answer](const SaveResult& result) {
        if (result.ok() && environment == EnvironmentKind::Sandbox && lastPhone() == account)
            setLastPhone({});
        answer(result);
    };
    const QString name = secretName(environment, account);
    if (m_sessionEntries.remove(name) > 0) {
        m_sessionSecrets->removeSecret(name, this, [=, this](const SecretResult&) {
            emit entriesChanged();
            done({});
        });
        return;
    }
    // Removing the key while its entry stays listed would leave the list lying.
    if (const QString problem = AppSettings::writeProblem(*m_settings); !problem.isEmpty()) {
        QTimer::singleShot(0, this, [done, problem] { done(settingsFailure(problem)); });
        return;
    }
    if (!m_tokens)
        return removeStoredKey(environment, account, {}, done);
    // The key is read first: its cached JWTs are found by it, and go with it.
    m_secrets->readSecret(name, this, [=, this](const SecretResult& read) {
        if (!read.ok() && read.status != SecretResult::Status::NotFound) {
            done({read.status, false, read.message});
            return;
        }
        removeStoredKey(environment, account, read.secret, done);
    });
}

void KeyStore::removeStoredKey(EnvironmentKind environment, const QString& account, const QString& apiKey,
                               SaveCallback done)
{
    m_secrets->removeSecret(secretName(environment, account), this, [=, this](const SecretResult& result) {
        // Metadata stays while the key may still be in the keychain (locked, refused, no answer).
        if (!result.ok() && result.status != SecretResult::Status::NotFound) {
            done({result.status, false, result.message});
            return;
        }
        const QString problem = removeMetadata(environment, account);
        emit entriesChanged();
        if (!problem.isEmpty())
            return done(settingsFailure(problem));
        if (!m_tokens || apiKey.isEmpty())
            return done({});
        m_tokens->forgetKey(apiKey, this, [done](bool allGone) {
            if (allGone)
                return done({});
            done({SecretResult::Status::Failed, false,
                  tr("The key was removed, but a JWT obtained with it is still cached until it expires.")});
        });
    });
}

void KeyStore::markUsed(EnvironmentKind environment, const QString& account)
{
    const QString group = settingsGroup(environment, account);
    if (auto session = m_sessionEntries.find(secretName(environment, account));
        session != m_sessionEntries.end())
        session->lastUsedAt = m_clock->now();
    else if (m_settings->contains(group + QStringLiteral("/requestedAt")))
        m_settings->setValue(group + QStringLiteral("/lastUsedAt"), isoOrEmpty(m_clock->now()));
    else
        return;
    if (environment == EnvironmentKind::Sandbox)
        m_settings->setValue(QStringLiteral("sandbox/lastPhone"), account);
    else
        m_settings->setValue(QStringLiteral("production/lastKey"), accountOf(environment, account));
    m_settings->sync();
    emit entriesChanged();
}

QString KeyStore::lastPhone() const
{
    return m_settings->value(QStringLiteral("sandbox/lastPhone")).toString();
}

void KeyStore::setLastPhone(const QString& phone)
{
    m_settings->setValue(QStringLiteral("sandbox/lastPhone"), phone);
}

QString KeyStore::rememberedPhone() const
{
    const QString last = lastPhone();
    if (!last.isEmpty() && entry(EnvironmentKind::Sandbox, last))
        return last;
    std::optional<KeyEntry> latest;
    const auto lastTouched = [](const KeyEntry& key) {
        return key.lastUsedAt.isValid() ? key.lastUsedAt : key.requestedAt;
    };
    for (const KeyEntry& key : entries(EnvironmentKind::Sandbox)) {
        if (!latest || lastTouched(key) > lastTouched(*latest))
            latest = key;
    }
    return latest ? latest->phone : last;
}

QString KeyStore::lastProductionKey() const
{
    return m_settings->value(QStringLiteral("production/lastKey"), QStringLiteral("default")).toString();
}

void KeyStore::setLastProductionKey(const QString& id)
{
    m_settings->setValue(QStringLiteral("production/lastKey"), id);
}

std::optional<EnvironmentKind> KeyStore::lastEnvironment() const
{
    return Environment::kindFromId(m_settings->value(QStringLiteral("environment")).toString());
}

void KeyStore::setLastEnvironment(EnvironmentKind environment)
{
    m_settings->setValue(QStringLiteral("environment"), Environment::idOf(environment));
}

} // namespace novapost
