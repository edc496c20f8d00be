// SPDX-License-Identifier: MIT
#include "SessionBusGuard.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#include <QLibrary>
#endif

namespace novapost {

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)

namespace {

// GIO is loaded at run time, like QtKeychain loads libsecret: no build dependency, and nothing
// happens on systems without it (where libsecret cannot be in use either).
constexpr int GBusTypeSession = 2;
using ReadyCallback = void (*)(void* source, void* result, void* userData);
using BusGet = void (*)(int busType, void* cancellable, ReadyCallback callback, void* userData);
using BusGetFinish = void* (*)(void* result, void** error);
using SetExitOnClose = void (*)(void* connection, int exitOnClose);
using Unref = void (*)(void* object);

struct Gio
{
    BusGet busGet = nullptr;
    BusGetFinish busGetFinish = nullptr;
    SetExitOnClose setExitOnClose = nullptr;
    Unref objectUnref = nullptr;
    Unref errorFree = nullptr;

    bool isComplete() const { return busGet && busGetFinish && setExitOnClose && objectUnref && errorFree; }
};

const Gio& gio()
{
    static const Gio functions = [] {
        Gio resolved;
        QLibrary library(QStringLiteral("gio-2.0"), 0);
        if (!library.load())
            return resolved;
        // g_object_unref and g_error_free come from GObject and GLib, which GIO itself loads.
        resolved.busGet = reinterpret_cast<BusGet>(library.resolve("g_bus_get"));
        resolved.busGetFinish = reinterpret_cast<BusGetFinish>(library.resolve("g_bus_get_finish"));
        resolved.setExitOnClose =
            reinterpret_cast<SetExitOnClose>(library.resolve("g_dbus_connection_set_exit_on_close"));
        resolved.objectUnref = reinterpret_cast<Unref>(library.resolve("g_object_unref"));
        resolved.errorFree = reinterpret_cast<Unref>(library.resolve("g_error_free"));
        return resolved;
    }();
    return functions;
}

void onSessionBus(void*, void* result, void*)
{
    const Gio& functions = gio();
    void* error = nullptr;
    if (void* connection = functions.busGetFinish(result, &error)) {
        functions.setExitOnClose(connection, 0);
        functions.objectUnref(connection);
    }
    if (error)
        functions.errorFree(error);
}

} // namespace

void SessionBusGuard::keepProcessWhenBusCloses()
{
    const Gio& functions = gio();
    if (!functions.isComplete())
        return;
    // Asynchronous: connecting synchronously would block on a frozen bus. The shared connection is
    // the one libsecret gets too; its close is only acted on later, in the main loop, by which
    // time the flag is off.
    functions.busGet(GBusTypeSession, nullptr, onSessionBus, nullptr);
}

#else

void SessionBusGuard::keepProcessWhenBusCloses() {}

#endif

} // namespace novapost
