// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"
#include "Defaults.h"
#include "Environment.h"
#include "JwtToken.h"
#include "OneShotOperation.h"
#include "SecretStore.h"

#include <QPointer>
#include <QString>

#include <optional>

class QSettings;

namespace novapost {

class ApiClient;
class Clock;
class KeyStore;
class TokenCache;
class TokenFetch;

/** @brief What a caller wants a JWT for, and how a cached one may be used. */
struct TokenRequest
{
    /** The server and its rules; its kind also says which stored key is meant. */
    Environment environment;
    /** The stored key: phone digits in the sandbox, the production key id in production. */
    QString account;
    /** A key given by the caller (e.g. read from stdin): then no key is read and none marked used. */
    std::optional<QString> apiKey;
    /** False: always ask Nova Post (the new token is still cached). */
    bool useCache = true;
    /** A cached token must live at least this long to be handed out. */
    qint64 minimumSecondsLeft = defaults::CacheMinimumSecondsLeft;
    /** Fail with cacheUnwritable() rather than mint a token that could not be cached (scripts). */
    bool refuseUncacheable = false;
};

/** @brief A JWT as the caller gets it. */
struct TokenResult
{
    JwtToken token;
    /** Server time minus local time when the token was received (0 when the clocks agree). */
    qint64 clockOffsetSeconds = 0;
    /** True when the token came from the cache, without asking Nova Post. */
    bool fromCache = false;
    /** Seconds the token has left by the server's clock; empty without a usable exp claim. */
    std::optional<qint64> secondsLeft;
};

/**
 * @brief One run of the token flow: read the stored key, then a cached JWT or a new one.
 *
 * Made by TokenService::getToken() and started on the event loop, so connect to it right away.
 * Exactly one of succeeded(), keyProblem(), failed() or cacheUnwritable() is emitted, then
 * finished(); the object deletes itself after finished().
 */
class TokenOperation : public OneShotOperation
{
    Q_OBJECT

public:
    /**
     * Stops the operation. Ends in failed() with ApiError::Kind::Cancelled unless a final signal
     * was already emitted; a lock held for this key is released.
     */
    void cancel();
    /** A request to Nova Post is under way (not just a keychain read or a wait for another run). */
    bool isRequesting() const;
    const TokenRequest& request() const { return m_request; }

signals:
    /**
     * The token is here. A new token is reported as soon as it arrives; caching it and releasing
     * the lock follow before finished().
     */
    void succeeded(const novapost::TokenResult& result);
    /** The stored key could not be read: NotFound, locked, denied, unavailable or timed out. */
    void keyProblem(const novapost::SecretResult& result);
    /** Nova Post refused or could not be reached, or the operation was cancelled. */
    void failed(const novapost::ApiError& error);
    /** With TokenRequest::refuseUncacheable: the settings file cannot be written; nothing was asked. */
    void cacheUnwritable(const QString& problem);

private:
    friend class TokenService;
    TokenOperation(ApiClient* api, KeyStore* keys, TokenCache* cache, QSettings* settings, const Clock* clock,
                   TokenRequest request, QObject* parent);

    void start();
    void fetch(const QString& apiKey, bool fromKeychain);
    TokenResult resultOf(const JwtToken& token, qint64 clockOffsetSeconds, bool fromCache) const;

    ApiClient* m_api;
    KeyStore* m_keys;
    QPointer<TokenCache> m_cache;
    QSettings* m_settings;
    const Clock* m_clock;
    TokenRequest m_request;
    QPointer<TokenFetch> m_fetch;
};

} // namespace novapost
