// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QLockFile;
class QSettings;
class QTimer;

namespace novapost {

/**
 * @brief One JWT request at a time per apiKey, across processes (the CLI and the window).
 *
 * A lock file beside the settings file: the first process takes it, asks Nova Post and caches the
 * token; the others wait for it, then find that token in the cache instead of minting their own
 * (Nova Post may limit live tokens per account). Waiting polls without blocking the event loop. A
 * lock whose owner died is taken over at once (QLockFile checks the PID); one older than the stale
 * time is taken over too, so a hung owner delays the others by a bounded time only.
 */
class TokenRequestLock : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(bool locked)>;

    /** @p name identifies the apiKey without revealing it (TokenCache::entryName()). */
    TokenRequestLock(const QSettings& settings, const QString& name, QObject* parent = nullptr);
    ~TokenRequestLock() override;

    /**
     * Calls @p callback on the event loop once the lock is ours (true), or with false after
     * waitMs(@p requestTimeoutMs), or at once when no lock file can be made (nowhere to share a
     * token through). The lock is treated as stale once older than staleMs(@p requestTimeoutMs).
     */
    void acquire(int requestTimeoutMs, QObject* context, Callback callback);
    /** Lets the next process go; also done by the destructor. */
    void release();
    bool isLocked() const;

    QString fileName() const { return m_fileName; }

    static constexpr int PollIntervalMs = 25;
    /** Beyond the request's own time-out: reading and writing the keychain around it. */
    static constexpr int WaitMarginMs = 5000;
    /** How long a waiter waits for the holder before asking Nova Post itself. */
    static int waitMs(int requestTimeoutMs);
    /**
     * Age at which a lock is taken over from a holder that is still running. A holder may take
     * a keychain read, the request and a keychain write, each up to the time-out: taken over
     * sooner, its release would delete the new holder's lock file.
     */
    static int staleMs(int requestTimeoutMs);

private:
    void poll();
    void finish(bool locked);

    QString m_fileName;
    std::unique_ptr<QLockFile> m_lock;
    QTimer* m_poll;
    QElapsedTimer m_waited;
    int m_waitMs = 0;
    Callback m_callback;
};

} // namespace novapost
