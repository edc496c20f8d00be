// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"
#include "Environment.h"
#include "KeyStore.h"
#include "OneShotOperation.h"
#include "PhoneNumber.h"
#include "SecretStore.h"
#include "TestApiKey.h"

#include <QPointer>
#include <QString>

class QSettings;

namespace novapost {

class ApiClient;
class ApiReply;

/** @brief What a caller wants from /test-api-keys. */
struct TestKeyRequest
{
    /** The sandbox (possibly with another base URL); test keys exist nowhere else. */
    Environment environment{EnvironmentKind::Sandbox};
    /** The phone as typed: "+49 821 343-7654". */
    QString phoneText;
    /** Ask Nova Post even when a key for this phone was requested today (Renew). */
    bool force = false;
    /**
     * When today's key is reused, read it from the keychain too (to show it); a key the keychain
     * no longer holds is then requested again.
     */
    bool readStoredKey = false;
    /**
     * The caller can use a key that could not be stored (it shows it): the keychain is not checked
     * before asking. Otherwise the day's one request is never spent on a key that cannot be kept.
     */
    bool storageOptional = false;
};

/**
 * @brief One test-key request: validate the phone -> reuse today's key -> check that the key
 * could be kept -> POST /test-api-keys -> store the key.
 *
 * Made by TestKeyService::request() and started on the event loop, so connect to it right away.
 * Exactly one of invalidPhone(), reused(), storedKeyUnreadable(), keychainProblem(),
 * settingsUnwritable(), failed() or saved() is emitted, then finished(); the object deletes
 * itself after finished(). The last phone is remembered when the key was reused or stored
 * in the keychain.
 */
class TestKeyOperation : public OneShotOperation
{
    Q_OBJECT

public:
    /**
     * Stops the operation; ends in failed() with ApiError::Kind::Cancelled. Once Nova Post has
     * issued the key it is stored whatever happens (the day's request is spent), so cancel() then
     * changes nothing and saved() follows.
     */
    void cancel();
    /** The request to Nova Post is under way. */
    bool isRequesting() const { return !m_reply.isNull(); }
    /** Nova Post issued the key and it is being stored: cancel() can no longer stop anything. */
    bool isStoringKey() const { return m_keyIssued && !isFinished(); }
    const TestKeyRequest& request() const { return m_request; }

signals:
    /** Progress: the request to Nova Post is about to be sent. */
    void requesting(const novapost::PhoneNumber& phone);

    /** The phone is not a usable number; @p message says why. Nothing was asked. */
    void invalidPhone(const QString& message);
    /**
     * A key for @p phone was requested today and is stored, so Nova Post was not asked again
     * (it would repeat the same key). @p storedKey has the stored dates and status, and the key
     * itself only with TestKeyRequest::readStoredKey.
     */
    void reused(const novapost::PhoneNumber& phone, const novapost::TestApiKey& storedKey);
    /** With TestKeyRequest::readStoredKey: today's stored key could not be read. Nothing was asked. */
    void storedKeyUnreadable(const novapost::SecretResult& result);
    /** The keychain would not take a new key (locked, silent, missing). Nothing was asked. */
    void keychainProblem(const novapost::SecretResult& access);
    /** The settings file cannot be written, so the key could not be listed. Nothing was asked. */
    void settingsUnwritable(const QString& problem);
    /** Nova Post refused or could not be reached, or the operation was cancelled; stored keys stay. */
    void failed(const novapost::ApiError& error);
    /**
     * Nova Post issued @p key; @p result says whether and where it was stored (a key kept only in
     * memory, or not at all, is still reported here).
     */
    void saved(const novapost::PhoneNumber& phone, const novapost::TestApiKey& key,
               const novapost::KeyStore::SaveResult& result);

private:
    friend class TestKeyService;
    TestKeyOperation(ApiClient* api, KeyStore* keys, QSettings* settings, TestKeyRequest request,
                     QObject* parent);

    void start();
    void reuse(const QString& apiKey);
    void readStoredKeyThenReuse();
    void checkThenRequest();
    void sendRequest();
    void store(const TestApiKey& key);

    ApiClient* m_api;
    KeyStore* m_keys;
    QSettings* m_settings;
    TestKeyRequest m_request;
    PhoneNumber m_phone;
    QPointer<ApiReply> m_reply;
    bool m_keyIssued = false;
};

} // namespace novapost
