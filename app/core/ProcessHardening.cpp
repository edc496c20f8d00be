// SPDX-License-Identifier: MIT
#include "ProcessHardening.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace novapost {

void ProcessHardening::disableCoreDumps()
{
#if defined(Q_OS_LINUX)
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
#if defined(Q_OS_UNIX)
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
#endif
    // Windows: crash dumps are made by Windows Error Reporting only when the user or an
    // administrator has configured LocalDumps; there is no per-process switch to turn off here.
}

void ProcessHardening::guardStandardStreams()
{
#if defined(Q_OS_UNIX)
    for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; ++fd) {
        if (fcntl(fd, F_GETFD) != -1 || errno != EBADF)
            continue;
        // open() returns the lowest free descriptor, which is this one. The direction is the wrong
        // one on purpose: reading a closed stdin then fails instead of reading nothing, and a write to
        // a closed stdout or stderr fails (exit code 10) instead of vanishing into /dev/null.
        const int opened = open("/dev/null", fd == STDIN_FILENO ? O_WRONLY : O_RDONLY);
        if (opened != fd && opened >= 0)
            close(opened);
    }
    std::signal(SIGPIPE, SIG_IGN);
#endif
}

void ProcessHardening::wipe(std::string& buffer)
{
    // volatile: the compiler must not drop stores to memory that is about to be released.
    volatile char* bytes = buffer.data();
    for (std::size_t i = 0; i < buffer.size(); ++i)
        bytes[i] = 0;
    buffer.clear();
}

} // namespace novapost
