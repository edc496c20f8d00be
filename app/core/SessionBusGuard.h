// SPDX-License-Identifier: MIT
#pragma once

namespace novapost {

/**
 * @brief Keeps the process alive when the D-Bus session bus goes away during a keychain call.
 *
 * On Linux, QtKeychain talks to the Secret Service through libsecret, which uses GLib's shared
 * session bus connection. GLib ends the whole process with SIGTERM when that connection closes
 * ("exit on close"). With that turned off, the pending keychain call fails instead and we report
 * a keychain failure like any other.
 */
class SessionBusGuard
{
public:
    /**
     * Call before every keychain call: after a bus loss GLib opens a new shared connection, again
     * with exit on close. Does nothing where GLib's GIO is not available.
     */
    static void keepProcessWhenBusCloses();
};

} // namespace novapost
