// SPDX-License-Identifier: MIT
#pragma once

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace novapost::test {

/**
 * @brief A stand-in for the desktop's notification service (org.freedesktop.Notifications).
 *
 * Registers on a real D-Bus session bus, records every Notify call and can press a notification's
 * button (the ActionInvoked signal), as a notification daemon would. Use a connection of its own, so
 * the calls of the code under test really travel through the bus.
 */
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Notification
    {
        uint id = 0;
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout = 0;
    };

    /** @p capabilities as GetCapabilities answers them ("actions" makes clients offer buttons). */
    explicit FakeNotificationServer(QStringList capabilities = {QStringLiteral("body"),
                                                                QStringLiteral("actions")},
                                    QObject* parent = nullptr);
    ~FakeNotificationServer() override;

    /** Takes the service name on @p connection; false (with @p error) if another owner has it. */
    bool registerOn(const QDBusConnection& connection, QString* error);
    const QList<Notification>& notifications() const { return m_notifications; }

    /** Presses the button @p actionKey of notification @p id. */
    void invokeAction(uint id, const QString& actionKey);

public slots:
    QStringList GetCapabilities();
    uint Notify(const QString& appName, uint replacesId, const QString& appIcon, const QString& summary,
                const QString& body, const QStringList& actions, const QVariantMap& hints, int expireTimeout);
    void CloseNotification(uint id);
    QString GetServerInformation(QString& vendor, QString& version, QString& specVersion);

signals:
    void notified(uint id);

private:
    QStringList m_capabilities;
    QList<Notification> m_notifications;
    QDBusConnection m_connection{QString()};
    uint m_nextId = 1;
};

} // namespace novapost::test
