// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace novapost::test {

/**
 * @brief A session bus and gnome-keyring of a test's own, to lock or freeze without disturbing
 * the keyring other tests share. Everything it started is stopped on destruction.
 */
class PrivateKeyring
{
public:
    PrivateKeyring();
    ~PrivateKeyring();
    PrivateKeyring(const PrivateKeyring&) = delete;
    PrivateKeyring& operator=(const PrivateKeyring&) = delete;

    /** Starts dbus-daemon and an unlocked gnome-keyring; false with @p error when it could not. */
    bool start(QString* error);
    /** Points a child process (the CLI) at this bus and keyring. */
    void applyTo(QProcessEnvironment& environment) const;

    /** Whether an item exists for QtKeychain's @p service and @p name, locked or not. */
    bool contains(const QString& service, const QString& name) const;
    /** Locks the login collection through the Secret Service's own Lock call. */
    bool lock() const;
    /**
     * Stops the keyring daemon (SIGSTOP): it keeps its bus name but answers nothing. Should the test
     * die while it is frozen, a watchdog wakes and ends it.
     */
    bool freeze();
    void thaw();
    /**
     * Stops the keyring daemon. The next client makes D-Bus start it again, and it comes back
     * with the login keyring locked, as after a crash.
     */
    bool stopDaemon();

private:
    QProcessEnvironment environment() const;
    /** Runs @p program on this bus; its stdout, or nothing when it failed. */
    std::optional<QByteArray> run(const QString& program, const QStringList& arguments) const;
    /** Who owns the Secret Service's name on this bus now; 0 when nobody does. */
    qint64 keyringOwnerPid() const;
    /** Starts a process that wakes and ends the frozen daemon should this process die first. */
    bool startWatchdog();
    void stopWatchdog();

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_bus;
    QString m_busAddress;
    QString m_keyringControl;
    qint64 m_busPid = 0;
    qint64 m_keyringPid = 0;
    bool m_frozen = false;
    qint64 m_watchdogPid = 0;
};

} // namespace novapost::test
