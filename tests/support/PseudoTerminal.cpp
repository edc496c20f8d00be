// SPDX-License-Identifier: MIT
#include "PseudoTerminal.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <poll.h>
#if defined(__APPLE__)
#include <util.h>
#else
#include <pty.h>
#endif
#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <vector>

namespace novapost::test {

PseudoTerminal::~PseudoTerminal()
{
    if (m_child > 0 && !m_exited) {
        ::kill(m_child, SIGKILL);
        ::waitpid(m_child, &m_status, 0);
    }
    if (m_master >= 0)
        ::close(m_master);
}

bool PseudoTerminal::start(const QString& program, const QStringList& arguments,
                           const QProcessEnvironment& environment, const QString& standardErrorFile)
{
    // Everything the child needs is prepared before fork: only exec-safe calls after it.
    std::vector<std::string> argumentStrings{program.toStdString()};
    for (const QString& argument : arguments)
        argumentStrings.push_back(argument.toStdString());
    std::vector<std::string> environmentStrings;
    for (const QString& entry : environment.toStringList())
        environmentStrings.push_back(entry.toStdString());
    std::vector<char*> argv;
    for (std::string& s : argumentStrings)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    std::vector<char*> envp;
    for (std::string& s : environmentStrings)
        envp.push_back(s.data());
    envp.push_back(nullptr);
    const std::string errorPath = standardErrorFile.toStdString();

    m_child = ::forkpty(&m_master, nullptr, nullptr, nullptr);
    if (m_child < 0)
        return false;
    if (m_child == 0) {
        if (!errorPath.empty()) {
            const int fd = ::open(errorPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            if (fd < 0 || ::dup2(fd, STDERR_FILENO) < 0)
                ::_exit(126);
            ::close(fd);
        }
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    m_slaveName = QString::fromLocal8Bit(::ptsname(m_master));
    return true;
}

void PseudoTerminal::drain()
{
    char buffer[4096];
    pollfd fd{m_master, POLLIN, 0};
    while (::poll(&fd, 1, 0) > 0 && (fd.revents & POLLIN)) {
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n <= 0)
            break;
        m_screen.append(buffer, n);
    }
}

bool PseudoTerminal::type(const QByteArray& bytes)
{
    return ::write(m_master, bytes.constData(), std::size_t(bytes.size())) == bytes.size();
}

QByteArray PseudoTerminal::screen()
{
    drain();
    return m_screen;
}

bool PseudoTerminal::signal(int signalNumber)
{
    return m_child > 0 && !m_exited && ::kill(m_child, signalNumber) == 0;
}

bool PseudoTerminal::waitForExit(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!m_exited) {
        drain();
        const pid_t done = ::waitpid(m_child, &m_status, WNOHANG);
        if (done == m_child) {
            m_exited = true;
            break;
        }
        if (timer.elapsed() > timeoutMs)
            return false;
        // The caller's event loop keeps serving (a fake server in the same process).
        QTest::qWait(10);
    }
    drain();
    return true;
}

int PseudoTerminal::exitCode() const
{
    return m_exited && WIFEXITED(m_status) ? WEXITSTATUS(m_status) : -1;
}

int PseudoTerminal::exitSignal() const
{
    return m_exited && WIFSIGNALED(m_status) ? WTERMSIG(m_status) : 0;
}

QByteArray PseudoTerminal::sttyAll() const
{
    QProcess stty;
    stty.setStandardInputFile(m_slaveName);
    stty.start(QStringLiteral("stty"), {QStringLiteral("-a")});
    if (!stty.waitForFinished(10000))
        return {};
    return stty.readAllStandardOutput();
}

bool PseudoTerminal::echoOn() const
{
    static const QRegularExpression echo(QStringLiteral("(^|[\\s;])echo([\\s;]|$)"));
    return echo.match(QString::fromLocal8Bit(sttyAll())).hasMatch();
}

} // namespace novapost::test
