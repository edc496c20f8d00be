// SPDX-License-Identifier: MIT
#include "TrayController.h"

#include "ClipboardAutoClear.h"
#include "ClipboardStatusWidget.h"
#include "DesktopNotifier.h"
#include "EnvironmentSession.h"
#include "TokenCountdown.h"

#include <QAction>
#include <QGuiApplication>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace novapost::gui {

TrayController::TrayController(QObject* parent)
    : QObject(parent)
    , m_menu(new QMenu)
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_copyAction = m_menu->addAction(tr("&Copy JWT"));
    m_copyAction->setObjectName(QStringLiteral("trayCopyAction"));
    m_getNewAction = m_menu->addAction(tr("Get a &fresh JWT"));
    m_getNewAction->setObjectName(QStringLiteral("trayGetNewAction"));
    m_showWindowAction = m_menu->addAction(tr("&Show window"));
    m_showWindowAction->setObjectName(QStringLiteral("trayShowWindowAction"));
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(tr("&Quit"));
    m_quitAction->setObjectName(QStringLiteral("trayQuitAction"));
    m_copyAction->setEnabled(false);

    connect(m_copyAction, &QAction::triggered, this, &TrayController::copyRequested);
    connect(m_getNewAction, &QAction::triggered, this, &TrayController::getNewRequested);
    connect(m_showWindowAction, &QAction::triggered, this, &TrayController::showWindowRequested);
    connect(m_quitAction, &QAction::triggered, this, &TrayController::quitRequested);

    showState(QString(), std::nullopt, false);
}

bool TrayController::showIcon()
{
    if (m_icon || !QSystemTrayIcon::isSystemTrayAvailable())
        return m_icon != nullptr;
    adoptIcon(new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/novapost-jwt.svg"))));
    return true;
}

void TrayController::adoptIcon(QSystemTrayIcon* icon)
{
    delete m_icon;
    m_icon = icon;
    m_icon->setParent(this);
    m_icon->setContextMenu(m_menu);
    m_icon->setToolTip(m_toolTip);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit showWindowRequested();
    });
    m_icon->show();
}

TrayController::~TrayController()
{
    delete m_icon;
    delete m_menu;
}

void TrayController::watch(EnvironmentSession* session)
{
    const int slot = int(session->kind());
    const auto name = [session] {
        return session->environment().displayName();
    };
    const auto describeIfShown = [this, session] {
        if (session == m_shown)
            describeShownSession();
    };
    connect(session, &EnvironmentSession::tick, this, describeIfShown);
    connect(session, &EnvironmentSession::tokenChanged, this, describeIfShown);
    connect(session, &EnvironmentSession::expiresSoon, this, [this, slot, name](qint64 secondsLeft) {
        // The same mm:ss as the window's countdown, so the warning and the countdown never disagree.
        notify(
            slot, tr("The JWT expires soon"),
            tr("The %1 JWT expires in %2.").arg(name(), TokenCountdown::formatMinutesSeconds(secondsLeft)));
    });
    connect(session, &EnvironmentSession::expired, this, [this, slot, name] {
        notify(slot, tr("The JWT has expired"),
               tr("The %1 JWT has expired. Get a new one to continue.").arg(name()));
    });
}

void TrayController::describe(EnvironmentSession* session)
{
    m_shown = session;
    describeShownSession();
}

void TrayController::describeShownSession()
{
    if (!m_shown)
        return;
    std::optional<qint64> left;
    if (m_shown->hasLiveToken())
        left = m_shown->secondsLeft();
    showState(m_shown->environment().displayName(), left, m_shown->isExpired());
}

void TrayController::showState(const QString& environmentName, std::optional<qint64> secondsLeft,
                               bool expired)
{
    if (environmentName.isEmpty())
        m_stateText = tr("Nova Post JWT");
    else if (secondsLeft)
        m_stateText = tr("Nova Post JWT — %1: the token expires in %2.")
                          .arg(environmentName, TokenCountdown::formatMinutesSeconds(*secondsLeft));
    else if (expired)
        m_stateText = tr("Nova Post JWT — %1: the token has expired.").arg(environmentName);
    else
        m_stateText = tr("Nova Post JWT — %1: no token yet.").arg(environmentName);
    m_copyAction->setEnabled(secondsLeft.has_value());
    updateToolTip();
}

void TrayController::followClipboard(ClipboardAutoClear* autoClear)
{
    m_clipboard = autoClear;
    connect(autoClear, &ClipboardAutoClear::changed, this, &TrayController::updateToolTip);
    updateToolTip();
}

void TrayController::updateToolTip()
{
    const QString clipboard = m_clipboard ? ClipboardStatusWidget::statusText(m_clipboard) : QString();
    m_toolTip = clipboard.isEmpty() ? m_stateText : m_stateText + QLatin1Char('\n') + clipboard;
    if (m_icon)
        m_icon->setToolTip(m_toolTip);
}

void TrayController::notify(int slot, const QString& title, const QString& message)
{
    if (!m_notify)
        return;
    emit notificationRequested(title, message);
    if (!DesktopNotifier::isAvailable()) {
        showTrayMessage(title, message);
        return;
    }
    // Created on first use: nothing is asked of D-Bus while the window starts.
    if (!m_notifier) {
        m_notifier = new DesktopNotifier(this);
        connect(m_notifier, &DesktopNotifier::actionInvoked, this,
                [this] { emit getNewForSlotRequested(m_notifiedSlot); });
        connect(m_notifier, &DesktopNotifier::activated, this, &TrayController::showWindowRequested);
        // A tray without a notification service (a bare window manager with a tray program) still
        // shows the warning in its own balloon; without either, the window's countdown is all there is.
        connect(m_notifier, &DesktopNotifier::failed, this,
                [this](const QString&, const QString& title, const QString& message) {
                    showTrayMessage(title, message);
                });
    }
    m_notifiedSlot = slot;
    m_notifier->show(title, message, tr("Get a fresh JWT"));
}

void TrayController::showTrayMessage(const QString& title, const QString& message)
{
    if (!m_icon)
        return;
    m_icon->showMessage(title, message, QSystemTrayIcon::Information);
    emit trayMessageShown(title, message);
}

} // namespace novapost::gui
