// SPDX-License-Identifier: MIT
#pragma once

#include "TestKeyOperation.h"

#include <QObject>

class QSettings;

namespace novapost {

class ApiClient;
class KeyStore;

/**
 * @brief The one test-key rule of the window and the CLI.
 *
 * Nova Post gives one test key per phone and day and repeats it when asked again the same day, so
 * a key requested today is reused unless the caller forces a new request; the request is never
 * spent while the key could not be kept (keychain locked or silent, settings file unwritable).
 */
class TestKeyService : public QObject
{
    Q_OBJECT

public:
    /**
     * None of the pointers is owned. @p settings may be null: then its writability is not checked.
     * Whether a missing keychain blocks the request follows KeyStore::memoryFallback().
     */
    TestKeyService(ApiClient* api, KeyStore* keys, QSettings* settings, QObject* parent = nullptr);

    /** Starts a request; the operation reports on the event loop (connect right away). */
    TestKeyOperation* request(const TestKeyRequest& request);

private:
    ApiClient* m_api;
    KeyStore* m_keys;
    QSettings* m_settings;
};

} // namespace novapost
