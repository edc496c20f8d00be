// SPDX-License-Identifier: MIT
#pragma once

#include "Environment.h"

#include <QObject>
#include <QUrl>

#include <array>
#include <memory>

class QSettings;

namespace novapost {
class ApiClient;
class Clock;
class KeyStore;
class TestKeyService;
class TokenCache;
class TokenService;
} // namespace novapost

namespace novapost::gui {

class EnvironmentSession;
class WindowSettings;

/**
 * @brief The sandbox and production sessions, with the core services they run on.
 *
 * Lives as long as the program (not as long as a window), so tokens, countdowns and requests carry
 * over a rebuild of the window. Keeps the sessions' automatic renewal in step with the settings and,
 * at start, shows tokens that an earlier run or the CLI left in the cache.
 */
class EnvironmentSessions : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        ApiClient* apiClient = nullptr;
        KeyStore* keyStore = nullptr;
        const Clock* clock = nullptr;
        /** May be null: nothing is cached. */
        TokenCache* tokenCache = nullptr;
        /** The settings file, for the token lock files beside it; may be null. */
        QSettings* settings = nullptr;
        /** Made here when null. */
        TokenService* tokens = nullptr;
        /** Made here when null. */
        TestKeyService* testKeys = nullptr;
    };

    /** @p baseUrlOverride (from --base-url) applies to both environments when valid. */
    EnvironmentSessions(const Services& services, WindowSettings* settings, const QUrl& baseUrlOverride,
                        QObject* parent = nullptr);
    ~EnvironmentSessions() override;

    EnvironmentSession* session(EnvironmentKind kind) const { return m_sessions[std::size_t(kind)]; }
    const std::array<EnvironmentSession*, 2>& all() const { return m_sessions; }
    bool isAnyBusy() const;

private:
    void applySettings();
    void restoreCachedTokens(KeyStore* keys);

    std::unique_ptr<TokenService> m_ownTokens;
    std::unique_ptr<TestKeyService> m_ownTestKeys;
    WindowSettings* m_settings;
    std::array<EnvironmentSession*, 2> m_sessions{};
};

} // namespace novapost::gui
