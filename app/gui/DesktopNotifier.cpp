// SPDX-License-Identifier: MIT
#include "DesktopNotifier.h"

#include <QGuiApplication>
#include <QStringList>
#include <QVariantMap>

#ifdef NOVAPOST_FREEDESKTOP_NOTIFICATIONS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace novapost::gui {

namespace {

#ifdef NOVAPOST_FREEDESKTOP_NOTIFICATIONS
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
const QString DefaultActionKey = QStringLiteral("default");
// "Let the server decide" in the specification.
constexpr int ServerDefaultTimeout = -1;
#endif

} // namespace

DesktopNotifier::DesktopNotifier(QObject* parent)
    : QObject(parent)
{}

DesktopNotifier::~DesktopNotifier() = default;

bool DesktopNotifier::isAvailable()
{
#ifdef NOVAPOST_FREEDESKTOP_NOTIFICATIONS
    return true;
#else
    return false;
#endif
}

void DesktopNotifier::show(const QString& title, const QString& body, const QString& actionLabel)
{
#ifdef NOVAPOST_FREEDESKTOP_NOTIFICATIONS
    // Only the newest matters: one still waiting to be sent is replaced, not queued behind.
    m_pending = Pending{title, body, actionLabel};
    if (!m_supportsActions)
        askCapabilities();
    else
        sendPending();
#else
    fail(tr("This system has no desktop notification service."), {title, body, actionLabel});
#endif
}

#ifdef NOVAPOST_FREEDESKTOP_NOTIFICATIONS

void DesktopNotifier::askCapabilities()
{
    if (m_asking)
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        const Pending lost = *m_pending;
        m_pending.reset();
        fail(tr("There is no D-Bus session, so no desktop notification can be shown."), lost);
        return;
    }
    if (!m_signalsConnected) {
        // Any sender: the service's unique name is not known yet, and resolving it would be a
        // blocking round trip. Ids tell our notifications apart.
        m_signalsConnected = bus.connect(QString(), Path, Interface, QStringLiteral("ActionInvoked"), this,
                                         SLOT(onActionInvoked(uint, QString))) &&
                             bus.connect(QString(), Path, Interface, QStringLiteral("NotificationClosed"),
                                         this, SLOT(onNotificationClosed(uint, uint)));
    }
    m_asking = true;
    const QDBusMessage call =
        QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("GetCapabilities"));
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        w->deleteLater();
        m_asking = false;
        const QDBusPendingReply<QStringList> reply = *w;
        if (reply.isError()) {
            // Asked again with the next notification: a service may be started later.
            if (!m_pending)
                return;
            const Pending lost = *m_pending;
            m_pending.reset();
            fail(tr("No desktop notification service answered: %1").arg(reply.error().message()), lost);
            return;
        }
        m_supportsActions = reply.value().contains(QStringLiteral("actions"));
        sendPending();
    });
}

void DesktopNotifier::sendPending()
{
    // One call at a time, so each notification knows the id of the one it replaces.
    if (m_sending || !m_pending)
        return;
    const Pending pending = *m_pending;
    m_pending.reset();

    const QString desktopEntry = QGuiApplication::desktopFileName();
    QStringList actions;
    if (*m_supportsActions) {
        // "default" is a click on the notification itself; most services show no button for it.
        actions << DefaultActionKey << tr("Show window") << ActionKey << pending.actionLabel;
    }
    QVariantMap hints;
    if (!desktopEntry.isEmpty())
        hints.insert(QStringLiteral("desktop-entry"), desktopEntry);
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    // The installed icon is named after the desktop file, as the specification suggests.
    call << QGuiApplication::applicationDisplayName() << m_lastId << desktopEntry << pending.title
         << pending.body << actions << hints << ServerDefaultTimeout;
    m_sending = true;
    m_sent = pending;
    auto* watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, &DesktopNotifier::onNotifyFinished);
}

void DesktopNotifier::onNotifyFinished(QDBusPendingCallWatcher* watcher)
{
    watcher->deleteLater();
    m_sending = false;
    const QDBusPendingReply<uint> reply = *watcher;
    if (reply.isError()) {
        // Perhaps the service went away: learn its capabilities afresh next time.
        m_supportsActions.reset();
        fail(tr("The desktop notification service refused the notification: %1").arg(reply.error().message()),
             m_sent);
    } else {
        m_lastId = reply.value();
        emit shown(m_lastId);
    }
    if (m_pending) {
        if (m_supportsActions)
            sendPending();
        else
            askCapabilities();
    }
}

#else

void DesktopNotifier::askCapabilities() {}
void DesktopNotifier::sendPending() {}
void DesktopNotifier::onNotifyFinished(QDBusPendingCallWatcher*) {}

#endif

void DesktopNotifier::fail(const QString& error, const Pending& notification)
{
    emit failed(error, notification.title, notification.body);
}

void DesktopNotifier::onActionInvoked(uint id, const QString& actionKey)
{
    if (id == 0 || id != m_lastId)
        return;
    if (actionKey == ActionKey)
        emit actionInvoked();
    else if (actionKey == QLatin1String("default"))
        emit activated();
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    // A closed notification cannot be replaced any more; the next one gets an id of its own.
    if (id != 0 && id == m_lastId)
        m_lastId = 0;
}

} // namespace novapost::gui
