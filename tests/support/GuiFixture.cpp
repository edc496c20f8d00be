// SPDX-License-Identifier: MIT
#include "GuiFixture.h"

#include "ConfirmationPrompt.h"
#include "TokenCountdown.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QTest>

namespace novapost::test {

bool GuiFixture::start(const QDateTime& startTime)
{
    QGuiApplication::clipboard()->clear();
    gui::ConfirmationPrompt::setNextAnswer(std::nullopt);
    dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid()) {
        m_error = QStringLiteral("No temporary directory: %1").arg(dir->errorString());
        return false;
    }
    server = std::make_unique<FakeNovaPostServer>();
    if (!server->listen()) {
        m_error = server->errorString();
        return false;
    }
    clock = std::make_unique<ManualClock>(startTime);
    if (!systemTime)
        server->setNow(startTime.toSecsSinceEpoch());
    return true;
}

const Clock* GuiFixture::timeSource() const
{
    if (systemTime)
        return &systemClock;
    return clock.get();
}

void GuiFixture::createServices()
{
    if (!settings)
        settings =
            std::make_unique<QSettings>(dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    if (secrets.get() != memorySecrets)
        memorySecrets = nullptr; // the test put a store of its own there
    if (!secrets) {
        auto memory = std::make_unique<MemorySecretStore>();
        memorySecrets = memory.get();
        secrets = std::move(memory);
    }
    keys = std::make_unique<KeyStore>(secrets.get(), settings.get(), timeSource());
    if (withTokenCache)
        tokenCache = std::make_unique<TokenCache>(secrets.get(), settings.get(), timeSource());
    if (keysForgetCachedTokens)
        keys->setTokenCache(tokenCache.get());
    if (withRequestLog && !requestLog)
        requestLog = std::make_unique<RequestLog>();
    network = std::make_unique<QNetworkAccessManager>();
    api = std::make_unique<ApiClient>(network.get());
    if (!systemTime)
        api->setClock(clock.get());
}

gui::MainWindowServices GuiFixture::services()
{
    if (!keys)
        createServices();
    gui::MainWindowServices services;
    services.apiClient = api.get();
    services.keyStore = keys.get();
    services.settings = settings.get();
    services.clock = timeSource();
    services.tokenCache = tokenCache.get();
    services.requestLog = requestLog.get();
    return services;
}

gui::MainWindowOptions GuiFixture::options() const
{
    gui::MainWindowOptions options;
    options.baseUrlOverride = server->baseUrl();
    return options;
}

gui::MainWindow* GuiFixture::createWindow(gui::MainWindowOptions options)
{
    if (!options.baseUrlOverride.isValid())
        options.baseUrlOverride = server->baseUrl();
    window = std::make_unique<gui::MainWindow>(services(), options);
    return window.get();
}

bool GuiFixture::show(bool activate)
{
    window->show();
    if (activate)
        window->activateWindow();
    return QTest::qWaitForWindowExposed(window.get());
}

void GuiFixture::storeProductionKey(const QString& label, const QString& key)
{
    if (!keys)
        createServices();
    bool done = false;
    keys->saveProductionKey(label, key, keys.get(), [&done](const KeyStore::SaveResult& result) {
        QVERIFY(result.ok());
        done = true;
    });
    QTRY_VERIFY(done);
}

void GuiFixture::advance(qint64 seconds, const QList<EnvironmentKind>& environments)
{
    clock->advanceSeconds(seconds);
    server->setNow(clock->now().toSecsSinceEpoch());
    for (EnvironmentKind kind : environments)
        window->session(kind)->countdown()->refresh();
}

bool GuiFixture::busy() const
{
    return window && (window->session(EnvironmentKind::Sandbox)->isBusy() ||
                      window->session(EnvironmentKind::Production)->isBusy());
}

void GuiFixture::stop()
{
    window.reset();
    api.reset();
    network.reset();
    keys.reset();
    tokenCache.reset();
    requestLog.reset();
    secrets.reset();
    memorySecrets = nullptr;
    settings.reset();
    server.reset();
    clock.reset();
    dir.reset();
    withTokenCache = false;
    keysForgetCachedTokens = false;
    withRequestLog = false;
    systemTime = false;
    m_error.clear();
    QGuiApplication::clipboard()->clear();
    gui::ConfirmationPrompt::setNextAnswer(std::nullopt);
}

} // namespace novapost::test
