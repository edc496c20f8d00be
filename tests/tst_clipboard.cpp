// SPDX-License-Identifier: MIT
// Timed clipboard clearing: only our token is ever cleared, Clear now works, Never never clears on the
// timer, and the status bar part counts down only while something is pending. Time comes from a
// ManualClock except in the one test that lets the real 1 s timer run.
#include "ClipboardAutoClear.h"
#include "ClipboardGuard.h"
#include "ClipboardStatusWidget.h"
#include "Clock.h"
#include "GuiFixture.h"
#include "UtcTime.h"
#include "WindowSettings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace novapost;
using namespace novapost::gui;

namespace {

const QString Token = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl");
const QDateTime Start = UtcTime::fromDateAndTime(QDate(2025, 9, 1), QTime(10, 0, 0));

} // namespace

class TestClipboard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void clearsOurTokenAfterTheDelay();
    void leavesAForeignCopyAlone();
    void clearNow_clearsAtOnce();
    void never_doesNotClearOnTheTimer();
    void changingTheDelay_appliesToAPendingCopy();
    void statusWidget_countsDownOnlyWhilePending();
    void delayMenu_defaultsToOneMinuteAndRemembers();
    void realTimer_clearsAfterAShortDelay();

private:
    QClipboard* clipboard() const { return QGuiApplication::clipboard(); }

    test::GuiFixture m_gui;
    std::unique_ptr<ManualClock>& m_clock = m_gui.clock;
    std::unique_ptr<ClipboardGuard> m_guard;
    std::unique_ptr<ClipboardAutoClear> m_autoClear;
};

void TestClipboard::init()
{
    QVERIFY2(m_gui.start(Start), qPrintable(m_gui.errorString()));
    m_guard = std::make_unique<ClipboardGuard>(clipboard());
    m_autoClear = std::make_unique<ClipboardAutoClear>(m_guard.get(), m_clock.get());
}

void TestClipboard::cleanup()
{
    m_autoClear.reset();
    m_guard.reset();
    m_gui.stop();
}

void TestClipboard::clearsOurTokenAfterTheDelay()
{
    QCOMPARE(m_autoClear->delaySeconds(), ClipboardAutoClear::DefaultDelaySeconds);
    QSignalSpy cleared(m_autoClear.get(), &ClipboardAutoClear::cleared);
    QVERIFY(!m_autoClear->isPending());
    m_guard->copySecret(Token);
    QVERIFY(m_autoClear->isPending());
    QVERIFY(m_autoClear->isCountingDown());
    QCOMPARE(m_autoClear->secondsLeft(), 60);

    m_clock->advanceSeconds(59);
    m_autoClear->refresh();
    QCOMPARE(clipboard()->text(), Token);
    QCOMPARE(m_autoClear->secondsLeft(), 1);

    m_clock->advanceSeconds(1);
    m_autoClear->refresh();
    QVERIFY(clipboard()->text().isEmpty());
    QVERIFY(!m_autoClear->isPending());
    QCOMPARE(cleared.count(), 1);
}

void TestClipboard::leavesAForeignCopyAlone()
{
    QSignalSpy cleared(m_autoClear.get(), &ClipboardAutoClear::cleared);
    m_guard->copySecret(Token);
    clipboard()->setText(QStringLiteral("an address the user copied"));
    // The copy stops the countdown at once, through QClipboard::dataChanged.
    QTRY_VERIFY(!m_autoClear->isPending());
    m_clock->advanceSeconds(600);
    m_autoClear->refresh();
    m_autoClear->clearNow();
    QCOMPARE(clipboard()->text(), QStringLiteral("an address the user copied"));
    QCOMPARE(cleared.count(), 0);
}

void TestClipboard::clearNow_clearsAtOnce()
{
    QSignalSpy cleared(m_autoClear.get(), &ClipboardAutoClear::cleared);
    m_guard->copySecret(Token);
    m_autoClear->clearNow();
    QVERIFY(clipboard()->text().isEmpty());
    QVERIFY(!m_autoClear->isPending());
    QCOMPARE(cleared.count(), 1);
}

void TestClipboard::never_doesNotClearOnTheTimer()
{
    m_autoClear->setDelaySeconds(0);
    m_guard->copySecret(Token);
    QVERIFY(m_autoClear->isPending());
    QVERIFY(!m_autoClear->isCountingDown());
    QVERIFY(!m_autoClear->findChild<QTimer*>()->isActive());
    m_clock->advanceSeconds(24 * 3600);
    m_autoClear->refresh();
    QCOMPARE(clipboard()->text(), Token);
    QVERIFY(m_autoClear->isPending());
    // Still cleared when the token expires or the program quits (the guard's own duty) or on request.
    m_autoClear->clearNow();
    QVERIFY(clipboard()->text().isEmpty());
}

void TestClipboard::changingTheDelay_appliesToAPendingCopy()
{
    m_guard->copySecret(Token);
    m_clock->advanceSeconds(40);
    m_autoClear->setDelaySeconds(300);
    QCOMPARE(m_autoClear->secondsLeft(), 260);
    m_autoClear->setDelaySeconds(30); // already past: cleared at once
    QVERIFY(clipboard()->text().isEmpty());
}

void TestClipboard::statusWidget_countsDownOnlyWhilePending()
{
    QWidget window;
    auto* status = new ClipboardStatusWidget(m_autoClear.get(), &window);
    window.show();
    QVERIFY(status->isHidden());
    auto* label = status->findChild<QLabel*>(QStringLiteral("clipboardStatusLabel"));
    auto* button = status->findChild<QPushButton*>(QStringLiteral("clearClipboardButton"));
    QVERIFY(label && button);
    QVERIFY(!button->accessibleName().isEmpty());

    m_guard->copySecret(Token);
    QVERIFY(status->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Clipboard clears in 1:00"));
    m_clock->advanceSeconds(18);
    m_autoClear->refresh();
    QCOMPARE(label->text(), QStringLiteral("Clipboard clears in 0:42"));
    QVERIFY(!label->text().contains(Token) && !label->accessibleName().contains(Token));

    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(clipboard()->text().isEmpty());
    QVERIFY(status->isHidden());
    QVERIFY(!m_autoClear->findChild<QTimer*>()->isActive());

    m_autoClear->setDelaySeconds(0);
    m_guard->copySecret(Token);
    QVERIFY(status->isVisible());
    QVERIFY(!label->text().contains(QLatin1String("clears in")));

    QCOMPARE(ClipboardStatusWidget::formatTimeLeft(305), QStringLiteral("5:05"));
    QCOMPARE(ClipboardStatusWidget::formatTimeLeft(-3), QStringLiteral("0:00"));
}

void TestClipboard::delayMenu_defaultsToOneMinuteAndRemembers()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    WindowSettings windowSettings(&settings);
    m_autoClear->setDelaySeconds(5);
    {
        ClipboardDelayMenu menu(m_autoClear.get(), &windowSettings);
        QCOMPARE(m_autoClear->delaySeconds(), 60);
        QCOMPARE(menu.actions().size(), 5);
        auto* oneMinute = menu.findChild<QAction*>(QStringLiteral("clipboardDelay60Action"));
        QVERIFY(oneMinute && oneMinute->isChecked());
        menu.findChild<QAction*>(QStringLiteral("clipboardDelay0Action"))->trigger();
        QCOMPARE(m_autoClear->delaySeconds(), 0);
        QVERIFY(!oneMinute->isChecked());
    }
    ClipboardAutoClear other(m_guard.get(), m_clock.get());
    ClipboardDelayMenu menu(&other, &windowSettings);
    QCOMPARE(other.delaySeconds(), 0);
    QVERIFY(menu.findChild<QAction*>(QStringLiteral("clipboardDelay0Action"))->isChecked());
    menu.findChild<QAction*>(QStringLiteral("clipboardDelay120Action"))->trigger();
    QCOMPARE(settings.value(QString::fromLatin1(WindowSettings::ClipboardClearSecondsKey)).toInt(), 120);
    QCOMPARE(windowSettings.clipboardClearSeconds(), 120);
    settings.setValue(QString::fromLatin1(WindowSettings::ClipboardClearSecondsKey), 7); // not a choice
    QCOMPARE(windowSettings.clipboardClearSeconds(), 60);
}

void TestClipboard::realTimer_clearsAfterAShortDelay()
{
    SystemClock clock;
    ClipboardAutoClear autoClear(m_guard.get(), &clock);
    autoClear.setDelaySeconds(1);
    m_guard->copySecret(Token);
    QCOMPARE(clipboard()->text(), Token);
    QTRY_VERIFY_WITH_TIMEOUT(clipboard()->text().isEmpty(), 5000);
    QVERIFY(!autoClear.isPending());
}

QTEST_MAIN(TestClipboard)
#include "tst_clipboard.moc"
