// SPDX-License-Identifier: MIT
#include "TestKeyService.h"

namespace novapost {

TestKeyService::TestKeyService(ApiClient* api, KeyStore* keys, QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_keys(keys)
    , m_settings(settings)
{}

TestKeyOperation* TestKeyService::request(const TestKeyRequest& request)
{
    return new TestKeyOperation(m_api, m_keys, m_settings, request, this);
}

} // namespace novapost
