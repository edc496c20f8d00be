// SPDX-License-Identifier: MIT
#include "KeychainSecretStore.h"

#include "SessionBusGuard.h"

#include <qt6keychain/keychain.h>

namespace novapost {

namespace {

SecretResult resultOf(const QKeychain::Job* job)
{
    using QKeychain::Error;
    const QString detail = job->errorString();
    switch (job->error()) {
    case Error::NoError:
        return {};
    case Error::EntryNotFound:
        return {SecretResult::Status::NotFound, {}, {}};
    case Error::AccessDenied:
    case Error::AccessDeniedByUser:
        return {
            SecretResult::Status::AccessDenied,
            {},
            KeychainSecretStore::tr("The system keychain is locked or refused access (%1). Unlock it and try "
                                    "again.")
                .arg(detail)};
    case Error::NoBackendAvailable:
    case Error::NotImplemented:
    case Error::OtherError:
        return {SecretResult::Status::Unavailable,
                {},
                KeychainSecretStore::tr("No system keychain is available (%1). Start or unlock your keyring "
                                        "(for example GNOME Keyring or KWallet) and try again.")
                    .arg(detail)};
    case Error::CouldNotDeleteEntry:
        break;
    }
    return {SecretResult::Status::Failed,
            {},
            KeychainSecretStore::tr("The system keychain reported an error: %1.").arg(detail)};
}

template<typename JobType>
JobType* prepare(JobType* job, const QString& name, QObject* context, SecretStore::Callback callback)
{
    job->setAutoDelete(true);
    // Never store secrets unencrypted, not even when no keychain is running.
    job->setInsecureFallback(false);
    job->setKey(name);
    SessionBusGuard::keepProcessWhenBusCloses();
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [callback = std::move(callback)](QKeychain::Job* done) {
                         SecretResult result = resultOf(done);
                         if (result.ok()) {
                             if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(done))
                                 result.secret = read->textData();
                         }
                         callback(result);
                     });
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject* parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{}

void KeychainSecretStore::readSecret(const QString& name, QObject* context, Callback callback)
{
    prepare(new QKeychain::ReadPasswordJob(m_service, this), name, context, std::move(callback))->start();
}

void KeychainSecretStore::writeSecret(const QString& name, const QString& secret, QObject* context,
                                      Callback callback)
{
    auto* job = prepare(new QKeychain::WritePasswordJob(m_service, this), name, context, std::move(callback));
    job->setTextData(secret);
    job->start();
}

void KeychainSecretStore::removeSecret(const QString& name, QObject* context, Callback callback)
{
    prepare(new QKeychain::DeletePasswordJob(m_service, this), name, context, std::move(callback))->start();
}

QString KeychainSecretStore::locationDescription() const
{
    //: Where keys are stored; inserted into sentences such as "Stored in %1." and "Keys are stored in %1."
#if defined(Q_OS_MACOS)
    return tr("the macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("the Windows Credential Manager");
#else
    return tr("the system keychain (Secret Service)");
#endif
}

} // namespace novapost
