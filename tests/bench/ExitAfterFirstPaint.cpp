// SPDX-License-Identifier: MIT
// Linked into a window program for timing its start-up: as soon as a main window has painted once,
// the program prints "first paint" and leaves its event loop with status 0, so that start-up to the
// first frame can be timed from outside (scripts/bench.sh) and a start that never paints shows up as
// a time-out (scripts/test-release.sh). It hooks into QCoreApplication's construction, so the
// program's own main() stays as it is.
//
// The exit is posted, so the frame is complete first. It is QCoreApplication::exit(), not quit():
// quit() would close the window first, which saves its settings, and shutting down is not part of
// starting up. Message boxes (a start that failed) are no main window and do not count.
#include <QCoreApplication>
#include <QEvent>
#include <QMainWindow>

#include <cstdio>

namespace {

class ExitAfterFirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_painted && event->type() == QEvent::Paint && qobject_cast<QMainWindow*>(watched)) {
            m_painted = true;
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [] {
                    std::puts("first paint");
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

void installExitAfterFirstPaint()
{
    QCoreApplication::instance()->installEventFilter(new ExitAfterFirstPaint(QCoreApplication::instance()));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installExitAfterFirstPaint)
