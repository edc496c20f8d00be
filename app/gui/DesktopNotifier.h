// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <optional>

class QDBusPendingCallWatcher;

namespace novapost::gui {

/**
 * @brief Desktop notifications through the freedesktop notification service (org.freedesktop.Notifications).
 *
 * Every mainstream Linux desktop runs that service, with or without a system tray, so notifications
 * reach GNOME without a tray extension and tiling desktops too. Each notification replaces this
 * notifier's previous one instead of stacking. Every D-Bus call is asynchronous and nothing is asked
 * before the first show(), so creating a notifier costs the window's start-up nothing. Without a
 * notification service show() fails quietly (failed() says why), so the caller can show it elsewhere.
 *
 * Where there is no such service (Windows, macOS) isAvailable() is false and the tray icon's balloon
 * remains the way to notify.
 */
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    /** The action key of the button show() offers. */
    static inline const QString ActionKey = QStringLiteral("get-new-jwt");

    explicit DesktopNotifier(QObject* parent = nullptr);
    ~DesktopNotifier() override;

    /** Whether this build sends notifications through the freedesktop service. */
    static bool isAvailable();

    /**
     * Shows @p title and @p body with the application's icon, replacing the previous notification.
     * @p actionLabel is offered as a button where the service supports actions.
     */
    void show(const QString& title, const QString& body, const QString& actionLabel);

signals:
    /** The button of the last notification was pressed. */
    void actionInvoked();
    /** The last notification itself was clicked. */
    void activated();
    /** The service took the notification and gave it this id. */
    void shown(uint id);
    /**
     * The notification @p title, @p body could not be shown (no notification service, or it refused);
     * @p error says why in one sentence.
     */
    void failed(const QString& error, const QString& title, const QString& body);

private slots:
    void onActionInvoked(uint id, const QString& actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    struct Pending
    {
        QString title;
        QString body;
        QString actionLabel;
    };

    void askCapabilities();
    void sendPending();
    void onNotifyFinished(QDBusPendingCallWatcher* watcher);

    void fail(const QString& error, const Pending& notification);

    std::optional<Pending> m_pending;
    Pending m_sent;                        // the notification whose Notify call is under way
    std::optional<bool> m_supportsActions; // unknown until the service has answered GetCapabilities
    bool m_asking = false;
    bool m_sending = false;
    bool m_signalsConnected = false;
    uint m_lastId = 0;
};

} // namespace novapost::gui
