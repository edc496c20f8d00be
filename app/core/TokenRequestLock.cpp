// SPDX-License-Identifier: MIT
#include "TokenRequestLock.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QPointer>
#include <QSettings>
#include <QTimer>

#include <chrono>

namespace novapost {

TokenRequestLock::TokenRequestLock(const QSettings& settings, const QString& name, QObject* parent)
    : QObject(parent)
    , m_fileName(QFileInfo(settings.fileName()).absolutePath() + QLatin1Char('/') + name +
                 QStringLiteral(".lock"))
    , m_lock(std::make_unique<QLockFile>(m_fileName))
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(PollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &TokenRequestLock::poll);
}

TokenRequestLock::~TokenRequestLock() = default;

int TokenRequestLock::waitMs(int requestTimeoutMs)
{
    return qMax(0, requestTimeoutMs) + WaitMarginMs;
}

int TokenRequestLock::staleMs(int requestTimeoutMs)
{
    return 3 * qMax(0, requestTimeoutMs) + WaitMarginMs;
}

void TokenRequestLock::acquire(int requestTimeoutMs, QObject* context, Callback callback)
{
    m_waitMs = waitMs(requestTimeoutMs);
    m_lock->setStaleLockTime(std::chrono::milliseconds(staleMs(requestTimeoutMs)));
    m_callback = [guard = QPointer<QObject>(context), callback = std::move(callback)](bool locked) {
        if (guard)
            callback(locked);
    };
    m_waited.start();
    QDir().mkpath(QFileInfo(m_fileName).absolutePath());
    // The first try too goes through the event loop, so callers always see one behaviour.
    QTimer::singleShot(0, this, &TokenRequestLock::poll);
}

void TokenRequestLock::poll()
{
    if (!m_callback)
        return;
    if (m_lock->tryLock(std::chrono::milliseconds::zero()))
        return finish(true);
    // Only a lock held by someone else is worth waiting for; a folder we cannot write is not.
    if (m_lock->error() != QLockFile::LockFailedError || m_waited.elapsed() >= m_waitMs)
        return finish(false);
    if (!m_poll->isActive())
        m_poll->start();
}

void TokenRequestLock::finish(bool locked)
{
    m_poll->stop();
    const Callback callback = std::move(m_callback);
    m_callback = nullptr;
    callback(locked);
}

void TokenRequestLock::release()
{
    m_poll->stop();
    m_callback = nullptr;
    if (m_lock->isLocked())
        m_lock->unlock();
}

bool TokenRequestLock::isLocked() const
{
    return m_lock->isLocked();
}

} // namespace novapost
