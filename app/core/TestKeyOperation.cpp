// SPDX-License-Identifier: MIT
#include "TestKeyOperation.h"

#include "ApiClient.h"
#include "ApiReply.h"
#include "AppSettings.h"

#include <QSettings>
#include <QTimer>

namespace novapost {

TestKeyOperation::TestKeyOperation(ApiClient* api, KeyStore* keys, QSettings* settings,
                                   TestKeyRequest request, QObject* parent)
    : OneShotOperation(parent)
    , m_api(api)
    , m_keys(keys)
    , m_settings(settings)
    , m_request(std::move(request))
    , m_phone(PhoneNumber::parse(m_request.phoneText))
{
    // Queued, so that the caller can connect first and every outcome comes from the event loop.
    QTimer::singleShot(0, this, &TestKeyOperation::start);
}

void TestKeyOperation::start()
{
    if (isConcluded())
        return;
    if (!m_phone.isValid()) {
        if (claimOutcome())
            emit invalidPhone(m_phone.errorMessage());
        return finish();
    }
    // Nova Post repeats the same key within a day (and may answer 429): reuse what is stored.
    if (m_request.force || !m_keys->requestedToday(m_phone.digits()))
        return checkThenRequest();
    if (m_request.readStoredKey)
        return readStoredKeyThenReuse();
    reuse({});
}

void TestKeyOperation::readStoredKeyThenReuse()
{
    m_keys->readKey(EnvironmentKind::Sandbox, m_phone.digits(), this, [this](const SecretResult& read) {
        if (isConcluded())
            return;
        // Listed but gone from the keychain: asking again brings the same key back.
        if (read.status == SecretResult::Status::NotFound)
            return checkThenRequest();
        // Asking again would spend the day's one request on a keychain problem.
        if (!read.ok()) {
            if (claimOutcome())
                emit storedKeyUnreadable(read);
            return finish();
        }
        reuse(read.secret);
    });
}

void TestKeyOperation::reuse(const QString& apiKey)
{
    TestApiKey key;
    key.apiKey = apiKey;
    if (const auto entry = m_keys->entry(EnvironmentKind::Sandbox, m_phone.digits())) {
        key.createdAt = entry->createdAt;
        key.expiresAt = entry->expiresAt;
        key.status = entry->status;
    }
    if (!claimOutcome())
        return;
    m_keys->setLastPhone(m_phone.digits());
    emit reused(m_phone, key);
    finish();
}

void TestKeyOperation::checkThenRequest()
{
    // One request a day: never spend it on a key that could not be listed or kept.
    if (m_settings) {
        if (const QString problem = AppSettings::writeProblem(*m_settings); !problem.isEmpty()) {
            if (claimOutcome())
                emit settingsUnwritable(problem);
            return finish();
        }
    }
    if (m_request.storageOptional)
        return sendRequest();
    m_keys->secretStore()->checkAccess(this, [this](const SecretResult& access) {
        if (isConcluded())
            return;
        // Without any keychain a store that keeps keys in memory still keeps this one for now.
        const bool keptInMemory =
            access.status == SecretResult::Status::Unavailable && m_keys->memoryFallback();
        if (!access.ok() && !keptInMemory) {
            if (claimOutcome())
                emit keychainProblem(access);
            return finish();
        }
        sendRequest();
    });
}

void TestKeyOperation::sendRequest()
{
    emit requesting(m_phone);
    if (isConcluded())
        return; // cancelled by a listener of requesting()
    ApiReply* reply = m_api->requestTestApiKey(m_request.environment, m_phone.digits());
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_reply = nullptr;
        if (!reply->succeeded()) {
            // A refused request (429 daily limit, 422) leaves any stored key exactly as it was.
            if (claimOutcome())
                emit failed(reply->error());
            return finish();
        }
        store(reply->testApiKey());
    });
}

void TestKeyOperation::store(const TestApiKey& key)
{
    m_keyIssued = true;
    m_keys->saveTestKey(m_phone.digits(), key, this, [this, key](const KeyStore::SaveResult& result) {
        if (result.ok() && !result.sessionOnly)
            m_keys->setLastPhone(m_phone.digits());
        if (claimOutcome())
            emit saved(m_phone, key, result);
        finish();
    });
}

void TestKeyOperation::cancel()
{
    if (isFinished() || m_keyIssued)
        return;
    if (m_reply)
        return m_reply->cancel(); // finished() follows and reports the cancellation
    if (claimOutcome())
        emit failed(ApiError(ApiError::Kind::Cancelled, ApiReply::tr("The request was cancelled.")));
    finish();
}

} // namespace novapost
