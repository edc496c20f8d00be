// SPDX-License-Identifier: MIT
#include "FakeNotificationServer.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>

namespace novapost::test {

namespace {
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

FakeNotificationServer::FakeNotificationServer(QStringList capabilities, QObject* parent)
    : QObject(parent)
    , m_capabilities(std::move(capabilities))
{}

FakeNotificationServer::~FakeNotificationServer()
{
    if (m_connection.isConnected()) {
        m_connection.unregisterObject(Path);
        m_connection.unregisterService(Service);
    }
}

bool FakeNotificationServer::registerOn(const QDBusConnection& connection, QString* error)
{
    m_connection = connection;
    if (!m_connection.isConnected()) {
        *error = QStringLiteral("not connected to the bus: %1").arg(m_connection.lastError().message());
        return false;
    }
    m_connection.unregisterObject(Path); // registerOn() may be tried again until the name is free
    if (!m_connection.registerObject(Path, this, QDBusConnection::ExportAllSlots)) {
        *error = QStringLiteral("cannot register %1").arg(Path);
        return false;
    }
    if (!m_connection.registerService(Service)) {
        *error = QStringLiteral("cannot own %1: %2").arg(Service, m_connection.lastError().message());
        return false;
    }
    return true;
}

void FakeNotificationServer::invokeAction(uint id, const QString& actionKey)
{
    QDBusMessage signal = QDBusMessage::createSignal(Path, QStringLiteral("org.freedesktop.Notifications"),
                                                     QStringLiteral("ActionInvoked"));
    signal << id << actionKey;
    m_connection.send(signal);
}

QStringList FakeNotificationServer::GetCapabilities()
{
    return m_capabilities;
}

uint FakeNotificationServer::Notify(const QString& appName, uint replacesId, const QString& appIcon,
                                    const QString& summary, const QString& body, const QStringList& actions,
                                    const QVariantMap& hints, int expireTimeout)
{
    // As the specification says: a known replaces_id keeps its id, anything else gets a new one.
    bool replaced = false;
    for (const Notification& n : std::as_const(m_notifications))
        replaced = replaced || (replacesId != 0 && n.id == replacesId);
    const uint id = replaced ? replacesId : m_nextId++;
    m_notifications.append({id, appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout});
    emit notified(id);
    return id;
}

void FakeNotificationServer::CloseNotification(uint id)
{
    QDBusMessage signal = QDBusMessage::createSignal(Path, QStringLiteral("org.freedesktop.Notifications"),
                                                     QStringLiteral("NotificationClosed"));
    signal << id << uint(3); // closed by a call to CloseNotification
    m_connection.send(signal);
}

QString FakeNotificationServer::GetServerInformation(QString& vendor, QString& version, QString& specVersion)
{
    vendor = QStringLiteral("novapost-jwt tests");
    version = QStringLiteral("1");
    specVersion = QStringLiteral("1.2");
    return QStringLiteral("novapost-fake-notifications");
}

} // namespace novapost::test
