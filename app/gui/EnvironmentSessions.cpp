// SPDX-License-Identifier: MIT
#include "EnvironmentSessions.h"

#include "AutoRenewScheduler.h"
#include "EnvironmentSession.h"
#include "KeyStore.h"
#include "TestKeyService.h"
#include "TokenService.h"
#include "WindowSettings.h"

#include <algorithm>

namespace novapost::gui {

EnvironmentSessions::EnvironmentSessions(const Services& services, WindowSettings* settings,
                                         const QUrl& baseUrlOverride, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    Q_ASSERT(services.apiClient && services.keyStore && services.clock && settings);
    SessionServices shared;
    shared.keyStore = services.keyStore;
    shared.clock = services.clock;
    shared.tokenCache = services.tokenCache;
    shared.tokens = services.tokens;
    shared.testKeys = services.testKeys;
    if (!shared.tokens) {
        m_ownTokens = std::make_unique<TokenService>(services.apiClient, services.keyStore,
                                                     services.tokenCache, services.settings, services.clock);
        shared.tokens = m_ownTokens.get();
    }
    if (!shared.testKeys) {
        m_ownTestKeys =
            std::make_unique<TestKeyService>(services.apiClient, services.keyStore, services.settings);
        shared.testKeys = m_ownTestKeys.get();
    }
    for (EnvironmentKind kind : {EnvironmentKind::Sandbox, EnvironmentKind::Production}) {
        Environment environment(kind);
        if (baseUrlOverride.isValid())
            environment.setBaseUrlOverride(baseUrlOverride);
        m_sessions[std::size_t(kind)] = new EnvironmentSession(environment, shared, this);
    }
    applySettings();
    connect(settings, &WindowSettings::changed, this, &EnvironmentSessions::applySettings);
    restoreCachedTokens(services.keyStore);
}

// The sessions go first: they cancel what runs on the services.
EnvironmentSessions::~EnvironmentSessions()
{
    for (EnvironmentSession*& session : m_sessions) {
        delete session;
        session = nullptr;
    }
}

bool EnvironmentSessions::isAnyBusy() const
{
    return std::any_of(m_sessions.begin(), m_sessions.end(),
                       [](const EnvironmentSession* session) { return session->isBusy(); });
}

void EnvironmentSessions::applySettings()
{
    for (EnvironmentSession* session : m_sessions) {
        session->autoRenew()->setEnabled(m_settings->autoRenew());
        session->autoRenew()->setLeadSeconds(qint64(m_settings->renewLeadMinutes()) * 60);
    }
}

void EnvironmentSessions::restoreCachedTokens(KeyStore* keys)
{
    session(EnvironmentKind::Sandbox)->restoreCachedToken(keys->rememberedPhone());
    session(EnvironmentKind::Production)->restoreCachedToken(keys->lastProductionKey());
}

} // namespace novapost::gui
