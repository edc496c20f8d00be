// SPDX-License-Identifier: MIT
#include "TokenService.h"

namespace novapost {

TokenService::TokenService(ApiClient* api, KeyStore* keys, TokenCache* cache, QSettings* settings,
                           const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_keys(keys)
    , m_cache(cache)
    , m_settings(settings)
    , m_clock(clock)
{}

TokenOperation* TokenService::getToken(const TokenRequest& request)
{
    return new TokenOperation(m_api, m_keys, m_cache, m_settings, m_clock, request, this);
}

} // namespace novapost
