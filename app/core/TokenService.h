// SPDX-License-Identifier: MIT
#pragma once

#include "TokenOperation.h"

#include <QObject>

class QSettings;

namespace novapost {

class ApiClient;
class Clock;
class KeyStore;
class TokenCache;

/**
 * @brief The one token flow of the window and the CLI: stored key -> cached JWT with enough time
 * left -> or a request to Nova Post -> key marked used -> token cached until its `exp`.
 *
 * One per process. Each getToken() is its own TokenOperation, so a late answer of one can never
 * end another. Runs started together with the same key share one request through TokenFetch's
 * lock and the cache.
 */
class TokenService : public QObject
{
    Q_OBJECT

public:
    /**
     * None of the pointers is owned. @p cache and @p settings may be null: then nothing is cached
     * or shared between processes. @p clock judges how long a token has left.
     */
    TokenService(ApiClient* api, KeyStore* keys, TokenCache* cache, QSettings* settings, const Clock* clock,
                 QObject* parent = nullptr);

    /** Starts getting a token; the operation reports on the event loop (connect right away). */
    TokenOperation* getToken(const TokenRequest& request);

    TokenCache* cache() const { return m_cache; }

private:
    ApiClient* m_api;
    KeyStore* m_keys;
    TokenCache* m_cache;
    QSettings* m_settings;
    const Clock* m_clock;
};

} // namespace novapost
