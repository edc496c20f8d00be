// SPDX-License-Identifier: MIT
#include "MemorySecretStore.h"

#include <QTimer>

namespace novapost {

void MemorySecretStore::answerLater(QObject* context, Callback callback, SecretResult result)
{
    if (m_failure != SecretResult::Status::Ok) {
        result = SecretResult{m_failure, {}, tr("The simulated keychain failed.")};
    }
    // Answer on the event loop like a real keychain, so callers cannot depend on re-entrancy.
    QTimer::singleShot(0, context,
                       [callback = std::move(callback), result = std::move(result)] { callback(result); });
}

void MemorySecretStore::readSecret(const QString& name, QObject* context, Callback callback)
{
    const auto it = m_secrets.constFind(name);
    if (m_failure == SecretResult::Status::Ok && it == m_secrets.constEnd())
        return answerLater(context, std::move(callback), {SecretResult::Status::NotFound, {}, {}});
    answerLater(context, std::move(callback),
                {SecretResult::Status::Ok, it == m_secrets.constEnd() ? QString() : *it, {}});
}

void MemorySecretStore::writeSecret(const QString& name, const QString& secret, QObject* context,
                                    Callback callback)
{
    if (m_failure == SecretResult::Status::Ok)
        m_secrets.insert(name, secret);
    answerLater(context, std::move(callback), {});
}

void MemorySecretStore::removeSecret(const QString& name, QObject* context, Callback callback)
{
    if (m_failure == SecretResult::Status::Ok)
        m_secrets.remove(name);
    answerLater(context, std::move(callback), {});
}

void MemorySecretStore::checkAccess(QObject* context, Callback callback)
{
    answerLater(context, std::move(callback), {});
}

QString MemorySecretStore::locationDescription() const
{
    //: Where keys are kept without a keychain; inserted into sentences such as "Stored in %1."
    return tr("memory only, for this run");
}

} // namespace novapost
