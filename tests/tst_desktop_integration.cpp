// SPDX-License-Identifier: MIT
// The window on a Linux desktop without a system tray: expiry notifications go to the desktop's
// notification service over the real D-Bus session bus (a stand-in service on a connection of its
// own), and the window title is what the platform shows. Offscreen; time comes from a ManualClock.
#include "ApiClient.h"
#include "Clock.h"
#include "DesktopNotifier.h"
#include "Environment.h"
#include "FakeNotificationServer.h"
#include "FakeNovaPostServer.h"
#include "GuiFixture.h"
#include "KeyStore.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "TokenCache.h"
#include "TokenCountdown.h"
#include "TrayController.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDBusConnection>
#include <QIcon>
#include <QKeySequence>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace novapost;
using namespace novapost::gui;
using novapost::test::FakeNotificationServer;
using novapost::test::FakeNovaPostServer;

namespace {

const QString Key = QStringLiteral("prod-key-acme-0123456789");
const QDateTime Start = QDateTime(QDate(2025, 9, 1), QTime(10, 0, 0), QTimeZone::utc());
// Other test programs may notify on the same private bus at the same time; ours carry this name.
const QString AppName = QStringLiteral("Nova Post JWT (desktop test)");
const QString DesktopFile = QStringLiteral("io.github.novapost_jwt.NovapostJwt");

} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void title_endsWithTheDisplayNameOnce();
    void quit_ctrlQEndsTheProgramEvenWhenKeptInTheTray();
    void actions_oneNamePerAction();
    void notifications_withoutTray_reachTheServiceAndReplaceEachOther();
    void notifications_actionGetsANewJwtInTheNotifiedEnvironment(); // and a click shows the window
    void notifications_withoutActionCapability_offerNoButtons();
    void notifications_withoutService_failQuietly();
    void notifications_withoutService_goToTheTray();

private:
    void startNotificationServer(const QStringList& capabilities);
    void createWindow(EnvironmentKind environment);
    void advance(qint64 seconds);
    QList<FakeNotificationServer::Notification> ours() const;
    QString tokenText() const
    {
        return m_window->findChild<QPlainTextEdit*>(QStringLiteral("tokenTextEdit"))->toPlainText();
    }

    test::GuiFixture m_gui;
    // The fixture's parts under the names the tests use.
    std::unique_ptr<FakeNovaPostServer>& m_server = m_gui.server;
    std::unique_ptr<MainWindow>& m_window = m_gui.window;
    std::unique_ptr<FakeNotificationServer> m_notifications;
    QString m_busName;
};

void TestDesktopIntegration::initTestCase()
{
    QGuiApplication::setApplicationDisplayName(AppName);
    QGuiApplication::setDesktopFileName(DesktopFile);
    if (!QDBusConnection::sessionBus().isConnected()) {
        if (qEnvironmentVariableIsSet("NOVAPOST_REQUIRE_KEYCHAIN"))
            QFAIL("No D-Bus session bus (run through scripts/with-test-keyring.sh).");
        QSKIP("No D-Bus session bus.");
    }
}

void TestDesktopIntegration::init()
{
    QLocale::setDefault(QLocale::c());
    m_gui.withTokenCache = true;
    QVERIFY2(m_gui.start(Start), qPrintable(m_gui.errorString()));
    m_server->addApiKey(Key);
    m_gui.createServices();
    m_gui.storeProductionKey(QString(), Key);
}

void TestDesktopIntegration::cleanup()
{
    m_window.reset();
    m_notifications.reset();
    if (!m_busName.isEmpty())
        QDBusConnection::disconnectFromBus(m_busName);
    m_busName.clear();
    m_gui.stop();
}

void TestDesktopIntegration::startNotificationServer(const QStringList& capabilities)
{
    // A connection of its own, so the window's calls travel through the bus daemon.
    m_busName = QStringLiteral("fake-notification-service");
    m_notifications = std::make_unique<FakeNotificationServer>(capabilities);
    QString error;
    // Another test program may hold the name for a moment; it is ours once that one has finished.
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_notifications->registerOn(QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_busName),
                                    &error),
        qPrintable(error), 20000);
}

void TestDesktopIntegration::createWindow(EnvironmentKind environment)
{
    MainWindowOptions options;
    options.environment = environment;
    m_gui.createWindow(options);
    QVERIFY(m_gui.show());
}

void TestDesktopIntegration::advance(qint64 seconds)
{
    m_gui.advance(seconds);
}

QList<FakeNotificationServer::Notification> TestDesktopIntegration::ours() const
{
    QList<FakeNotificationServer::Notification> result;
    for (const auto& n : m_notifications->notifications()) {
        if (n.appName == AppName)
            result.append(n);
    }
    return result;
}

// ------------------------------------------------------------------------------------------ tests

void TestDesktopIntegration::title_endsWithTheDisplayNameOnce()
{
    // X11, Wayland and Windows append the display name to a title that does not already end with it.
    createWindow(EnvironmentKind::Production);
    const QString production = Environment(EnvironmentKind::Production).displayName();
    QCOMPARE(m_window->windowTitle(), production + QStringLiteral(" — ") + AppName);
    QCOMPARE(m_window->windowTitle().count(AppName), 1);
    m_window->setCurrentEnvironment(EnvironmentKind::Sandbox);
    QCOMPARE(m_window->windowTitle(),
             Environment(EnvironmentKind::Sandbox).displayName() + QStringLiteral(" — ") + AppName);
}

void TestDesktopIntegration::quit_ctrlQEndsTheProgramEvenWhenKeptInTheTray()
{
    createWindow(EnvironmentKind::Production);
    TrayController* tray = m_gui.child<TrayController>("trayController");
    tray->adoptIcon(new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/novapost-jwt.svg"))));
    // As the person would have chosen it on a desktop with a tray (offscreen has none).
    m_window->findChild<QAction*>(QStringLiteral("keepInTrayAction"))->setChecked(true);
    tray->getNewAction()->trigger();
    QTRY_VERIFY(!m_gui.busy());
    QVERIFY(!tokenText().isEmpty());
    m_gui.child<QAction>("copyRawAction")->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), tokenText());

    // Quit in the Token menu is the tray's own action, on Ctrl+Q.
    auto* tokenMenu = m_gui.child<QMenu>("tokenMenu");
    QVERIFY(tokenMenu->actions().contains(tray->quitAction()));
    QVERIFY(tray->quitAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Q)));
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    QSignalSpy quit(tray, &TrayController::quitRequested);
    QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ControlModifier);
    QCOMPARE(quit.count(), 1);
    // Really closed, not hidden to the tray: closing took the token off the clipboard.
    QVERIFY(!m_window->isVisible());
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TestDesktopIntegration::actions_oneNamePerAction()
{
    createWindow(EnvironmentKind::Production);
    const auto name = [](const QString& text) {
        return QString(text).remove(QLatin1Char('&'));
    };
    TrayController* tray = m_gui.child<TrayController>("trayController");
    // From the cache when it can: "Get JWT"; always asking Nova Post: "Get a fresh JWT".
    const QString getJwt = name(m_gui.child<QPushButton>("getJwtButton")->text());
    const QString fresh = name(m_gui.child<QAction>("freshJwtAction")->text());
    QCOMPARE(getJwt, QStringLiteral("Get JWT"));
    QCOMPARE(fresh, QStringLiteral("Get a fresh JWT"));
    QCOMPARE(name(m_gui.child<QPushButton>("getNewJwtButton")->text()), getJwt);
    QCOMPARE(m_gui.child<QPushButton>("getNewJwtButton")->accessibleName(), getJwt);
    QCOMPARE(name(tray->getNewAction()->text()), fresh);
}

void TestDesktopIntegration::notifications_withoutTray_reachTheServiceAndReplaceEachOther()
{
    startNotificationServer({QStringLiteral("body"), QStringLiteral("actions")});
    createWindow(EnvironmentKind::Production);
    TrayController* tray = m_gui.child<TrayController>("trayController");
    QTRY_VERIFY(m_window->findChild<QAction*>(QStringLiteral("keepInTrayAction"))->isEnabled() ==
                QSystemTrayIcon::isSystemTrayAvailable());
    QVERIFY2(!tray->hasTrayIcon(), "this test is about desktops without a tray");

    tray->getNewAction()->trigger();
    QTRY_VERIFY(!m_gui.busy());
    QVERIFY(!tokenText().isEmpty());

    advance(3299);
    QTest::qWait(100);
    QCOMPARE(ours().size(), 0);
    advance(1);
    QTRY_COMPARE(ours().size(), 1);
    const FakeNotificationServer::Notification soon = ours().at(0);
    QCOMPARE(soon.summary, QStringLiteral("The JWT expires soon"));
    QVERIFY2(soon.body.contains(QStringLiteral("expires in 05:00")), qPrintable(soon.body));
    QVERIFY2(soon.body.contains(Environment(EnvironmentKind::Production).displayName()),
             qPrintable(soon.body));
    QCOMPARE(soon.replacesId, 0u);
    QCOMPARE(soon.appIcon, DesktopFile);
    QCOMPARE(soon.hints.value(QStringLiteral("desktop-entry")).toString(), DesktopFile);
    QCOMPARE(soon.expireTimeout, -1);
    const qsizetype action = soon.actions.indexOf(DesktopNotifier::ActionKey);
    QVERIFY2(action >= 0 && action % 2 == 0, qPrintable(soon.actions.join(u',')));
    QCOMPARE(soon.actions.value(action + 1), QStringLiteral("Get a fresh JWT"));
    QCOMPARE(soon.actions.size() % 2, 0);

    advance(300);
    QTRY_COMPARE(ours().size(), 2);
    const FakeNotificationServer::Notification expired = ours().at(1);
    QCOMPARE(expired.summary, QStringLiteral("The JWT has expired"));
    QVERIFY2(expired.body.contains(Environment(EnvironmentKind::Production).displayName()),
             qPrintable(expired.body));
    // Replaces the warning instead of stacking a second notification under it.
    QCOMPARE(expired.replacesId, soon.id);
    QCOMPARE(expired.id, soon.id);
    QTest::qWait(100);
    QCOMPARE(ours().size(), 2);
}

void TestDesktopIntegration::notifications_actionGetsANewJwtInTheNotifiedEnvironment()
{
    startNotificationServer({QStringLiteral("body"), QStringLiteral("actions")});
    createWindow(EnvironmentKind::Production);
    m_gui.child<TrayController>("trayController")->getNewAction()->trigger();
    QTRY_VERIFY(!m_gui.busy());
    const QString first = tokenText();
    QCOMPARE(m_server->requestCount(), 1);
    advance(3300);
    advance(300);
    // The warning, still unsent, gave way to the newer notification.
    QTRY_VERIFY(!ours().isEmpty() && ours().last().summary == QStringLiteral("The JWT has expired"));
    QVERIFY(tokenText().isEmpty());

    // The user has moved on to the sandbox; the button is about the production token.
    m_window->setCurrentEnvironment(EnvironmentKind::Sandbox);
    QCOMPARE(m_window->currentEnvironment(), EnvironmentKind::Sandbox);
    m_notifications->invokeAction(ours().last().id, DesktopNotifier::ActionKey);
    QTRY_COMPARE(m_server->requestCount(), 2);
    QTRY_VERIFY(!m_gui.busy());
    QCOMPARE(m_window->currentEnvironment(), EnvironmentKind::Production);
    QVERIFY(!tokenText().isEmpty());
    QVERIFY(tokenText() != first);

    // A click on the notification itself brings the window back.
    m_window->hide();
    m_notifications->invokeAction(ours().last().id, QStringLiteral("default"));
    QTRY_VERIFY(m_window->isVisible());
    QCOMPARE(m_server->requestCount(), 2);

    // A button of some other program's notification does nothing here.
    m_notifications->invokeAction(ours().last().id + 1000, DesktopNotifier::ActionKey);
    QTest::qWait(200);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestDesktopIntegration::notifications_withoutActionCapability_offerNoButtons()
{
    startNotificationServer({QStringLiteral("body")});
    DesktopNotifier notifier;
    QSignalSpy shown(&notifier, &DesktopNotifier::shown);
    notifier.show(QStringLiteral("Title"), QStringLiteral("Body"), QStringLiteral("Get a new JWT"));
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(ours().size(), 1);
    QVERIFY2(ours().at(0).actions.isEmpty(), qPrintable(ours().at(0).actions.join(u',')));
    QCOMPARE(ours().at(0).summary, QStringLiteral("Title"));
}

void TestDesktopIntegration::notifications_withoutService_failQuietly()
{
    // No stand-in registered here. An activatable notification daemon may exist on the machine,
    // but without a display it cannot start; either way the notifier says so and the window lives on.
    DesktopNotifier notifier;
    QSignalSpy failed(&notifier, &DesktopNotifier::failed);
    QSignalSpy shown(&notifier, &DesktopNotifier::shown);
    notifier.show(QStringLiteral("Title"), QStringLiteral("Body"), QStringLiteral("Get a new JWT"));
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() + shown.count() > 0, 30000);
    if (shown.count() > 0)
        QSKIP("A real notification service answered on this bus.");
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());

    createWindow(EnvironmentKind::Production);
    m_gui.child<TrayController>("trayController")->getNewAction()->trigger();
    QTRY_VERIFY(!m_gui.busy());
    advance(3600);
    QTRY_VERIFY(tokenText().isEmpty());
    QVERIFY(m_window->isVisible());
}

void TestDesktopIntegration::notifications_withoutService_goToTheTray()
{
    // A tray program on a bare window manager, and no notification service: the tray's balloon
    // shows what the service could not. Offscreen has no tray, so the test hands the controller an
    // icon as showIcon() would on such a desktop.
    createWindow(EnvironmentKind::Production);
    TrayController* tray = m_gui.child<TrayController>("trayController");
    tray->adoptIcon(new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/novapost-jwt.svg"))));
    QVERIFY(tray->hasTrayIcon());
    QSignalSpy balloons(tray, &TrayController::trayMessageShown);
    tray->getNewAction()->trigger();
    QTRY_VERIFY(!m_gui.busy());

    advance(3300);
    // An activatable notification daemon may exist on the machine; without a display it cannot start.
    QTRY_VERIFY_WITH_TIMEOUT(balloons.count() == 1, 30000);
    QCOMPARE(balloons.at(0).at(0).toString(), QStringLiteral("The JWT expires soon"));
    QVERIFY2(balloons.at(0).at(1).toString().contains(QStringLiteral("expires in 05:00")),
             qPrintable(balloons.at(0).at(1).toString()));
    QVERIFY2(balloons.at(0).at(1).toString().contains(Environment(EnvironmentKind::Production).displayName()),
             qPrintable(balloons.at(0).at(1).toString()));

    advance(300);
    QTRY_VERIFY_WITH_TIMEOUT(balloons.count() == 2, 30000);
    QCOMPARE(balloons.at(1).at(0).toString(), QStringLiteral("The JWT has expired"));
    QVERIFY(m_window->isVisible());
}

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktop_integration.moc"
