// SPDX-License-Identifier: MIT
#include "TokenOperation.h"

#include "TokenCache.h"
#include "TokenFetch.h"

namespace novapost {

TokenOperation::TokenOperation(ApiClient* api, KeyStore* keys, TokenCache* cache, QSettings* settings,
                               const Clock* clock, TokenRequest request, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_keys(keys)
    , m_cache(cache)
    , m_settings(settings)
    , m_clock(clock)
    , m_request(std::move(request))
{}

void TokenOperation::cancel() {}

bool TokenOperation::isRequesting() const
{
    return m_fetch && m_fetch->isRequesting();
}

} // namespace novapost
