// SPDX-License-Identifier: MIT
#include "KeychainSecretStore.h"

#include "SecretServiceProbe.h"
#include "SessionBusGuard.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace novapost {

namespace {

// After this long a call is most likely waiting for someone to unlock the keychain.
constexpr int UnlockNoticeDelayMs = 1000;

SecretResult unavailable(const QString& detail)
{
    return {SecretResult::Status::Unavailable,
            {},
            KeychainSecretStore::tr("No system keychain is available (%1). Start or unlock your keyring (for "
                                    "example GNOME Keyring or KWallet) and try again.")
                .arg(detail)};
}

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
        return unavailable(detail);
    case Error::CouldNotDeleteEntry:
        break;
    }
    return {SecretResult::Status::Failed,
            {},
            KeychainSecretStore::tr("The system keychain reported an error: %1.").arg(detail)};
}

SecretResult locked()
{
    return {SecretResult::Status::AccessDenied,
            {},
            KeychainSecretStore::tr("The keychain is locked: unlock it and try again.")};
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject* parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{}

SecretStore::Callback KeychainSecretStore::answerOnce(QObject* context, Callback callback)
{
    // QtKeychain jobs cannot be cancelled: past the deadline we answer ourselves and ignore the job.
    auto answered = std::make_shared<bool>(false);
    auto answer = [answered, callback = std::move(callback)](const SecretResult& result) {
        if (*answered)
            return;
        *answered = true;
        callback(result);
    };
    QTimer::singleShot(UnlockNoticeDelayMs, context, [store = QPointer<KeychainSecretStore>(this), answered] {
        if (store && !*answered)
            emit store->waitingForUnlock();
    });
    // Precise: a coarse timer may fire early, and the message says how long we waited.
    QTimer::singleShot(
        m_timeoutMs, Qt::PreciseTimer, context, [answer, seconds = (m_timeoutMs + 999) / 1000] {
            answer({SecretResult::Status::TimedOut,
                    {},
                    tr("The system keychain did not answer within %n second(s). If it asks to be unlocked, "
                       "unlock it and try again.",
                       "", seconds)});
        });
    return answer;
}

template<typename JobType>
JobType* KeychainSecretStore::prepare(JobType* job, const QString& name, QObject* context, Callback answer)
{
    // No parent: a job that outlives its deadline, or this store, deletes itself when it ends
    // (QtKeychain's backends call back into it, so it must not be destroyed while running).
    job->setAutoDelete(true);
    // Never store secrets unencrypted, not even when no keychain is running.
    job->setInsecureFallback(false);
    job->setKey(name);
    SessionBusGuard::keepProcessWhenBusCloses();
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [answer = std::move(answer)](QKeychain::Job* done) {
                         SecretResult result = resultOf(done);
                         if (result.ok()) {
                             if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(done))
                                 result.secret = read->textData();
                         }
                         answer(result);
                     });
    return job;
}

void KeychainSecretStore::readSecret(const QString& name, QObject* context, Callback callback)
{
    const Callback answer = answerOnce(context, std::move(callback));
    // QtKeychain says "not found" for an item it may not read (locked keyring, dismissed prompt).
    auto verified = [service = m_service, timeoutMs = m_timeoutMs, name, context,
                     answer](const SecretResult& result) {
        if (result.status != SecretResult::Status::NotFound)
            return answer(result);
        SecretServiceProbe::itemState(service, name, timeoutMs, context,
                                      [answer, result](SecretServiceProbe::State state) {
                                          if (state == SecretServiceProbe::State::Locked)
                                              return answer(locked());
                                          if (state == SecretServiceProbe::State::Unlocked)
                                              return answer({SecretResult::Status::AccessDenied,
                                                             {},
                                                             tr("The keychain refused to give out the key. "
                                                                "Unlock it and try again.")});
                                          answer(result);
                                      });
    };
    prepare(new QKeychain::ReadPasswordJob(m_service), name, context, verified)->start();
}

void KeychainSecretStore::writeSecret(const QString& name, const QString& secret, QObject* context,
                                      Callback callback)
{
    const Callback answer = answerOnce(context, std::move(callback));
    auto* job = prepare(new QKeychain::WritePasswordJob(m_service), name, context, answer);
    job->setTextData(secret);
    job->start();
}

void KeychainSecretStore::removeSecret(const QString& name, QObject* context, Callback callback)
{
    const Callback answer = answerOnce(context, std::move(callback));
    // A delete in a locked keyring can report success while the item stays: ask whether it is gone.
    auto verified = [service = m_service, timeoutMs = m_timeoutMs, name, context,
                     answer](const SecretResult& result) {
        if (result.status == SecretResult::Status::Unavailable ||
            result.status == SecretResult::Status::AccessDenied)
            return answer(result);
        SecretServiceProbe::itemState(
            service, name, timeoutMs, context, [answer, result](SecretServiceProbe::State state) {
                if (state == SecretServiceProbe::State::Locked)
                    return answer(locked());
                if (state == SecretServiceProbe::State::Unlocked)
                    return answer(
                        {SecretResult::Status::Failed, {}, tr("The keychain did not delete the key.")});
                if (state == SecretServiceProbe::State::Absent)
                    return answer({});
                answer(result);
            });
    };
    prepare(new QKeychain::DeletePasswordJob(m_service), name, context, verified)->start();
}

void KeychainSecretStore::checkAccess(QObject* context, Callback callback)
{
    const Callback answer = answerOnce(context, std::move(callback));
    SecretServiceProbe::defaultCollectionState(
        m_timeoutMs, context, [answer](SecretServiceProbe::State state) {
            switch (state) {
            case SecretServiceProbe::State::Locked:
                return answer(locked());
            case SecretServiceProbe::State::Unreachable:
                return answer(unavailable(tr("the D-Bus session bus cannot be reached")));
            case SecretServiceProbe::State::Absent:
                return answer(unavailable(tr("the keyring has no default collection")));
            case SecretServiceProbe::State::TimedOut:
            case SecretServiceProbe::State::Unknown:
            case SecretServiceProbe::State::Unlocked:
                // A time-out is answered by the deadline above; Unknown leaves the verdict to the write.
                if (state != SecretServiceProbe::State::TimedOut)
                    answer({});
                return;
            }
        });
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
