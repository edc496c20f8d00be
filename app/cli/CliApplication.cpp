// SPDX-License-Identifier: MIT
#include "CliApplication.h"

#include "AppSettings.h"
#include "JwtToken.h"
#include "KeychainSecretStore.h"
#include "PhoneNumber.h"
#include "ProcessHardening.h"
#include "SecretMasker.h"
#include "TokenCountdown.h"
#include "TokenFetch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

namespace novapost::cli {

namespace {

// A key or a token is far smaller; reading stops here so a stray pipe cannot eat memory.
constexpr std::size_t MaximumStdinBytes = 64 * 1024;

QString isoUtc(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue isoOrNull(const QDateTime& when)
{
    return when.isValid() ? QJsonValue(isoUtc(when)) : QJsonValue(QJsonValue::Null);
}

QString readableUtc(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC")
                          : QStringLiteral("-");
}

QString durationText(qint64 seconds)
{
    const qint64 magnitude = qAbs(seconds);
    if (magnitude < 3600)
        return TokenCountdown::formatMinutesSeconds(magnitude);
    if (magnitude < 2 * 86400)
        return CliApplication::tr("%n hour(s)", "", int(magnitude / 3600));
    return CliApplication::tr("%n day(s)", "", int(qMin<qint64>(magnitude / 86400, INT_MAX)));
}

} // namespace

CliApplication::CliApplication(CliOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(AppSettings::open())
    , m_network(new QNetworkAccessManager(this))
    , m_api(new ApiClient(m_network, this))
    , m_secrets(new KeychainSecretStore(QString::fromLatin1(KeychainSecretStore::DefaultService), this))
    , m_keys(new KeyStore(m_secrets, m_settings.get(), &m_clock, this))
    , m_tokens(new TokenCache(m_secrets, m_settings.get(), &m_clock, this))
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
            note(tr("waiting for the keychain to be unlocked…"));
        m_waitNoticeShown = true;
    });
    connect(m_tokens, &TokenCache::cacheSkipped, this, [this](const QString& reason) {
        note(tr("The JWT cache is skipped for this run: %1").arg(reason));
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
            return runKeys();
        case Command::SetKey:
            return runSetKey();
        case Command::Forget:
            return runForget();
        case Command::Decode:
            return runDecode();
        }
    });
}

// ---- token ---------------------------------------------------------------------------------

void CliApplication::runToken()
{
    if (m_options.apiKeyFromStdin) {
        if (const auto key = readStdinLine(tr("apiKey")))
            fetchJwt(*key, false, {});
        return;
    }

    const EnvironmentKind kind = m_options.environment.kind();
    const auto account = selectedAccount(AccountUse::Read);
    if (!account)
        return;
    const QString phone = *account;
    m_keys->readKey(kind, phone, this, [this, kind, phone](const SecretResult& result) {
        if (result.status == SecretResult::Status::NotFound && m_keys->entry(kind, phone)) {
            // We stored it: a keychain that hides it is locked or refusing, not empty.
            return failKeychain(tr("The keychain did not give out the stored key. If it is locked, unlock it "
                                   "and try again; if the key was removed from it, store the key again."));
        }
        if (result.status == SecretResult::Status::NotFound) {
            const QString hint =
                kind == EnvironmentKind::Production
                    ? tr("No production apiKey “%1” is stored: store it with “novapost-jwt-cli "
                         "--env production set-key”, "
                         "or pass it with --api-key-stdin.")
                          .arg(m_options.keyLabel.trimmed().isEmpty() ? phone : m_options.keyLabel.trimmed())
                    : tr("No sandbox apiKey is stored for +%1: run “novapost-jwt-cli "
                         "test-key --phone %1” first, or "
                         "pass the key with --api-key-stdin.")
                          .arg(phone);
            return fail(ExitUsage, hint);
        }
        if (!result.ok())
            return failKeychain(result.message);
        fetchJwt(result.secret, true, phone);
    });
}

void CliApplication::fetchJwt(const QString& apiKey, bool fromKeychain, const QString& phone)
{
    m_seenSecrets.append(apiKey);
    auto* fetch = new TokenFetch(m_api, m_tokens, m_settings.get(), this);
    const auto markUsed = [this, fromKeychain, phone] {
        if (fromKeychain)
            m_keys->markUsed(m_options.environment.kind(), phone);
    };
    connect(fetch, &TokenFetch::cachedToken, this, [this, markUsed](const TokenCache::CachedToken& cached) {
        m_seenSecrets.append(cached.token.raw());
        markUsed();
        printToken(cached, true);
        succeed();
    });
    connect(fetch, &TokenFetch::freshToken, this, [this, markUsed](const TokenCache::CachedToken& received) {
        m_seenSecrets.append(received.token.raw());
        markUsed();
        printToken(received, false);
    });
    // Without a keychain the token is simply not cached; scripts still get it.
    connect(fetch, &TokenFetch::tokenShared, this, &CliApplication::succeed);
    connect(fetch, &TokenFetch::failed, this, &CliApplication::failWith);
    connect(fetch, &TokenFetch::cacheUnwritable, this,
            [this](const QString& problem) { fail(ExitSettingsFailure, problem); });
    TokenFetch::Options options;
    options.useCache = !m_options.fresh;
    options.minimumSecondsLeft = m_options.minimumTtlSeconds;
    options.keyFromKeychain = fromKeychain;
    options.refuseUncacheable = true;
    fetch->start(m_options.environment, apiKey, options);
}

void CliApplication::printToken(const TokenCache::CachedToken& cached, bool fromCache)
{
    const JwtToken& token = cached.token;
    if (!m_options.json)
        return printLine(token.raw());
    QJsonObject object{{QStringLiteral("jwt"), token.raw()}};
    object.insert(QStringLiteral("expiresAt"),
                  token.expiresAt() ? isoOrNull(*token.expiresAt()) : QJsonValue());
    const auto remaining = m_tokens->secondsLeft(cached);
    object.insert(QStringLiteral("expiresIn"), remaining ? QJsonValue(double(*remaining)) : QJsonValue());
    object.insert(QStringLiteral("environment"), m_options.environment.id());
    object.insert(QStringLiteral("cached"), fromCache);
    printLine(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

// ---- test-key ------------------------------------------------------------------------------

void CliApplication::runTestKey()
{
    if (!m_options.environment.allowsTestKeys())
        return fail(ExitUsage,
                    tr("Test keys exist only in the sandbox; in production, use the apiKey from your "
                       "Nova Post manager or my.novapost.com (store it with set-key)."));
    const auto phone = requiredPhone();
    if (!phone)
        return;
    if (m_options.renew || !m_keys->requestedToday(*phone))
        return requestTestKeyIfStorable(*phone);

    // The API repeats the same key within a day, and may answer 429: reuse what we stored.
    m_keys->readKey(EnvironmentKind::Sandbox, *phone, this,
                    [this, phone = *phone](const SecretResult& result) {
                        if (result.status == SecretResult::Status::NotFound)
                            return requestTestKeyIfStorable(phone);
                        // Asking again would spend the day's one request on a keychain problem.
                        if (!result.ok())
                            return failKeychain(result.message);
                        const auto entry = m_keys->entry(EnvironmentKind::Sandbox, phone);
                        TestApiKey key;
                        key.apiKey = result.secret;
                        if (entry) {
                            key.createdAt = entry->createdAt;
                            key.expiresAt = entry->expiresAt;
                            key.status = entry->status;
                        }
                        m_keys->setLastPhone(phone);
                        reportTestKey(phone, key, true, {});
                    });
}

void CliApplication::requestTestKeyIfStorable(const QString& phone)
{
    // The API gives one test key a day: never spend it on a key that could not be kept or shown.
    if (const QString problem = AppSettings::writeProblem(*m_settings); !problem.isEmpty())
        return fail(ExitSettingsFailure, problem);
    if (m_options.printKey)
        return requestTestKey(phone);
    m_secrets->checkAccess(this, [this, phone](const SecretResult& access) {
        if (!access.ok())
            return failKeychain(
                tr("No test key was requested: it could not be stored. %1").arg(access.message));
        requestTestKey(phone);
    });
}

void CliApplication::requestTestKey(const QString& phone)
{
    ApiReply* reply = m_api->requestTestApiKey(m_options.environment, phone);
    connect(reply, &ApiReply::finished, this, [this, reply, phone] {
        reply->deleteLater();
        if (!reply->succeeded())
            return failWith(reply->error());
        const TestApiKey key = reply->testApiKey();
        m_seenSecrets.append(key.apiKey);
        m_keys->saveTestKey(phone, key, this, [this, phone, key](const KeyStore::SaveResult& saved) {
            if (saved.ok() && !saved.sessionOnly)
                m_keys->setLastPhone(phone);
            reportTestKey(phone, key, false, saved);
        });
    });
}

void CliApplication::reportTestKey(const QString& phone, const TestApiKey& key, bool reused,
                                   const KeyStore::SaveResult& saved)
{
    // A run of the CLI ends right away, so a key kept only in memory is as good as lost.
    const bool stored = saved.ok() && !saved.sessionOnly;
    const QString problem = saved.message;
    if (!stored && !m_options.printKey)
        return fail(saved.settingsUnwritable ? ExitSettingsFailure : ExitKeychainFailure,
                    tr("The test key for +%1 was issued but could not be stored. %2 Run again with "
                       "--print to see it; the API repeats the same key within a day.")
                        .arg(phone, problem));
    if (!stored)
        std::fprintf(stderr, "novapost-jwt-cli: %s\n", qPrintable(redact(problem)));

    if (m_options.json) {
        QJsonObject object{{QStringLiteral("phone"), phone},
                           {QStringLiteral("createdAt"), isoOrNull(key.createdAt)},
                           {QStringLiteral("expDate"), isoOrNull(key.expiresAt)},
                           {QStringLiteral("status"), key.status},
                           {QStringLiteral("reused"), reused},
                           {QStringLiteral("stored"), stored}};
        if (m_options.printKey)
            object.insert(QStringLiteral("apiKey"), key.apiKey);
        printLine(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        return succeed();
    }

    const QString where = m_secrets->locationDescription();
    QString summary =
        reused ? tr("Reusing the test key requested today for +%1 (use --renew to ask the API again).")
                     .arg(phone)
               : tr("Test key for +%1 received.").arg(phone);
    summary += QLatin1Char(' ') + tr("Status: %1; created %2; expires %3.")
                                      .arg(key.status.isEmpty() ? QStringLiteral("-") : key.status,
                                           readableUtc(key.createdAt), readableUtc(key.expiresAt));
    if (stored)
        summary += QLatin1Char(' ') + tr("Stored in %1.").arg(where);
    if (m_options.printKey) {
        // The summary goes to stderr so that stdout is the key alone, ready for a script.
        std::fprintf(stderr, "%s\n", qPrintable(summary));
        printLine(key.apiKey);
    } else {
        printLine(summary);
    }
    succeed();
}

// ---- keys, set-key, forget ----------------------------------------------------------------

void CliApplication::runKeys()
{
    // The list comes from the settings file; whether the keychain holding the keys can be used
    // right now is asked, not assumed.
    m_secrets->checkAccess(this, [this](const SecretResult& access) { listKeys(access); });
}

void CliApplication::listKeys(const SecretResult& access)
{
    const QList<KeyEntry> entries = m_keys->entries();
    if (m_options.json) {
        QJsonArray list;
        for (const KeyEntry& entry : entries) {
            list.append(QJsonObject{
                {QStringLiteral("environment"), Environment::idOf(entry.environment)},
                {QStringLiteral("phone"), entry.phone.isEmpty() ? QJsonValue() : QJsonValue(entry.phone)},
                {QStringLiteral("key"),
                 entry.productionKey.isEmpty() ? QJsonValue() : QJsonValue(entry.productionKey)},
                {QStringLiteral("label"), entry.label.isEmpty() ? QJsonValue() : QJsonValue(entry.label)},
                {QStringLiteral("createdAt"), isoOrNull(entry.createdAt)},
                {QStringLiteral("expDate"), isoOrNull(entry.expiresAt)},
                {QStringLiteral("status"), entry.status.isEmpty() ? QJsonValue() : QJsonValue(entry.status)},
                {QStringLiteral("storedAt"), isoOrNull(entry.requestedAt)},
                {QStringLiteral("lastUsedAt"), isoOrNull(entry.lastUsedAt)},
            });
        }
        const QString lastPhone = m_keys->lastPhone();
        const QJsonObject object{
            {QStringLiteral("keys"), list},
            {QStringLiteral("lastPhone"), lastPhone.isEmpty() ? QJsonValue() : QJsonValue(lastPhone)},
            {QStringLiteral("storage"), access.ok() ? QStringLiteral("keychain")
                                        : access.status == SecretResult::Status::AccessDenied
                                            ? QStringLiteral("locked")
                                            : QStringLiteral("unavailable")}};
        if (!access.ok())
            note(access.message);
        printLine(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        return succeed();
    }
    if (!access.ok())
        note(access.message);
    if (entries.isEmpty()) {
        printLine(
            tr("No keys stored. Request a sandbox key with “test-key --phone PHONE”, or store a key with "
               "“set-key”."));
        return succeed();
    }
    const QString row = QStringLiteral("%1  %2  %3  %4  %5  %6");
    printLine(row.arg(tr("ENVIRONMENT"), -11)
                  .arg(tr("PHONE OR KEY"), -16)
                  .arg(tr("STATUS"), -8)
                  .arg(tr("CREATED"), -20)
                  .arg(tr("EXPIRES"), -20)
                  .arg(tr("LAST USED")));
    for (const KeyEntry& entry : entries) {
        printLine(row.arg(Environment::idOf(entry.environment), -11)
                      .arg(entry.phone.isEmpty() ? entry.label : QLatin1Char('+') + entry.phone, -16)
                      .arg(entry.status.isEmpty() ? QStringLiteral("-") : entry.status, -8)
                      .arg(readableUtc(entry.createdAt), -20)
                      .arg(readableUtc(entry.expiresAt), -20)
                      .arg(entry.lastUsedAt.isValid() ? readableUtc(entry.lastUsedAt) : tr("never")));
    }
    if (access.ok())
        printLine(tr("Keys are stored in %1.").arg(m_secrets->locationDescription()));
    succeed();
}

void CliApplication::runSetKey()
{
    const EnvironmentKind kind = m_options.environment.kind();
    const auto account = selectedAccount(AccountUse::Write);
    if (!account)
        return;
    const QString phone = *account;
    const auto key = readStdinLine(tr("apiKey"));
    if (!key)
        return;
    if (const QString problem = ApiClient::apiKeyProblem(*key); !problem.isEmpty())
        return fail(ExitUsage, problem);
    auto done = [this, kind, phone](const KeyStore::SaveResult& saved) {
        if (saved.settingsUnwritable)
            return fail(ExitSettingsFailure, saved.message);
        if (!saved.ok() || saved.sessionOnly)
            return failKeychain(saved.message);
        if (kind == EnvironmentKind::Sandbox) {
            m_keys->setLastPhone(phone);
            printLine(
                tr("Stored the sandbox apiKey for +%1 in %2.").arg(phone, m_secrets->locationDescription()));
        } else {
            m_keys->setLastProductionKey(phone);
            printLine(tr("Stored the production apiKey “%1” in %2.")
                          .arg(m_keys->entry(kind, phone)->label, m_secrets->locationDescription()));
        }
        succeed();
    };
    if (kind == EnvironmentKind::Production && !m_options.keyLabel.trimmed().isEmpty())
        m_keys->saveProductionKey(m_options.keyLabel, *key, this, done);
    else
        m_keys->saveKey(kind, phone, *key, this, done);
}

void CliApplication::runForget()
{
    const EnvironmentKind kind = m_options.environment.kind();
    const auto account = selectedAccount(AccountUse::Write);
    if (!account)
        return;
    const QString phone = *account;
    const auto entry = m_keys->entry(kind, phone);
    m_keys->forget(kind, phone, this, [this, kind, phone, entry](const KeyStore::SaveResult& result) {
        if (result.settingsUnwritable)
            return fail(ExitSettingsFailure, result.message);
        if (!result.ok())
            return failKeychain(result.message);
        if (kind == EnvironmentKind::Sandbox && m_keys->lastPhone() == phone)
            m_keys->setLastPhone({});
        if (!entry)
            printLine(tr("Nothing was stored for that key; nothing to forget."));
        else if (kind == EnvironmentKind::Production)
            printLine(tr("Removed the production apiKey “%1”.").arg(entry->label));
        else
            printLine(tr("Removed the sandbox apiKey for +%1.").arg(phone));
        succeed();
    });
}

std::optional<QString> CliApplication::selectedAccount(AccountUse use)
{
    if (m_options.environment.kind() == EnvironmentKind::Production) {
        if (!m_options.phoneText.isEmpty()) {
            fail(ExitUsage,
                 tr("Production keys belong to no phone; leave out --phone (name a key with --key)."));
            return std::nullopt;
        }
        if (const QString label = m_options.keyLabel.trimmed(); !label.isEmpty()) {
            const auto choice = m_keys->productionKeyFor(label, use == AccountUse::Write);
            if (choice.clashingLabel.isEmpty())
                return choice.id;
            fail(ExitUsage,
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
        fail(ExitUsage,
             tr("--key names a production key; in the sandbox, keys belong to phones: use --phone."));
        return std::nullopt;
    }
    if (use == AccountUse::Read && m_options.phoneText.isEmpty()) {
        const QString last = m_keys->lastPhone();
        if (last.isEmpty())
            fail(ExitUsage, tr("No sandbox phone given and none used before: pass --phone PHONE (after "
                               "test-key or set-key), or pass the key with --api-key-stdin."));
        return last.isEmpty() ? std::nullopt : std::optional<QString>(last);
    }
    return requiredPhone();
}

// ---- decode --------------------------------------------------------------------------------

void CliApplication::runDecode()
{
    const auto text = readStdinLine(tr("JWT"));
    if (!text)
        return;
    const JwtToken token = JwtToken::decode(*text);
    if (!token.isValid())
        return fail(ExitUsage, token.errorMessage());

    const QDateTime now = m_clock.now();
    const auto remaining = token.secondsRemaining(now);
    if (m_options.json) {
        QJsonObject object{
            {QStringLiteral("header"), token.header()},
            {QStringLiteral("payload"), token.claims()},
            {QStringLiteral("issuedAt"), token.issuedAt() ? isoOrNull(*token.issuedAt()) : QJsonValue()},
            {QStringLiteral("expiresAt"), token.expiresAt() ? isoOrNull(*token.expiresAt()) : QJsonValue()},
            {QStringLiteral("expiresIn"), remaining ? QJsonValue(double(*remaining)) : QJsonValue()},
            {QStringLiteral("expired"), token.isExpiredAt(now)}};
        // The same readable fields as the window's claims panel: local times and the client id.
        auto localTime = [](const std::optional<QDateTime>& when) {
            return when ? QJsonValue(when->toLocalTime()
                                         .toOffsetFromUtc(when->toLocalTime().offsetFromUtc())
                                         .toString(Qt::ISODate))
                        : QJsonValue();
        };
        object.insert(QStringLiteral("issuedAtLocal"), localTime(token.issuedAt()));
        object.insert(QStringLiteral("expiresAtLocal"), localTime(token.expiresAt()));
        const QJsonValue clientId = token.claims().value(QStringLiteral("cid"));
        object.insert(QStringLiteral("clientId"),
                      clientId.isString() && !clientId.toString().isEmpty() ? clientId : QJsonValue());
        printLine(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        return succeed();
    }

    auto printObject = [this](const QString& title, const QJsonObject& object) {
        printLine(title);
        for (auto it = object.begin(); it != object.end(); ++it) {
            QString value =
                it.value().isString()
                    ? it.value().toString()
                    : QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact))
                          .mid(1)
                          .chopped(1);
            printLine(QStringLiteral("  %1: %2").arg(it.key(), value));
        }
    };
    printObject(tr("Header:"), token.header());
    printObject(tr("Claims:"), token.claims());
    if (token.issuedAt())
        printLine(tr("Issued:  %1")
                      .arg(token.issuedAt()->toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))));
    if (!token.expiresAt()) {
        printLine(tr("Expires: unknown (the token has no usable exp claim)"));
    } else {
        const QString when = token.expiresAt()->toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
        printLine(*remaining > 0 ? tr("Expires: %1 (in %2)").arg(when, durationText(*remaining))
                                 : tr("Expires: %1 (expired %2 ago)").arg(when, durationText(*remaining)));
    }
    succeed();
}

// ---- helpers -------------------------------------------------------------------------------

std::optional<QString> CliApplication::requiredPhone()
{
    if (m_options.phoneText.isEmpty()) {
        fail(ExitUsage,
             tr("This command needs --phone PHONE: the number registered on my.novapost.com, with its "
                "country code."));
        return std::nullopt;
    }
    const PhoneNumber phone = PhoneNumber::parse(m_options.phoneText);
    if (!phone.isValid()) {
        fail(ExitUsage, phone.errorMessage());
        return std::nullopt;
    }
    return phone.digits();
}

std::optional<QString> CliApplication::readStdinLine(const QString& what)
{
    // Blocking is fine here: nothing else runs before the input arrives.
    std::string line;
    // Reserved up front so the key is never left behind in a smaller buffer given back on growth.
    line.reserve(MaximumStdinBytes + 1);
    char c = 0;
    while (line.size() <= MaximumStdinBytes && std::cin.get(c) && c != '\n')
        line.push_back(c);
    if (line.size() > MaximumStdinBytes) {
        ProcessHardening::wipe(line);
        fail(ExitUsage, tr("The %1 on standard input is far too long.").arg(what));
        return std::nullopt;
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    // Surrounding blanks are never part of a key or a token; they come with copying and pasting.
    const QString text = QString::fromStdString(line).trimmed();
    ProcessHardening::wipe(line);
    if (text.isEmpty()) {
        fail(ExitUsage, tr("No %1 on standard input: pipe it in, for example “printf '%s\\n' \"$KEY\" | "
                           "novapost-jwt-cli ...”.")
                            .arg(what));
        return std::nullopt;
    }
    m_seenSecrets.append(text);
    return text;
}

void CliApplication::note(const QString& text)
{
    std::fprintf(stderr, "novapost-jwt-cli: %s\n", redact(text).toLocal8Bit().constData());
    std::fflush(stderr);
}

void CliApplication::printLine(const QString& text)
{
    if (m_outputFailed)
        return;
    const QByteArray line = text.toUtf8() + '\n';
    errno = 0;
    if (std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout) == std::size_t(line.size()) &&
        std::fflush(stdout) == 0)
        return;
    // A token written nowhere must not look like success to a script.
    const QString reason = errno != 0 ? QString::fromLocal8Bit(std::strerror(errno)) : QString();
    fail(ExitOutputFailed, reason.isEmpty() ? tr("The output could not be written.")
                                            : tr("The output could not be written: %1.").arg(reason));
    m_outputFailed = true;
}

QString CliApplication::redact(QString text) const
{
    return SecretMasker(m_seenSecrets).mask(text);
}

void CliApplication::fail(int exitCode, const QString& message)
{
    if (m_outputFailed)
        return;
    std::fprintf(stderr, "novapost-jwt-cli: %s\n", redact(message).toLocal8Bit().constData());
    std::fflush(stderr);
    QCoreApplication::exit(exitCode);
}

void CliApplication::failWith(const ApiError& error)
{
    fail(ApiError::exitCodeFor(error.kind()), error.message());
}

void CliApplication::failKeychain(const QString& message)
{
    fail(ExitKeychainFailure, message);
}

void CliApplication::succeed()
{
    if (m_outputFailed)
        return;
    QCoreApplication::exit(ExitOk);
}

} // namespace novapost::cli
