// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

namespace novapost {

/** @brief Outcome of one secret-store operation. */
struct SecretResult
{
    enum class Status {
        Ok,
        /** Nothing stored under that name yet: an empty state, not an error. */
        NotFound,
        /** No keychain service, or it could not be reached. */
        Unavailable,
        /** Locked, or the user dismissed the unlock prompt. */
        AccessDenied,
        /** The keychain did not answer in time (frozen, or an unlock prompt nobody answers). */
        TimedOut,
        Failed,
    };

    Status status = Status::Ok;
    QString secret;
    /** A sentence for people; empty when status is Ok or NotFound. */
    QString message;

    bool ok() const { return status == Status::Ok; }
};

/**
 * @brief Asynchronous storage for secrets. Callbacks run on the event loop, never re-entrantly,
 * and are dropped when @p context is destroyed.
 */
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult&)>;

    using QObject::QObject;

    virtual void readSecret(const QString& name, QObject* context, Callback callback) = 0;
    virtual void writeSecret(const QString& name, const QString& secret, QObject* context,
                             Callback callback) = 0;
    virtual void removeSecret(const QString& name, QObject* context, Callback callback) = 0;
    /** Where secrets go, for people: "the system keychain (Secret Service)". */
    virtual QString locationDescription() const = 0;
    /** False for stores that forget everything when the program ends. */
    virtual bool isPersistent() const = 0;
    /**
     * Whether a secret written now would be stored: Ok, or why not (locked, no keychain). Stores
     * that cannot tell answer Ok; the write itself still reports its own failure.
     */
    virtual void checkAccess(QObject* context, Callback callback)
    {
        QTimer::singleShot(0, context, [callback = std::move(callback)] { callback({}); });
    }

signals:
    /** A call has been waiting for over a second, most likely for the keychain to be unlocked. */
    void waitingForUnlock();
};

/**
 * Wraps @p callback so that it runs only while @p context lives. Stores pass their own `this` as
 * the context of the secret-store call and guard only the caller's callback with this, so that
 * bookkeeping (settings next to a secret) completes even when the caller's window has gone.
 */
template<typename Callback>
auto whileAlive(QObject* context, Callback callback)
{
    return [guard = QPointer<QObject>(context), callback = std::move(callback)](const auto&... arguments) {
        if (guard)
            callback(arguments...);
    };
}

} // namespace novapost
