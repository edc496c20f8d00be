// SPDX-License-Identifier: MIT
#include "PrivateKeyring.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <signal.h>
#include <sys/prctl.h>

namespace novapost::test {

namespace {

bool processAlive(qint64 pid)
{
    // A daemon is not our child: once it ended it may stay a zombie until init reaps it.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype end = line.lastIndexOf(')');
    return end < 0 || line.mid(end + 2, 1) != "Z";
}

void stopProcess(qint64 pid)
{
    if (!processAlive(pid))
        return;
    ::kill(pid_t(pid), SIGCONT);
    ::kill(pid_t(pid), SIGTERM);
    for (int i = 0; i < 40 && processAlive(pid); ++i)
        QThread::msleep(50);
    if (processAlive(pid))
        ::kill(pid_t(pid), SIGKILL);
}

} // namespace

PrivateKeyring::PrivateKeyring() = default;

PrivateKeyring::~PrivateKeyring()
{
    thaw();
    // A daemon that D-Bus started again in the meantime is stopped too.
    if (m_busPid != 0) {
        if (const qint64 owner = keyringOwnerPid(); owner != 0 && owner != m_keyringPid)
            stopProcess(owner);
    }
    stopProcess(m_keyringPid);
    if (m_bus) {
        m_bus->terminate();
        if (!m_bus->waitForFinished(2000)) {
            m_bus->kill();
            m_bus->waitForFinished(1000);
        }
    }
}

qint64 PrivateKeyring::keyringOwnerPid() const
{
    const auto reply =
        run(QStringLiteral("dbus-send"),
            {"--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
             "org.freedesktop.DBus.GetConnectionUnixProcessID", "string:org.freedesktop.secrets"});
    return reply ? reply->simplified().split(' ').last().toLongLong() : 0;
}

bool PrivateKeyring::stopDaemon()
{
    thaw();
    const qint64 pid = m_keyringPid;
    stopProcess(pid);
    return !processAlive(pid);
}

QProcessEnvironment PrivateKeyring::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* sub : {"home", "data", "runtime"})
        QDir(m_dir.path()).mkpath(QString::fromLatin1(sub));
    QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // The daemon must never see the real home: it would open the real login keyring.
    environment.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("runtime")));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
    if (m_busAddress.isEmpty())
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    else
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);
    if (!m_keyringControl.isEmpty())
        environment.insert(QStringLiteral("GNOME_KEYRING_CONTROL"), m_keyringControl);
    return environment;
}

std::optional<QByteArray> PrivateKeyring::run(const QString& program, const QStringList& arguments) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(program, arguments);
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(2000);
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    return process.readAllStandardOutput();
}

bool PrivateKeyring::start(QString* error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    // Our own child, told to end with this process: a test that crashes leaves no bus behind,
    // and a running keyring daemon ends with its bus (a frozen one has a watchdog, see freeze()).
    m_bus = std::make_unique<QProcess>();
    m_bus->setProcessEnvironment(environment());
    m_bus->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_bus->start(QStringLiteral("dbus-daemon"),
                 {"--session", "--nofork", "--nopidfile", "--print-address=1", "--print-pid=1"});
    QByteArray busOutput;
    while (busOutput.count('\n') < 2 && m_bus->waitForReadyRead(5000))
        busOutput += m_bus->readAllStandardOutput();
    const QList<QByteArray> busLines = busOutput.trimmed().split('\n');
    if (busLines.size() != 2) {
        *error = QStringLiteral("dbus-daemon did not start");
        return false;
    }
    m_busAddress = QString::fromUtf8(busLines.at(0).trimmed());
    m_busPid = busLines.at(1).trimmed().toLongLong();

    QProcess keyring;
    keyring.setProcessEnvironment(environment());
    keyring.start(QStringLiteral("gnome-keyring-daemon"), {"--unlock", "--components=secrets"});
    keyring.write("private-test-password");
    keyring.closeWriteChannel();
    if (!keyring.waitForFinished(10000) || keyring.exitCode() != 0) {
        *error = QStringLiteral("gnome-keyring-daemon did not start");
        return false;
    }
    for (const QByteArray& line : keyring.readAllStandardOutput().split('\n')) {
        if (line.startsWith("GNOME_KEYRING_CONTROL="))
            m_keyringControl = QString::fromUtf8(line.mid(int(qstrlen("GNOME_KEYRING_CONTROL="))));
    }
    for (int i = 0; i < 100 && m_keyringPid == 0; ++i) {
        m_keyringPid = keyringOwnerPid();
        if (m_keyringPid == 0)
            QThread::msleep(50);
    }
    if (m_keyringPid == 0) {
        *error = QStringLiteral("the keyring never took its bus name");
        return false;
    }
    return true;
}

void PrivateKeyring::applyTo(QProcessEnvironment& target) const
{
    const QProcessEnvironment mine = environment();
    for (const char* name :
         {"DBUS_SESSION_BUS_ADDRESS", "XDG_DATA_HOME", "XDG_RUNTIME_DIR", "GNOME_KEYRING_CONTROL"})
        target.insert(QString::fromLatin1(name), mine.value(QString::fromLatin1(name)));
    target.remove(QStringLiteral("DISPLAY"));
    target.remove(QStringLiteral("WAYLAND_DISPLAY"));
}

bool PrivateKeyring::contains(const QString& service, const QString& name) const
{
    // SearchItems lists locked items too (secret-tool would not see them).
    const auto reply = run(QStringLiteral("dbus-send"),
                           {"--session", "--print-reply", "--dest=org.freedesktop.secrets",
                            "/org/freedesktop/secrets", "org.freedesktop.Secret.Service.SearchItems",
                            QStringLiteral("dict:string:string:server,%1,user,%2").arg(service, name)});
    return reply && reply->contains("/org/freedesktop/secrets/collection/login/");
}

bool PrivateKeyring::lock() const
{
    return run(QStringLiteral("dbus-send"),
               {"--session", "--print-reply", "--dest=org.freedesktop.secrets", "/org/freedesktop/secrets",
                "org.freedesktop.Secret.Service.Lock",
                "array:objpath:/org/freedesktop/secrets/collection/login"})
        .has_value();
}

bool PrivateKeyring::freeze()
{
    if (!processAlive(m_keyringPid) || !startWatchdog())
        return false;
    m_frozen = ::kill(pid_t(m_keyringPid), SIGSTOP) == 0;
    if (!m_frozen)
        stopWatchdog();
    return m_frozen;
}

void PrivateKeyring::thaw()
{
    if (m_frozen)
        ::kill(pid_t(m_keyringPid), SIGCONT);
    m_frozen = false;
    stopWatchdog();
}

bool PrivateKeyring::startWatchdog()
{
    // A stopped daemon cannot notice that its bus has gone, and it has left our process tree, so
    // nothing ends it when CTest kills a test on time-out. The watchdog wakes and ends it once this
    // process is gone. It is detached, because CTest kills the children of the test it kills.
    const QString script = QStringLiteral("while kill -0 \"$1\" 2>/dev/null; do sleep 0.2; done; "
                                          "[ \"$(cat /proc/$2/comm 2>/dev/null)\" = gnome-keyring-d ] && "
                                          "kill -CONT \"$2\" && kill -TERM \"$2\"");
    QProcess watchdog;
    watchdog.setProgram(QStringLiteral("sh"));
    watchdog.setArguments({QStringLiteral("-c"), script, QStringLiteral("keyring-watchdog"),
                           QString::number(QCoreApplication::applicationPid()),
                           QString::number(m_keyringPid)});
    watchdog.setStandardInputFile(QProcess::nullDevice());
    watchdog.setStandardOutputFile(QProcess::nullDevice());
    watchdog.setStandardErrorFile(QProcess::nullDevice());
    return watchdog.startDetached(&m_watchdogPid);
}

void PrivateKeyring::stopWatchdog()
{
    if (m_watchdogPid > 0)
        ::kill(pid_t(m_watchdogPid), SIGKILL);
    m_watchdogPid = 0;
}

} // namespace novapost::test
