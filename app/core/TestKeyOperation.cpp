// SPDX-License-Identifier: MIT
#include "TestKeyOperation.h"

#include "ApiReply.h"

namespace novapost {

TestKeyOperation::TestKeyOperation(ApiClient* api, KeyStore* keys, QSettings* settings, TestKeyRequest request,
                                   QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_keys(keys)
    , m_settings(settings)
    , m_request(std::move(request))
    , m_phone(PhoneNumber::parse(m_request.phoneText))
{}

void TestKeyOperation::cancel() {}

} // namespace novapost
