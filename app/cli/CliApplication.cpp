// SPDX-License-Identifier: MIT
#include "CliApplication.h"

#include "AppSettings.h"
#include "CliTimes.h"
#include "DecodeCommand.h"
#include "JwtToken.h"
#include "KeychainSecretStore.h"
#include "KeysCommand.h"
#include "PhoneNumber.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

namespace novapost::cli {

CliApplication::CliApplication(CliOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(AppSettings::open())
    , m_network(new QNetworkAccessManager(this))
    , m_api(new ApiClient(m_network, this))
    , m_secrets(new KeychainSecretStore(QString::fromLatin1(KeychainSecretStore::DefaultService), this))
    , m_keys(new KeyStore(m_secrets, m_settings.get(), &m_clock, this))
    , m_tokens(new TokenCache(m_secrets, m_settings.get(), &m_clock, this))
    , m_tokenService(new TokenService(m_api, m_keys, m_tokens, m_settings.get(), &m_clock, this))
    , m_testKeyService(new TestKeyService(m_api, m_keys, m_settings.get(), this))
{
    m_api->setTimeoutMs(m_options.timeoutMs);
    m_api->setExtraCaCertificates(m_options.extraCas);
    m_api->setClock(&m_clock);
    // The keychain gets the same time-out as the network: a frozen keyring must not hang scripts.
    m_secrets->setTimeoutMs(m_options.timeoutMs);
    m_keys->setTokenCache(m_tokens);
    // This run ends at once: a key kept in memory would be lost, so a missing keychain is a failure.
    m_keys->setMemoryFallback(false);
    connect(m_secrets, &SecretStore::waitingForUnlock, this, [this] {
        if (!m_waitNoticeShown)
            m_console.note(tr("waiting for the keychain to be unlocked…"));
        m_waitNoticeShown = true;
    });
    connect(m_tokens, &TokenCache::cacheSkipped, this, [this](const QString& reason) {
        m_console.note(tr("The JWT cache is skipped for this run: %1").arg(reason));
    });
}

CliApplication::~CliApplication() = default;

void CliApplication::start()
{
    // Queued, so every outcome (even an immediate usage error) leaves through the event loop.
    QTimer::singleShot(0, this, [this] {
        switch (m_options.command) {
        case Command::Token:
            return runToken();
        case Command::TestKey:
            return runTestKey();
        case Command::Keys:
            m_keysCommand =
                std::make_unique<KeysCommand>(&m_console, m_keys, m_secrets, m_options.json, this);
            return m_keysCommand->run();
        case Command::SetKey:
            return runSetKey();
        case Command::Forget:
            return runForget();
        case Command::Decode:
            return DecodeCommand(&m_console, &m_clock, m_options.json).run();
        }
    });
}

// ---- token ---------------------------------------------------------------------------------

void CliApplication::runToken()
{
    if (m_options.apiKeyFromStdin) {
        if (const auto key = m_console.readStdinLine(tr("apiKey")))
            getToken({}, *key);
        return;
    }
    // A key named on the command line wins over one a CI system put in the environment.
    if (m_options.apiKeyFromVariable && m_options.phoneText.isEmpty() && m_options.keyLabel.isEmpty()) {
        const QString key = m_options.apiKeyFromVariable->trimmed();
        m_console.addSecret(*m_options.apiKeyFromVariable);
        m_console.addSecret(key);
        // Not kept once handed to the request.
        m_options.apiKeyFromVariable.reset();
        if (key.isEmpty())
            return m_console.fail(ExitUsage,
                                  tr("The environment variable NOVAPOST_API_KEY is set but empty."));
        return getToken({}, key);
    }
    if (const auto account = selectedAccount(AccountUse::Read))
        getToken(*account, std::nullopt);
}

void CliApplication::getToken(const QString& account, const std::optional<QString>& apiKey)
{
    TokenRequest request;
    request.environment = m_options.environment;
    request.account = account;
    request.apiKey = apiKey;
    request.useCache = !m_options.fresh;
    request.minimumSecondsLeft = m_options.minimumTtlSeconds;
    // A token that cannot be cached would be minted again by every run of a script.
    request.refuseUncacheable = true;
    TokenOperation* operation = m_tokenService->getToken(request);
    connect(operation, &TokenOperation::succeeded, this, [this](const TokenResult& result) {
        m_console.addSecret(result.token.raw());
        printToken(result);
        m_tokenPrinted = true;
    });
    // Printed at once; the run ends once the token is cached for the next runs (or cannot be).
    connect(operation, &TokenOperation::finished, this, [this] {
        if (m_tokenPrinted)
            m_console.succeed();
    });
    connect(operation, &TokenOperation::keyProblem, this,
            [this, account](const SecretResult& result) { reportKeyProblem(account, result); });
    connect(operation, &TokenOperation::failed, this,
            [this](const ApiError& error) { m_console.failWith(error); });
    connect(operation, &TokenOperation::cacheUnwritable, this,
            [this](const QString& problem) { m_console.fail(ExitSettingsFailure, problem); });
}

void CliApplication::reportKeyProblem(const QString& account, const SecretResult& result)
{
    const EnvironmentKind kind = m_options.environment.kind();
    if (result.status == SecretResult::Status::NotFound && m_keys->entry(kind, account)) {
        // We stored it: a keychain that hides it is locked or refusing, not empty.
        return m_console.failKeychain(
            tr("The keychain did not give out the stored key. If it is locked, unlock it "
               "and try again; if the key was removed from it, store the key again."));
    }
    if (result.status != SecretResult::Status::NotFound)
        return m_console.failKeychain(result.message);
    const QString hint =
        kind == EnvironmentKind::Production
            ? tr("No production apiKey “%1” is stored: store it with “novapost-jwt-cli "
                 "--env production set-key”, "
                 "or pass it with --api-key-stdin.")
                  .arg(m_options.keyLabel.trimmed().isEmpty() ? account : m_options.keyLabel.trimmed())
            : tr("No sandbox apiKey is stored for +%1: run “novapost-jwt-cli "
                 "test-key --phone %1” first, or "
                 "pass the key with --api-key-stdin.")
                  .arg(account);
    m_console.fail(ExitUsage, hint);
}

void CliApplication::printToken(const TokenResult& result)
{
    const JwtToken& token = result.token;
    if (!m_options.json)
        return m_console.printLine(token.raw());
    QJsonObject object{{QStringLiteral("jwt"), token.raw()}};
    object.insert(QStringLiteral("expiresAt"),
                  token.expiresAt() ? CliTimes::isoOrNull(*token.expiresAt()) : QJsonValue());
    object.insert(QStringLiteral("expiresIn"),
                  result.secondsLeft ? QJsonValue(double(*result.secondsLeft)) : QJsonValue());
    object.insert(QStringLiteral("environment"), m_options.environment.id());
    object.insert(QStringLiteral("cached"), result.fromCache);
    m_console.printLine(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

// ---- test-key ------------------------------------------------------------------------------

void CliApplication::runTestKey()
{
    if (!m_options.environment.allowsTestKeys())
        return m_console.fail(
            ExitUsage, tr("Test keys exist only in the sandbox; in production, use the apiKey from your "
                          "Nova Post manager or my.novapost.com (store it with set-key)."));
    const auto phone = requiredPhone();
    if (!phone)
        return;
    TestKeyRequest request;
    request.environment = m_options.environment;
    request.phoneText = *phone;
    request.force = m_options.renew;
    // A reused key is shown with --print, and one the keychain lost is simply asked for again.
    request.readStoredKey = true;
    // With --print the key reaches the user even if it cannot be stored.
    request.storageOptional = m_options.printKey;
    TestKeyOperation* operation = m_testKeyService->request(request);
    connect(operation, &TestKeyOperation::reused, this,
            [this](const PhoneNumber& phone, const TestApiKey& key) {
                m_console.addSecret(key.apiKey);
                reportTestKey(phone.digits(), key, true, {});
            });
    connect(operation, &TestKeyOperation::saved, this,
            [this](const PhoneNumber& phone, const TestApiKey& key, const KeyStore::SaveResult& saved) {
                m_console.addSecret(key.apiKey);
                reportTestKey(phone.digits(), key, false, saved);
            });
    connect(operation, &TestKeyOperation::invalidPhone, this,
            [this](const QString& message) { m_console.fail(ExitUsage, message); });
    // Asking again would spend the day's one request on a keychain problem.
    connect(operation, &TestKeyOperation::storedKeyUnreadable, this,
            [this](const SecretResult& result) { m_console.failKeychain(result.message); });
    connect(operation, &TestKeyOperation::keychainProblem, this, [this](const SecretResult& access) {
        m_console.failKeychain(
            tr("No test key was requested: it could not be stored. %1").arg(access.message));
    });
    connect(operation, &TestKeyOperation::settingsUnwritable, this,
            [this](const QString& problem) { m_console.fail(ExitSettingsFailure, problem); });
    connect(operation, &TestKeyOperation::failed, this, [this, phoneText = *phone](const ApiError& error) {
        m_console.failWith(error);
        // A refused renewal (the daily limit) leaves the stored key as it was, and it still gets JWTs.
        const QString digits = PhoneNumber::parse(phoneText).digits();
        if (error.httpStatus() == 429 && m_keys->entry(EnvironmentKind::Sandbox, digits))
            m_console.note(tr("The test key stored for +%1 still works: novapost-jwt-cli token --phone +%1 "
                              "gets a JWT with it.")
                               .arg(digits));
    });
}

void CliApplication::reportTestKey(const QString& phone, const TestApiKey& key, bool reused,
                                   const KeyStore::SaveResult& saved)
{
    // A run of the CLI ends right away, so a key kept only in memory is as good as lost.
    const bool stored = saved.ok() && !saved.sessionOnly;
    const QString problem = saved.message;
    if (!stored && !m_options.printKey)
        return m_console.fail(saved.settingsUnwritable ? ExitSettingsFailure : ExitKeychainFailure,
                              tr("The test key for +%1 was issued but could not be stored. %2 Run again with "
                                 "--print to see it; the API repeats the same key within a day.")
                                  .arg(phone, problem));
    if (!stored)
        m_console.note(problem);

    if (m_options.json) {
        QJsonObject object{{QStringLiteral("phone"), phone},
                           {QStringLiteral("createdAt"), CliTimes::isoOrNull(key.createdAt)},
                           {QStringLiteral("expDate"), CliTimes::isoOrNull(key.expiresAt)},
                           {QStringLiteral("status"), key.status},
                           {QStringLiteral("reused"), reused},
                           {QStringLiteral("stored"), stored}};
        if (m_options.printKey)
            object.insert(QStringLiteral("apiKey"), key.apiKey);
        m_console.printLine(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        return m_console.succeed();
    }

    const QString where = m_secrets->locationDescription();
    QString summary =
        reused ? tr("Reusing the test key requested today for +%1 (use --renew to ask the API again).")
                     .arg(phone)
               : tr("Test key for +%1 received.").arg(phone);
    summary += QLatin1Char(' ') + tr("Status: %1; created %2; expires %3.")
                                      .arg(key.status.isEmpty() ? QStringLiteral("-") : key.status,
                                           CliTimes::readableUtc(key.createdAt),
                                           CliTimes::readableUtc(key.expiresAt));
    if (stored)
        summary += QLatin1Char(' ') + tr("Stored in %1.").arg(where);
    if (m_options.printKey) {
        // The summary goes to stderr so that stdout is the key alone, ready for a script.
        m_console.printAside(summary);
        m_console.printLine(key.apiKey);
    } else {
        m_console.printLine(summary);
    }
    m_console.succeed();
}

// ---- set-key, forget ----------------------------------------------------------------------

void CliApplication::runSetKey()
{
    const EnvironmentKind kind = m_options.environment.kind();
    const auto selected = selectedAccount(AccountUse::Write);
    if (!selected)
        return;
    const QString account = *selected;
    const auto key = m_console.readStdinLine(tr("apiKey"));
    if (!key)
        return;
    if (const QString problem = ApiClient::apiKeyProblem(*key); !problem.isEmpty())
        return m_console.fail(ExitUsage, problem);
    auto done = [this, kind, account](const KeyStore::SaveResult& saved) {
        if (saved.settingsUnwritable)
            return m_console.fail(ExitSettingsFailure, saved.message);
        if (!saved.ok() || saved.sessionOnly)
            return m_console.failKeychain(saved.message);
        if (kind == EnvironmentKind::Sandbox) {
            m_keys->setLastPhone(account);
            m_console.printLine(tr("Stored the sandbox apiKey for +%1 in %2.")
                                    .arg(account, m_secrets->locationDescription()));
        } else {
            m_keys->setLastProductionKey(account);
            m_console.printLine(
                tr("Stored the production apiKey “%1” in %2.")
                    .arg(m_keys->entry(kind, account)->label, m_secrets->locationDescription()));
        }
        m_console.succeed();
    };
    if (kind == EnvironmentKind::Production && !m_options.keyLabel.trimmed().isEmpty())
        m_keys->saveProductionKey(m_options.keyLabel, *key, this, done);
    else
        m_keys->saveKey(kind, account, *key, this, done);
}

void CliApplication::runForget()
{
    const EnvironmentKind kind = m_options.environment.kind();
    const auto selected = selectedAccount(AccountUse::Write);
    if (!selected)
        return;
    const QString account = *selected;
    const auto entry = m_keys->entry(kind, account);
    m_keys->forget(kind, account, this, [this, kind, account, entry](const KeyStore::SaveResult& result) {
        if (result.settingsUnwritable)
            return m_console.fail(ExitSettingsFailure, result.message);
        if (!result.ok())
            return m_console.failKeychain(result.message);
        if (!entry)
            m_console.printLine(tr("Nothing was stored for that key; nothing to forget."));
        else if (kind == EnvironmentKind::Production)
            m_console.printLine(tr("Removed the production apiKey “%1”.").arg(entry->label));
        else
            m_console.printLine(tr("Removed the sandbox apiKey for +%1.").arg(account));
        m_console.succeed();
    });
}

std::optional<QString> CliApplication::selectedAccount(AccountUse use)
{
    if (m_options.environment.kind() == EnvironmentKind::Production) {
        if (!m_options.phoneText.isEmpty()) {
            m_console.fail(
                ExitUsage,
                tr("Production keys belong to no phone; leave out --phone (name a key with --key)."));
            return std::nullopt;
        }
        if (const QString label = m_options.keyLabel.trimmed(); !label.isEmpty()) {
            const auto choice = m_keys->productionKeyFor(label, use == AccountUse::Write);
            if (choice.clashingLabel.isEmpty())
                return choice.id;
            m_console.fail(
                ExitUsage,
                use == AccountUse::Write
                    ? KeyStore::clashMessage(label, choice.clashingLabel)
                    : tr("No production apiKey “%1” is stored, but one is stored as “%2”: use that label "
                         "exactly.")
                          .arg(label, choice.clashingLabel));
            return std::nullopt;
        }
        return use == AccountUse::Read ? m_keys->lastProductionKey() : QStringLiteral("default");
    }
    if (!m_options.keyLabel.isEmpty()) {
        m_console.fail(
            ExitUsage,
            tr("--key names a production key; in the sandbox, keys belong to phones: use --phone."));
        return std::nullopt;
    }
    if (use == AccountUse::Read && m_options.phoneText.isEmpty()) {
        const QString last = m_keys->lastPhone();
        if (last.isEmpty())
            m_console.fail(ExitUsage,
                           tr("No sandbox phone given and none used before: pass --phone PHONE (after "
                              "test-key or set-key), or pass the key with --api-key-stdin."));
        return last.isEmpty() ? std::nullopt : std::optional<QString>(last);
    }
    return requiredPhone();
}

std::optional<QString> CliApplication::requiredPhone()
{
    if (m_options.phoneText.isEmpty()) {
        m_console.fail(
            ExitUsage,
            tr("This command needs --phone PHONE: the number registered on my.novapost.com, with its "
               "country code."));
        return std::nullopt;
    }
    const PhoneNumber phone = PhoneNumber::parse(m_options.phoneText);
    if (!phone.isValid()) {
        m_console.fail(ExitUsage, phone.errorMessage());
        return std::nullopt;
    }
    return phone.digits();
}

} // namespace novapost::cli
