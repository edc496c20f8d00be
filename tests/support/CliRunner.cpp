// SPDX-License-Identifier: MIT
#include "CliRunner.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>

namespace novapost::test {

CliRunner::CliRunner(QString program)
    : m_program(std::move(program))
    , m_environment(QProcessEnvironment::systemEnvironment())
{}

void CliRunner::isolateIn(const QString& home)
{
    for (const char* sub : {"config", "data", "cache"})
        QDir(home).mkpath(QString::fromLatin1(sub));
    m_environment.insert(QStringLiteral("HOME"), home);
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    // XDG_DATA_HOME stays: the test keyring daemon keeps its files there.
    m_environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
}

void CliRunner::withoutKeychain()
{
    m_environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                         QStringLiteral("unix:path=/nonexistent/bus"));
    m_environment.remove(QStringLiteral("DISPLAY"));
    m_environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
}

CliResult CliRunner::run(const QStringList& arguments, const QByteArray& standardInput, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    if (m_setup)
        m_setup(process);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(m_program, arguments);
    process.write(standardInput);
    process.closeWriteChannel();
    CliResult result;
    result.finished = finished.size() > 0 || finished.wait(timeoutMs);
    if (!result.finished) {
        process.kill();
        finished.wait(5000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace novapost::test
