// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace novapost {

/**
 * @brief Asks the Secret Service (Linux, over D-Bus) what QtKeychain's answers hide.
 *
 * QtKeychain reports an item in a locked collection as "entry not found", and deleting it as
 * done; the Secret Service itself lists locked items apart, and tells whether the collection that
 * new items go to is locked. On other platforms every answer is Unknown.
 */
class SecretServiceProbe
{
public:
    enum class State {
        /** No way to tell (another platform, an unexpected answer). */
        Unknown,
        Absent,
        Unlocked,
        Locked,
        /** No session bus to ask. */
        Unreachable,
        TimedOut,
    };
    using Callback = std::function<void(State)>;

    /** Whether QtKeychain's item @p name of @p service exists, and whether it is locked. */
    static void itemState(const QString& service, const QString& name, int timeoutMs, QObject* context,
                          Callback callback);
    /** Whether the default collection, where new items are written, exists and is locked. */
    static void defaultCollectionState(int timeoutMs, QObject* context, Callback callback);
};

} // namespace novapost
