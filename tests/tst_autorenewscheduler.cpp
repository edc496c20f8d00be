// SPDX-License-Identifier: MIT
#include "AutoRenewScheduler.h"
#include "UtcTime.h"

#include <QSignalSpy>
#include <QTest>

using namespace novapost;

namespace {

const QDateTime Start = UtcTime::fromDateAndTime(QDate(2025, 9, 1), QTime(10, 0, 0));

} // namespace

class AutoRenewSchedulerTest : public QObject
{
    Q_OBJECT

private slots:
    void backsOffAndStopsAtExpiry();
    void staleRenewalBacksOff();
};

void AutoRenewSchedulerTest::staleRenewalBacksOff()
{
    ManualClock clock(Start);
    AutoRenewScheduler scheduler(&clock);
    QSignalSpy due(&scheduler, &AutoRenewScheduler::renewDue);
    scheduler.setEnabled(true);
    scheduler.setLeadSeconds(5 * 60);
    scheduler.start(Start.addSecs(3600));
    clock.advanceSeconds(3300);
    scheduler.check();
    QCOMPARE(due.count(), 1);
    // The server hands back the same token: no new request on the next ticks, but after 30 s.
    scheduler.start(Start.addSecs(3600));
    scheduler.check();
    clock.advanceSeconds(29);
    scheduler.check();
    QCOMPARE(due.count(), 1);
    clock.advanceSeconds(1);
    scheduler.check();
    QCOMPARE(due.count(), 2);
    // A first token that is already within the lead time is renewed at once: that is no loop.
    AutoRenewScheduler fresh(&clock);
    QSignalSpy freshDue(&fresh, &AutoRenewScheduler::renewDue);
    fresh.setEnabled(true);
    fresh.setLeadSeconds(5 * 60);
    fresh.start(clock.now().addSecs(120));
    fresh.check();
    QCOMPARE(freshDue.count(), 1);
}

void AutoRenewSchedulerTest::backsOffAndStopsAtExpiry()
{
    ManualClock clock(Start);
    AutoRenewScheduler scheduler(&clock);
    QSignalSpy due(&scheduler, &AutoRenewScheduler::renewDue);
    scheduler.setLeadSeconds(5 * 60);
    scheduler.start(Start.addSecs(3600));
    scheduler.check();
    QCOMPARE(due.count(), 0); // off by default

    scheduler.setEnabled(true);
    clock.advanceSeconds(3299);
    scheduler.check();
    QCOMPARE(due.count(), 0);
    clock.advanceSeconds(1);
    scheduler.check();
    QCOMPARE(due.count(), 1);
    scheduler.check(); // waiting for the answer: never a second request meanwhile
    QCOMPARE(due.count(), 1);

    // 30 s, 1 min, 2 min, 4 min, then capped at 4 min.
    QCOMPARE(AutoRenewScheduler::backoffSeconds(1), 30);
    QCOMPARE(AutoRenewScheduler::backoffSeconds(2), 60);
    QCOMPARE(AutoRenewScheduler::backoffSeconds(3), 120);
    QCOMPARE(AutoRenewScheduler::backoffSeconds(4), 240);
    QCOMPARE(AutoRenewScheduler::backoffSeconds(9), 240);

    scheduler.renewalFailed();
    clock.advanceSeconds(29);
    scheduler.check();
    QCOMPARE(due.count(), 1);
    clock.advanceSeconds(1);
    scheduler.check();
    QCOMPARE(due.count(), 2);
    scheduler.renewalFailed();
    clock.advanceSeconds(60);
    scheduler.check();
    QCOMPARE(due.count(), 3);
    scheduler.renewalFailed(); // next try in 120 s: at 3510 s
    clock.advanceSeconds(120);
    scheduler.check();
    QCOMPARE(due.count(), 4);
    scheduler.renewalFailed(); // next try in 240 s would be past expiry (3600 s)
    clock.advanceSeconds(90);
    scheduler.check();
    QCOMPARE(due.count(), 4);
    QVERIFY(!scheduler.nextAttempt().isValid()); // stopped at expiry
    clock.advanceSeconds(600);
    scheduler.check();
    QCOMPARE(due.count(), 4);
}

QTEST_GUILESS_MAIN(AutoRenewSchedulerTest)
#include "tst_autorenewscheduler.moc"
