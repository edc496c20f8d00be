// SPDX-License-Identifier: MIT
#pragma once

#include "ApiClient.h"
#include "CliConsole.h"
#include "CliOptions.h"
#include "KeyStore.h"
#include "TestKeyService.h"
#include "TokenCache.h"
#include "TokenService.h"

#include <QObject>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QSettings;

namespace novapost {
class KeychainSecretStore;
}

namespace novapost::cli {

class KeysCommand;

/**
 * @brief Runs one command asynchronously and exits the event loop with its exit code.
 *
 * The token and test-key flows are the core's TokenService and TestKeyService; this class picks
 * the key the command means, turns each outcome into output and an exit code, and runs the
 * keychain commands.
 */
class CliApplication : public QObject
{
    Q_OBJECT

public:
    explicit CliApplication(CliOptions options, QObject* parent = nullptr);
    ~CliApplication() override;

    /** Starts the command; the application's event loop ends with the exit code. */
    void start();

private:
    void runToken();
    void runTestKey();
    void runSetKey();
    void runForget();

    /** A cached token, or a new one shared with other runs and windows through the cache. */
    void getToken(const QString& account, const std::optional<QString>& apiKey);
    void reportKeyProblem(const QString& account, const SecretResult& result);
    void printToken(const TokenResult& result);
    void reportTestKey(const QString& phone, const TestApiKey& key, bool reused,
                       const KeyStore::SaveResult& saved);

    enum class AccountUse { Read, Write };
    /**
     * The sandbox phone digits or production key id a keychain command works on. Reading falls
     * back to the one used last; an empty optional means we already failed with a message.
     */
    std::optional<QString> selectedAccount(AccountUse use);
    /** The validated phone of --phone, or an error exit; empty optional means we already exited. */
    std::optional<QString> requiredPhone();

    CliOptions m_options;
    SystemClock m_clock;
    CliConsole m_console;
    std::unique_ptr<QSettings> m_settings;
    QNetworkAccessManager* m_network;
    ApiClient* m_api;
    KeychainSecretStore* m_secrets;
    KeyStore* m_keys;
    TokenCache* m_tokens;
    TokenService* m_tokenService;
    TestKeyService* m_testKeyService;
    std::unique_ptr<KeysCommand> m_keysCommand;
    bool m_waitNoticeShown = false;
    bool m_tokenPrinted = false;
};

} // namespace novapost::cli
