// SPDX-License-Identifier: MIT
#pragma once

namespace novapost::cli {

/**
 * @brief While alive, what is typed on the terminal that is standard input is not shown.
 *
 * For secrets typed or pasted by hand, as ssh-add and sudo do. Echo comes back when the object is
 * destroyed, and also when SIGINT, SIGQUIT, SIGTERM or SIGHUP end the process meanwhile (on
 * Windows, Ctrl+C and closing the console), so the shell is never left without echo. Does nothing when
 * standard input is not a terminal (a pipe, a file).
 */
class TerminalInput
{
public:
    TerminalInput();
    ~TerminalInput();
    TerminalInput(const TerminalInput&) = delete;
    TerminalInput& operator=(const TerminalInput&) = delete;

    /** True when standard input is a terminal: someone may be typing. */
    static bool isTerminal();
    /** True when echo was turned off and will be restored. */
    bool hidesInput() const { return m_hidden; }

private:
    bool m_hidden = false;
};

} // namespace novapost::cli
