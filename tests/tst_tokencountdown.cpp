// SPDX-License-Identifier: MIT
// The token countdown: its value comes from the clock (so a suspend or a stalled loop is absorbed),
// it says when the token expired and stops ticking while there is nothing to count.
#include "Clock.h"
#include "TokenCountdown.h"
#include "UtcTime.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace novapost;

namespace {

const QDateTime Start = UtcTime::fromDateAndTime(QDate(2025, 9, 1), QTime(10, 0, 0));

} // namespace

class TestTokenCountdown : public QObject
{
    Q_OBJECT

private slots:
    void ticksFromClockAndStopsWhenIdle();
};

void TestTokenCountdown::ticksFromClockAndStopsWhenIdle()
{
    ManualClock clock(Start);
    TokenCountdown countdown(&clock);
    QSignalSpy ticks(&countdown, &TokenCountdown::tick);
    QSignalSpy expired(&countdown, &TokenCountdown::expired);
    QVERIFY(!countdown.isActive());
    countdown.refresh();
    QCOMPARE(ticks.count(), 0);

    countdown.start(Start.addSecs(90));
    QVERIFY(countdown.isActive());
    QCOMPARE(ticks.count(), 1);
    QCOMPARE(ticks.last().first().toLongLong(), 90);
    clock.advanceSeconds(30);
    countdown.refresh();
    QCOMPARE(ticks.last().first().toLongLong(), 60);
    // A jump (suspend, stalled loop) is absorbed: the value comes from the clock, not a counter.
    clock.advanceSeconds(59);
    countdown.refresh();
    QCOMPARE(ticks.last().first().toLongLong(), 1);
    clock.advanceSeconds(1);
    countdown.refresh();
    QCOMPARE(expired.count(), 1);
    QVERIFY(!countdown.isActive());
    QVERIFY(!countdown.findChild<QTimer*>()->isActive());
    countdown.refresh();
    QCOMPARE(expired.count(), 1);

    countdown.start(Start); // already past
    QCOMPARE(expired.count(), 2);
    QCOMPARE(TokenCountdown::formatMinutesSeconds(3600), QStringLiteral("60:00"));
    QCOMPARE(TokenCountdown::formatMinutesSeconds(61), QStringLiteral("01:01"));
}

QTEST_GUILESS_MAIN(TestTokenCountdown)
#include "tst_tokencountdown.moc"
