// SPDX-License-Identifier: MIT
#pragma once

#include "Environment.h"
#include "KeyStatusTexts.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace novapost {
class KeyStore;
}

namespace novapost::gui {

class ClaimsPanel;
class EnvironmentBar;
class EnvironmentSession;
class EnvironmentSessions;
class GetJwtRow;
class MessageBanner;
class ProductionKeyPage;
class SandboxKeyPage;
class TokenPanel;
class WindowMenus;

/** @brief The window's panels that show a session; none is owned. */
struct SessionViews
{
    EnvironmentBar* environmentBar = nullptr;
    MessageBanner* messageBanner = nullptr;
    MessageBanner* keychainBanner = nullptr;
    SandboxKeyPage* sandboxPage = nullptr;
    ProductionKeyPage* productionPage = nullptr;
    GetJwtRow* getJwtRow = nullptr;
    TokenPanel* tokenPanel = nullptr;
    ClaimsPanel* claimsPanel = nullptr;
    WindowMenus* menus = nullptr;
};

/**
 * @brief Binds the shown environment's session to the window's panels, both ways.
 *
 * The panels show the session's token, messages and busy state as they change, and what people ask
 * of the panels (request a key, get a JWT, retry, cancel...) goes to the session. Only the shown
 * session is rendered; the other keeps running unseen, so switching environments never mixes
 * their tokens.
 */
class SessionBinding : public QObject
{
    Q_OBJECT

public:
    /** @p window is the parent of confirmation prompts; nothing is owned. */
    SessionBinding(const SessionViews& views, EnvironmentSessions* sessions, KeyStore* keys, QWidget* window);

    EnvironmentSession* current() const { return m_current; }
    /** Shows @p kind's session in the panels; refused (the shown one stays) while a request runs. */
    bool show(EnvironmentKind kind);
    /** Get JWT with what the panels name; @p fresh asks Nova Post even if a cached token would do. */
    void getJwt(bool fresh);
    /**
     * Ctrl+G: Get JWT when it can run; else the step that leads there: the test key for a phone
     * without one, or the field still to fill.
     */
    void getJwtOrNextStep();
    void cancel();
    /** Puts the keyboard focus where the next keystroke is useful. */
    void focusNextStep();

private:
    void connectViews();
    /** Repeats what the Retry of the shown session's message (or its keychain notice) offers. */
    void retry(bool ofKeychainNotice);
    void watch(EnvironmentSession* session);
    /** What identifies the key in the shown environment: the phone as typed, or the production key id. */
    QString keyInput() const;
    QString selectedProductionKey() const;
    void renderAll();
    void renderMessages();
    void renderToken();
    void renderBusy();
    void refreshKeys();
    void updatePhoneStatus();
    void updateProductionKeyStatus();
    void updateActions();
    void removeTestKey(const QString& account);
    void forgetProductionKey(const QString& id);

    SessionViews m_views;
    EnvironmentSessions* m_sessions;
    KeyStore* m_keys;
    QWidget* m_window;
    KeyStatusTexts m_texts;
    QPointer<EnvironmentSession> m_current;
};

} // namespace novapost::gui
