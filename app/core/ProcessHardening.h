// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace novapost {

/**
 * @brief Process-wide protections both binaries turn on first thing in main().
 */
class ProcessHardening
{
public:
    /**
     * Keys and tokens live in this process's memory: no core file may be written (RLIMIT_CORE 0),
     * and on Linux the process is not dumpable, so a crash handler or another process of the same
     * user (gcore, ptrace) cannot copy that memory.
     */
    static void disableCoreDumps();

    /**
     * A standard stream that is closed at start (`cmd >&-`) gets /dev/null opened the wrong way
     * round: the next file or socket opened can then never become "stdout", and writing to it fails
     * visibly instead of disappearing. SIGPIPE is ignored so a closed pipe is a write error we report,
     * not a silent death.
     */
    static void guardStandardStreams();

    /** Overwrites @p buffer, which held a secret, before its memory is released. */
    static void wipe(std::string& buffer);
};

} // namespace novapost
