// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

/**
 * @brief Values the window and the CLI must agree on, written down once.
 */
namespace novapost::defaults {

/** A cached JWT is handed out again only while at least this long is left of it. */
constexpr qint64 CacheMinimumSecondsLeft = 5 * 60;
/** How long one request to Nova Post, and one keychain call, may take by default. */
constexpr int RequestTimeoutSeconds = 30;
constexpr int RequestTimeoutMs = RequestTimeoutSeconds * 1000;
/** The lifetime taken for a token without a usable `exp` claim (Nova Post's tokens live an hour). */
constexpr qint64 AssumedLifetimeSeconds = 3600;

} // namespace novapost::defaults
