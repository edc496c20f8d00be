// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace novapost::test {

/**
 * @brief Runs a program with a real pseudo-terminal as its standard input and output (and
 * controlling terminal), as if someone were typing in a terminal window. Its standard error can
 * go to a file instead, to tell what was written there from what the terminal echoed. Unix only.
 */
class PseudoTerminal
{
public:
    PseudoTerminal() = default;
    ~PseudoTerminal();
    PseudoTerminal(const PseudoTerminal&) = delete;
    PseudoTerminal& operator=(const PseudoTerminal&) = delete;

    /** Starts @p program; standard error goes to @p standardErrorFile unless it is empty. */
    bool start(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment,
               const QString& standardErrorFile = {});

    /** Types @p bytes on the terminal's keyboard (Ctrl+C is "\x03"). */
    bool type(const QByteArray& bytes);
    /** Everything the terminal has shown so far: the program's output and the echo of what was typed. */
    QByteArray screen();
    /** Sends @p signalNumber to the program. */
    bool signal(int signalNumber);
    /** Waits for the program to end; false on time-out. */
    bool waitForExit(int timeoutMs);
    /** After waitForExit(): the exit code, or -1 when a signal ended the program. */
    int exitCode() const;
    /** After waitForExit(): the signal that ended the program, or 0. */
    int exitSignal() const;
    /** `stty -a` run on the terminal (it stays open after the program ended). */
    QByteArray sttyAll() const;
    /** True when `stty -a` lists "echo" (not "-echo"): the terminal shows what is typed. */
    bool echoOn() const;

private:
    void drain();

    int m_master = -1;
    pid_t m_child = -1;
    int m_status = 0;
    bool m_exited = false;
    QByteArray m_screen;
    QString m_slaveName;
};

} // namespace novapost::test
