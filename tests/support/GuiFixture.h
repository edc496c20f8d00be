// SPDX-License-Identifier: MIT
#pragma once

#include "ApiClient.h"
#include "Clock.h"
#include "Environment.h"
#include "EnvironmentSession.h"
#include "FakeNovaPostServer.h"
#include "KeyStore.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "RequestLog.h"
#include "TokenCache.h"
#include "TokenCountdown.h"
#include "UtcTime.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace novapost::test {

/**
 * @brief What a window test starts from: a listening fake Nova Post server, a ManualClock, settings in
 * a fresh directory, a key store over an in-memory secret store (or one the test hands in), an
 * optional token cache and request log, and the window over all of them.
 *
 * start() in init(), stop() in cleanup(). The parts are public so a test can replace one before the
 * services are created (for example `secrets` with a keychain store) or look at it afterwards.
 * createServices() only creates what is still missing, so a test may make settings or secrets first.
 */
struct GuiFixture
{
    /** Where every window test's clock and the fake server's time begin. */
    static QDateTime defaultStart() { return UtcTime::fromDateAndTime(QDate(2025, 9, 1), QTime(10, 0, 0)); }

    // Choices, made before createServices() (or the first createWindow()); stop() resets them.
    /** Create a TokenCache over the secret store and hand it to the window. */
    bool withTokenCache = false;
    /** As the application wires them: forgetting a key forgets its cached tokens. */
    bool keysForgetCachedTokens = false;
    /** Create a RequestLog and hand it to the window (without one the window keeps its own). */
    bool withRequestLog = false;
    /**
     * The services and the window read the system clock, and the server keeps its own time; `clock`
     * then stays unused. Chosen before start().
     */
    bool systemTime = false;

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<FakeNovaPostServer> server;
    std::unique_ptr<ManualClock> clock;
    SystemClock systemClock;
    /** settings.ini in `dir`, INI format. */
    std::unique_ptr<QSettings> settings;
    /** A MemorySecretStore unless the test put another store here before createServices(). */
    std::unique_ptr<SecretStore> secrets;
    /** `secrets` when the fixture made it a MemorySecretStore, else null. */
    MemorySecretStore* memorySecrets = nullptr;
    std::unique_ptr<KeyStore> keys;
    std::unique_ptr<TokenCache> tokenCache;
    std::unique_ptr<RequestLog> requestLog;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<gui::MainWindow> window;

    /**
     * Makes the directory, starts the server listening with its time at @p start (unless systemTime)
     * and sets the clock there; clears the clipboard and any prepared confirmation answer. False (see
     * errorString()) when the directory or the server could not be made.
     */
    bool start(const QDateTime& start = defaultStart());
    QString errorString() const { return m_error; }

    /**
     * Settings and secrets unless there are some, then a new key store, token cache (if chosen),
     * network and API client over them; a request log if chosen and there is none.
     */
    void createServices();
    /** The time source the services and the window use. */
    const Clock* timeSource() const;
    /** What the window is built with; creates the services first when there are none. */
    gui::MainWindowServices services();
    /** Options pointing both environments at the fake server. */
    gui::MainWindowOptions options() const;

    /**
     * Creates the window (services first when there are none); an invalid
     * options.baseUrlOverride means the fake server. Not shown yet: see show().
     */
    gui::MainWindow* createWindow(gui::MainWindowOptions options = {});
    /** Shows the window (and makes it the active one if @p activate); true once it is exposed. */
    bool show(bool activate = false);
    void destroyWindow() { window.reset(); }

    /** Stores a production key through the key store and waits for it; a failure fails the test. */
    void storeProductionKey(const QString& label, const QString& key);

    /**
     * Moves the clock and the server's time on by @p seconds and lets the countdowns of @p environments
     * notice (as their 1 s timer would).
     */
    void advance(qint64 seconds, const QList<EnvironmentKind>& environments = {EnvironmentKind::Sandbox,
                                                                               EnvironmentKind::Production});

    /** A request runs in either environment (the window then shows it as busy). */
    bool busy() const;

    /** The window's child widget or action named @p name; aborts the test program when there is none. */
    template<typename T>
    T* child(const char* name) const
    {
        T* found = window ? window->findChild<T*>(QString::fromLatin1(name)) : nullptr;
        if (!found)
            qFatal("no child named %s", name);
        return found;
    }

    /** Destroys everything, the window first, and clears the clipboard and any prepared answer. */
    void stop();

private:
    QString m_error;
};

} // namespace novapost::test
