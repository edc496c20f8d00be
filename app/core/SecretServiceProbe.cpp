// SPDX-License-Identifier: MIT
#include "SecretServiceProbe.h"

#include <QTimer>

#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
#define NOVAPOST_HAS_SECRET_SERVICE 1
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

namespace novapost {

#ifdef NOVAPOST_HAS_SECRET_SERVICE
namespace {

const QString SecretsService = QStringLiteral("org.freedesktop.secrets");

SecretServiceProbe::State stateOfError(const QDBusError& error)
{
    using State = SecretServiceProbe::State;
    switch (error.type()) {
    case QDBusError::NoReply:
    case QDBusError::Timeout:
    case QDBusError::TimedOut:
        return State::TimedOut;
    case QDBusError::Disconnected:
    case QDBusError::NoServer:
        return State::Unreachable;
    case QDBusError::ServiceUnknown:
        // No Secret Service on the bus, but QtKeychain may be using KWallet: no verdict.
        return State::Unknown;
    case QDBusError::UnknownObject:
    case QDBusError::UnknownMethod:
        return State::Absent;
    default:
        return State::Unknown;
    }
}

void call(const QDBusMessage& message, int timeoutMs, QObject* context,
          std::function<void(const QDBusMessage&)> onReply, SecretServiceProbe::Callback onError)
{
    static const bool registered = [] {
        qDBusRegisterMetaType<QMap<QString, QString>>();
        qDBusRegisterMetaType<QList<QDBusObjectPath>>();
        return true;
    }();
    Q_UNUSED(registered)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        QTimer::singleShot(0, context, [onError] { onError(SecretServiceProbe::State::Unreachable); });
        return;
    }
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(message, timeoutMs), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [watcher, onReply = std::move(onReply), onError = std::move(onError)] {
                         watcher->deleteLater();
                         const QDBusMessage reply = watcher->reply();
                         if (reply.type() == QDBusMessage::ErrorMessage)
                             return onError(stateOfError(watcher->error()));
                         onReply(reply);
                     });
}

} // namespace

void SecretServiceProbe::itemState(const QString& service, const QString& name, int timeoutMs,
                                   QObject* context, Callback callback)
{
    // QtKeychain's libsecret schema stores the entry name as "user" and the service as "server".
    QDBusMessage search = QDBusMessage::createMethodCall(
        SecretsService, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    const QMap<QString, QString> attributes{{QStringLiteral("server"), service},
                                            {QStringLiteral("user"), name}};
    search << QVariant::fromValue(attributes);
    call(
        search, timeoutMs, context,
        [callback](const QDBusMessage& reply) {
            const QList<QVariant> arguments = reply.arguments();
            if (arguments.size() != 2)
                return callback(State::Unknown);
            auto paths = [](const QVariant& value) {
                return qdbus_cast<QList<QDBusObjectPath>>(value);
            };
            if (!paths(arguments.at(1)).isEmpty())
                return callback(State::Locked);
            callback(paths(arguments.at(0)).isEmpty() ? State::Absent : State::Unlocked);
        },
        callback);
}

void SecretServiceProbe::defaultCollectionState(int timeoutMs, QObject* context, Callback callback)
{
    QDBusMessage get = QDBusMessage::createMethodCall(
        SecretsService, QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    call(
        get, timeoutMs, context,
        [callback](const QDBusMessage& reply) {
            const QList<QVariant> arguments = reply.arguments();
            if (arguments.size() != 1)
                return callback(State::Unknown);
            const QVariant locked = qdbus_cast<QDBusVariant>(arguments.at(0)).variant();
            if (locked.userType() != QMetaType::Bool)
                return callback(State::Unknown);
            callback(locked.toBool() ? State::Locked : State::Unlocked);
        },
        callback);
}

#else

void SecretServiceProbe::itemState(const QString&, const QString&, int, QObject* context, Callback callback)
{
    QTimer::singleShot(0, context, [callback] { callback(State::Unknown); });
}

void SecretServiceProbe::defaultCollectionState(int, QObject* context, Callback callback)
{
    QTimer::singleShot(0, context, [callback] { callback(State::Unknown); });
}

#endif

} // namespace novapost
