// SPDX-License-Identifier: MIT
#include "TerminalInput.h"

#include <QtGlobal>

#include <cstddef>
#include <iterator>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>

#include <cstdio>
#else
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace novapost::cli {

namespace {

#ifdef Q_OS_WIN

DWORD savedMode = 0;
volatile LONG restoreNeeded = 0;

void restoreEcho()
{
    if (InterlockedExchange(&restoreNeeded, 0) != 0)
        SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), savedMode);
}

BOOL WINAPI restoreOnControlEvent(DWORD)
{
    restoreEcho();
    // Not handled: the default handler still ends the process.
    return FALSE;
}

#else

struct termios savedSettings;
volatile sig_atomic_t restoreNeeded = 0;
// Ctrl+C and Ctrl+\ typed at the prompt, kill's default, and the terminal going away.
constexpr int EndingSignals[] = {SIGINT, SIGQUIT, SIGTERM, SIGHUP};
struct sigaction previousActions[std::size(EndingSignals)];

extern "C" void restoreEchoAndEnd(int signalNumber)
{
    // Only async-signal-safe calls here: tcsetattr, write, sigaction, raise.
    if (restoreNeeded) {
        tcsetattr(STDIN_FILENO, TCSANOW, &savedSettings);
        restoreNeeded = 0;
        // The Enter that was never typed: the shell's prompt starts on a line of its own.
        [[maybe_unused]] const ssize_t written = write(STDERR_FILENO, "\n", 1);
    }
    // Ends the process the way the signal would have, so the shell sees "interrupted" (130).
    struct sigaction defaultAction = {};
    defaultAction.sa_handler = SIG_DFL;
    sigemptyset(&defaultAction.sa_mask);
    sigaction(signalNumber, &defaultAction, nullptr);
    raise(signalNumber);
}

#endif

} // namespace

bool TerminalInput::isTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) == 1;
#endif
}

TerminalInput::TerminalInput()
{
    if (!isTerminal())
        return;
#ifdef Q_OS_WIN
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (!GetConsoleMode(input, &mode))
        return;
    savedMode = mode;
    restoreNeeded = 1;
    SetConsoleCtrlHandler(restoreOnControlEvent, TRUE);
    m_hidden = SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
    if (!m_hidden) {
        restoreNeeded = 0;
        SetConsoleCtrlHandler(restoreOnControlEvent, FALSE);
    }
#else
    struct termios settings;
    if (tcgetattr(STDIN_FILENO, &settings) != 0)
        return;
    savedSettings = settings;
    // The handlers are in place before echo goes off: no moment where a signal leaves it off.
    restoreNeeded = 1;
    struct sigaction action = {};
    action.sa_handler = restoreEchoAndEnd;
    sigemptyset(&action.sa_mask);
    for (std::size_t i = 0; i < std::size(EndingSignals); ++i)
        sigaction(EndingSignals[i], &action, &previousActions[i]);
    settings.c_lflag &= ~tcflag_t(ECHO | ECHOE | ECHOK | ECHONL);
    m_hidden = tcsetattr(STDIN_FILENO, TCSANOW, &settings) == 0;
    if (!m_hidden) {
        restoreNeeded = 0;
        for (std::size_t i = 0; i < std::size(EndingSignals); ++i)
            sigaction(EndingSignals[i], &previousActions[i], nullptr);
    }
#endif
}

TerminalInput::~TerminalInput()
{
    if (!m_hidden)
        return;
#ifdef Q_OS_WIN
    restoreEcho();
    SetConsoleCtrlHandler(restoreOnControlEvent, FALSE);
    std::fputs("\n", stderr);
    std::fflush(stderr);
#else
    // Echo first, then the handlers: a signal in between only restores echo once more.
    tcsetattr(STDIN_FILENO, TCSANOW, &savedSettings);
    for (std::size_t i = 0; i < std::size(EndingSignals); ++i)
        sigaction(EndingSignals[i], &previousActions[i], nullptr);
    restoreNeeded = 0;
    [[maybe_unused]] const ssize_t written = write(STDERR_FILENO, "\n", 1);
#endif
}

} // namespace novapost::cli
