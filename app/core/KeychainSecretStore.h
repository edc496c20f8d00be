// SPDX-License-Identifier: MIT
#pragma once

#include "SecretStore.h"

namespace novapost {

/**
 * @brief Secrets in the OS keychain through QtKeychain: Secret Service or KWallet on Linux,
 * Keychain on macOS, Credential Manager on Windows. Never falls back to plain text.
 */
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    static constexpr const char* DefaultService = "novapost-jwt";

    explicit KeychainSecretStore(QString service = QString::fromLatin1(DefaultService),
                                 QObject* parent = nullptr);

    void readSecret(const QString& name, QObject* context, Callback callback) override;
    void writeSecret(const QString& name, const QString& secret, QObject* context,
                     Callback callback) override;
    void removeSecret(const QString& name, QObject* context, Callback callback) override;
    void checkAccess(QObject* context, Callback callback) override;
    QString locationDescription() const override;
    bool isPersistent() const override { return true; }

    QString service() const { return m_service; }
    /** Every call answers within this time, TimedOut if the keychain has not. */
    void setTimeoutMs(int milliseconds) { m_timeoutMs = qMax(1, milliseconds); }
    int timeoutMs() const { return m_timeoutMs; }

private:
    /** @p callback answered once: by the first answer, or with TimedOut at the deadline. */
    Callback answerOnce(QObject* context, Callback callback);
    template<typename JobType>
    JobType* prepare(JobType* job, const QString& name, QObject* context, Callback answer);

    QString m_service;
    // Long enough for a person to type an unlock password.
    int m_timeoutMs = 60000;
};

} // namespace novapost
