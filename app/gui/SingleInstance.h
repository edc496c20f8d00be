// SPDX-License-Identifier: MIT
#pragma once

#include "Environment.h"

#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QLocalServer;
class QLocalSocket;

namespace novapost::gui {

/**
 * @brief Keeps one window per user and settings file: a second launch hands its request to the
 * window that is already running instead of competing with it for the settings, the token cache and
 * the tray.
 *
 * The instance is the process holding a lock file; it listens on a local socket that only its user
 * may open. Both are named after the user and the settings file, so runs with another HOME or
 * XDG_CONFIG_HOME (tests, a second profile) are independent. Holding the lock means any socket left
 * there belongs to a crashed run and may be removed; QLockFile notices a holder that died.
 *
 * Only the environment travels: nothing secret, and nothing the running window could not choose in
 * its own environment bar.
 */
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    /** What the running window answers with: the environment it shows after the request. */
    using ActivationHandler = std::function<EnvironmentKind(std::optional<EnvironmentKind>)>;

    /**
     * How long a second launch waits for the running window's answer before it starts its own. The
     * instance listens before its window is built, so this covers a slow start of that window too.
     */
    static constexpr int AnswerTimeoutMs = 10000;

    /** @p settingsFileName: the settings file this run uses; one instance per file and user. */
    explicit SingleInstance(const QString& settingsFileName, QObject* parent = nullptr);
    ~SingleInstance() override;

    /**
     * Takes the lock and listens, at once. False only when another run holds the lock: then call
     * handOver(). True also when this run could not listen: then problem() says why, and it goes on
     * alone.
     */
    bool tryBecomeInstance();
    /** Empty, or one sentence on why other launches will not find this run. */
    QString problem() const { return m_problem; }

    /** Called on the instance for each request from a later launch. Set it before the event loop runs. */
    void setActivationHandler(ActivationHandler handler);

    /**
     * Asks the running instance to show its window (in @p environment if set), without blocking:
     * ends with exactly one of handedOver(), becameInstance() (the holder had gone meanwhile) or
     * unanswered() (no answer within AnswerTimeoutMs).
     */
    void handOver(std::optional<EnvironmentKind> environment);

    /** The local socket's name: a full path on Unix, a pipe name elsewhere. */
    QString serverName() const { return m_serverName; }

signals:
    /** The running window was shown; it now shows @p environment. */
    void handedOver(novapost::EnvironmentKind environment);
    void becameInstance();
    void unanswered();

private:
    /** Listens on serverName(); problem() says why when it cannot. */
    void listen();
    void attemptHandOver();
    /** Lets go of the connection to the running instance, without waiting for it. */
    void dropClient();
    void retryHandOverLater();
    void readAnswer();
    void acceptConnections();
    void serve(QLocalSocket* socket);

    QString m_serverName;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer* m_server = nullptr;
    QString m_problem;
    ActivationHandler m_handler;

    // The second launch's side.
    std::optional<EnvironmentKind> m_requestedEnvironment;
    QPointer<QLocalSocket> m_client;
    QTimer m_deadline;
    bool m_handingOver = false;
};

} // namespace novapost::gui
