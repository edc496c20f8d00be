// SPDX-License-Identifier: MIT
#pragma once

#include "SecretStore.h"

#include <QHash>

namespace novapost {

/**
 * @brief Secrets kept in memory for this run only: the fallback when no keychain is available,
 * and a fast stand-in for unit tests (beside tests against the real keychain).
 */
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void readSecret(const QString& name, QObject* context, Callback callback) override;
    void writeSecret(const QString& name, const QString& secret, QObject* context,
                     Callback callback) override;
    void removeSecret(const QString& name, QObject* context, Callback callback) override;
    QString locationDescription() const override;
    bool isPersistent() const override { return false; }
    void checkAccess(QObject* context, Callback callback) override;

    /** For tests: make every following operation fail with this status. Ok restores normal work. */
    void simulateFailure(SecretResult::Status status) { m_failure = status; }

private:
    void answerLater(QObject* context, Callback callback, SecretResult result);

    QHash<QString, QString> m_secrets;
    SecretResult::Status m_failure = SecretResult::Status::Ok;
};

} // namespace novapost
