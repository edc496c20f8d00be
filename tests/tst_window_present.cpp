// SPDX-License-Identifier: MIT
// What the running window does when the app is launched again (WindowHost::present(), which the
// second launch reaches through SingleInstance; tst_single_instance runs that with real processes).
#include "Environment.h"
#include "GuiFixture.h"
#include "KeyStore.h"
#include "MainWindow.h"
#include "WindowHost.h"

#include <QApplication>
#include <QTest>

using novapost::EnvironmentKind;
using novapost::gui::WindowHost;

class WindowPresentTest : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString())); }
    void cleanup() { m_fixture.stop(); }

    void hiddenWindowComesBack();
    void minimizedWindowIsRestoredAndStaysMaximized();
    void environmentIsSwitchedAsTheEnvironmentBarDoes();

private:
    novapost::test::GuiFixture m_fixture;
};

void WindowPresentTest::hiddenWindowComesBack()
{
    WindowHost host(m_fixture.services(), m_fixture.options());
    host.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(host.window()));
    const EnvironmentKind shown = host.window()->currentEnvironment();
    // As when it was closed into the tray.
    host.window()->hide();

    QCOMPARE(host.present(std::nullopt), shown);
    QVERIFY(host.window()->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(host.window()));
    QCOMPARE(host.window()->currentEnvironment(), shown);
}

void WindowPresentTest::minimizedWindowIsRestoredAndStaysMaximized()
{
    WindowHost host(m_fixture.services(), m_fixture.options());
    host.window()->showMaximized();
    QVERIFY(QTest::qWaitForWindowExposed(host.window()));
    host.window()->setWindowState(host.window()->windowState() | Qt::WindowMinimized);
    QVERIFY(host.window()->isMinimized());

    host.present(std::nullopt);
    QVERIFY(!host.window()->isMinimized());
    QVERIFY(host.window()->isMaximized());
    QVERIFY(host.window()->isVisible());
}

void WindowPresentTest::environmentIsSwitchedAsTheEnvironmentBarDoes()
{
    WindowHost host(m_fixture.services(), m_fixture.options());
    host.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(host.window()));
    QCOMPARE(host.window()->currentEnvironment(), EnvironmentKind::Sandbox);

    QCOMPARE(host.present(EnvironmentKind::Production), EnvironmentKind::Production);
    QCOMPARE(host.window()->currentEnvironment(), EnvironmentKind::Production);
    // Remembered for the next start, as a choice in the environment bar is.
    QCOMPARE(m_fixture.keys->lastEnvironment(), std::optional(EnvironmentKind::Production));
    QVERIFY(host.window()->windowTitle().contains(
        novapost::Environment(EnvironmentKind::Production).displayName()));
}

QTEST_MAIN(WindowPresentTest)
#include "tst_window_present.moc"
