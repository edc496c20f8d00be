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
    QString locationDescription() const override;
    bool isPersistent() const override { return true; }

    QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace novapost
