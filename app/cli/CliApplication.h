// SPDX-License-Identifier: MIT
#pragma once

#include "ApiClient.h"
#include "CliOptions.h"
#include "KeyStore.h"
#include "TokenCache.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace novapost {
class KeychainSecretStore;
}
class QSettings;

namespace novapost::cli {

/**
 * @brief Runs one command asynchronously and exits the event loop with its exit code.
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
    void runKeys();
    void listKeys(const SecretResult& access);
    void runSetKey();
    void runForget();
    void runDecode();

    /** A cached token, or a new one shared with other runs and windows through the cache. */
    void fetchJwt(const QString& apiKey, bool fromKeychain, const QString& phone);
    void printToken(const TokenCache::CachedToken& cached, bool fromCache);
    void requestTestKey(const QString& phone);
    void requestTestKeyIfStorable(const QString& phone);
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
    std::optional<QString> readStdinLine(const QString& what);

    void printLine(const QString& text);
    /** A line on stderr that is not the run's outcome. */
    void note(const QString& text);
    void fail(int exitCode, const QString& message);
    void failWith(const ApiError& error);
    void failKeychain(const QString& message);
    void succeed();
    /** Removes every secret this run has seen from text bound for stderr. */
    QString redact(QString text) const;

    CliOptions m_options;
    SystemClock m_clock;
    std::unique_ptr<QSettings> m_settings;
    QNetworkAccessManager* m_network;
    ApiClient* m_api;
    KeychainSecretStore* m_secrets;
    KeyStore* m_keys;
    TokenCache* m_tokens;
    QStringList m_seenSecrets;
    bool m_waitNoticeShown = false;
    /** Set once stdout failed: the run has ended with ExitOutputFailed, whatever comes next. */
    bool m_outputFailed = false;
};

} // namespace novapost::cli
