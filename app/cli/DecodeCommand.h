// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace novapost {
class Clock;
}

namespace novapost::cli {

class CliConsole;

/** @brief `decode`: a JWT from stdin shown as header, claims and expiry, without the network. */
class DecodeCommand
{
    // The messages belong to the command-line tool's catalogue.
    Q_DECLARE_TR_FUNCTIONS(novapost::cli::CliApplication)

public:
    /** Nothing is owned. */
    DecodeCommand(CliConsole* console, const Clock* clock, bool json);

    /** Reads the token, prints it and ends the run. */
    void run();

private:
    CliConsole* m_console;
    const Clock* m_clock;
    bool m_json;
};

} // namespace novapost::cli
