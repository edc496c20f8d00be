// SPDX-License-Identifier: MIT
// The window against a locked keychain: a private gnome-keyring on a session bus of this test's
// own (started before anything in the process talks to D-Bus), locked with the Secret Service's
// Lock call; and a keychain that cannot be reached at all.
#include "ApiClient.h"
#include "Clock.h"
#include "ConfirmationPrompt.h"
#include "FakeNovaPostServer.h"
#include "GuiFixture.h"
#include "KeychainSecretStore.h"
#include "KeyStore.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "PrivateKeyring.h"
#include "TokenCache.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace novapost;
using namespace novapost::gui;
using novapost::test::FakeNovaPostServer;
using novapost::test::PrivateKeyring;

namespace {

const QString Phone = QStringLiteral("498213437654");
const QString OtherPhone = QStringLiteral("48900555111");

/** A system keychain that is not there: persistent by nature, unreachable right now. */
class UnreachableKeychain final : public SecretStore
{
public:
    void readSecret(const QString&, QObject* context, Callback callback) override { fail(context, callback); }
    void writeSecret(const QString&, const QString&, QObject* context, Callback callback) override
    {
        fail(context, callback);
    }
    void removeSecret(const QString&, QObject* context, Callback callback) override
    {
        fail(context, callback);
    }
    QString locationDescription() const override
    {
        return QStringLiteral("the system keychain (Secret Service)");
    }
    bool isPersistent() const override { return true; }

private:
    static void fail(QObject* context, const Callback& callback)
    {
        QTimer::singleShot(0, context, [callback] {
            callback(
                {SecretResult::Status::Unavailable, {}, QStringLiteral("No system keychain is available.")});
        });
    }
};

PrivateKeyring* privateKeyring = nullptr;

} // namespace

class GuiKeychainTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void waitingForTheKeychainIsShown();
    void removingAKeyRemovesItsTokens();
    void lockedKeychainIsNotAMissingKey();
    void sessionKeysAreNotSaidToBeInTheKeychain();

private:
    void createWindow(bool withTokenCache = false);
    template<typename T>
    T* child(const char* name) const
    {
        return m_gui.child<T>(name);
    }
    void requestTestKey(const QString& phone);

    test::GuiFixture m_gui;
    // The fixture's parts under the names the tests use.
    std::unique_ptr<FakeNovaPostServer>& m_server = m_gui.server;
    std::unique_ptr<KeyStore>& m_keys = m_gui.keys;
    // The fixture destroys it after the window, so that it outlives it even when a test ends early.
    std::unique_ptr<SecretStore>& m_secrets = m_gui.secrets;
    std::unique_ptr<MainWindow>& m_window = m_gui.window;
};

void GuiKeychainTest::init()
{
    m_gui.systemTime = true;
    QVERIFY2(m_gui.start(), qPrintable(m_gui.errorString()));
    m_server->registerPhone(Phone, "gui-locked-key");
    m_server->registerPhone(OtherPhone, "gui-other-key");
}

void GuiKeychainTest::cleanup()
{
    m_gui.stop();
}

void GuiKeychainTest::createWindow(bool withTokenCache)
{
    m_gui.withTokenCache = withTokenCache;
    // As the application wires them: forgetting a key forgets its cached tokens.
    m_gui.keysForgetCachedTokens = true;
    m_gui.createServices();
    MainWindowOptions options;
    options.environment = EnvironmentKind::Sandbox;
    m_gui.createWindow(options);
    QVERIFY(m_gui.show());
}

void GuiKeychainTest::requestTestKey(const QString& phone)
{
    auto* edit = child<QLineEdit>("phoneLineEdit");
    edit->clear();
    QTest::keyClicks(edit, phone);
    auto* button = child<QPushButton>("requestTestKeyButton");
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void GuiKeychainTest::waitingForTheKeychainIsShown()
{
    if (!privateKeyring)
        QSKIP("No private keyring (gnome-keyring and dbus-daemon are needed).");
    const QString service = QStringLiteral("novapost-jwt-gui-frozen");
    m_secrets = std::make_unique<KeychainSecretStore>(service);
    createWindow();
    requestTestKey(Phone);
    QTRY_VERIFY_WITH_TIMEOUT(m_keys->entry(EnvironmentKind::Sandbox, Phone).has_value(), 10000);
    QTRY_VERIFY(!m_gui.busy());
    QVERIFY(privateKeyring->freeze());
    const auto thawAfter = qScopeGuard([] { privateKeyring->thaw(); });
    QTest::mouseClick(child<QPushButton>("getJwtButton"), Qt::LeftButton);
    QVERIFY(m_gui.busy());
    auto* hint = child<QLabel>("getJwtHintLabel");
    QTRY_VERIFY_WITH_TIMEOUT(hint->text().contains("Waiting for the keychain to be unlocked"), 10000);
    privateKeyring->thaw();
    QTRY_VERIFY_WITH_TIMEOUT(!m_gui.busy(), 10000);
}

void GuiKeychainTest::removingAKeyRemovesItsTokens()
{
    if (!privateKeyring)
        QSKIP("No private keyring (gnome-keyring and dbus-daemon are needed).");
    const QString service = QStringLiteral("novapost-jwt-gui-remove");
    m_secrets = std::make_unique<KeychainSecretStore>(service);
    createWindow(/*withTokenCache=*/true);
    requestTestKey(Phone);
    QTRY_VERIFY_WITH_TIMEOUT(m_keys->entry(EnvironmentKind::Sandbox, Phone).has_value(), 10000);
    QTRY_VERIFY(!m_gui.busy());
    QTest::mouseClick(child<QPushButton>("getJwtButton"), Qt::LeftButton);
    Environment sandbox(EnvironmentKind::Sandbox);
    sandbox.setBaseUrlOverride(m_server->baseUrl());
    const QString cached = TokenCache::entryName(sandbox, "gui-locked-key");
    QTRY_VERIFY_WITH_TIMEOUT(privateKeyring->contains(service, cached), 10000);

    auto* list = child<QTreeWidget>("storedKeysTreeWidget");
    list->setCurrentItem(list->topLevelItem(0));
    ConfirmationPrompt::setNextAnswer(true);
    QTest::mouseClick(child<QPushButton>("removeKeyButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_keys->entry(EnvironmentKind::Sandbox, Phone).has_value(), 10000);
    QVERIFY(!privateKeyring->contains(service, "sandbox/" + Phone));
    QTRY_VERIFY_WITH_TIMEOUT(!privateKeyring->contains(service, cached), 10000);
}

void GuiKeychainTest::lockedKeychainIsNotAMissingKey()
{
    if (!privateKeyring)
        QSKIP("No private keyring (gnome-keyring and dbus-daemon are needed).");
    const QString service = QStringLiteral("novapost-jwt-gui-locked");
    m_secrets = std::make_unique<KeychainSecretStore>(service);
    createWindow();
    requestTestKey(Phone);
    QTRY_VERIFY_WITH_TIMEOUT(m_keys->entry(EnvironmentKind::Sandbox, Phone).has_value(), 10000);
    QTRY_VERIFY(!m_gui.busy());
    // The key really went to the private keyring, so this process talks to it.
    QVERIFY(privateKeyring->contains(service, "sandbox/" + Phone));
    QVERIFY(privateKeyring->lock());

    auto* keychainBanner = child<MessageBanner>("keychainBanner");
    auto* banner = child<MessageBanner>("messageBanner");
    const int requestsBefore = m_server->requestCount();
    QTest::mouseClick(child<QPushButton>("getJwtButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_gui.busy(), 10000);
    QTRY_VERIFY(keychainBanner->isVisible());
    QVERIFY2(keychainBanner->text().contains("The keychain is locked"), qPrintable(keychainBanner->text()));
    QVERIFY2(!banner->text().contains("Renew"), qPrintable(banner->text()));
    QCOMPARE(m_server->requestCount(), requestsBefore);

    // No test key is requested while it could not be stored.
    requestTestKey(OtherPhone);
    QTRY_VERIFY_WITH_TIMEOUT(!m_gui.busy(), 10000);
    QCOMPARE(m_server->requestCount(), requestsBefore);
    QVERIFY2(keychainBanner->text().contains("The keychain is locked"), qPrintable(keychainBanner->text()));
    QVERIFY(!m_keys->entry(EnvironmentKind::Sandbox, OtherPhone));
}

void GuiKeychainTest::sessionKeysAreNotSaidToBeInTheKeychain()
{
    m_secrets = std::make_unique<UnreachableKeychain>();
    createWindow();
    requestTestKey(Phone);
    QTRY_VERIFY(m_keys->entry(EnvironmentKind::Sandbox, Phone).has_value());
    QTRY_VERIFY(!m_gui.busy());
    QVERIFY(m_keys->entry(EnvironmentKind::Sandbox, Phone)->sessionOnly);
    QCOMPARE(child<QTreeWidget>("storedKeysTreeWidget")->topLevelItem(0)->text(5),
             QStringLiteral("This session only"));
    const QString location = child<QLabel>("sandboxKeyLocationLabel")->text();
    QVERIFY2(!location.contains("stored in the system keychain"), qPrintable(location));
    QVERIFY2(location.contains("memory"), qPrintable(location));

    // The production page says once that its key is kept for this session only.
    m_window->setCurrentEnvironment(EnvironmentKind::Production);
    QTest::keyClicks(child<QLineEdit>("productionKeyLineEdit"), QStringLiteral("prod-key-acme-0123456789"));
    QTest::mouseClick(child<QPushButton>("saveKeyButton"), Qt::LeftButton);
    QTRY_VERIFY(m_keys->entry(EnvironmentKind::Production).has_value());
    QTRY_VERIFY(!m_gui.busy());
    const QString production = child<QLabel>("productionKeyStatusLabel")->text();
    QVERIFY2(production.count(QStringLiteral("for this session only")) == 1, qPrintable(production));
}

int main(int argc, char** argv)
{
    // Before anything in this process opens the session bus: the window's keychain is ours alone.
    QApplication app(argc, argv);
    std::unique_ptr<PrivateKeyring> keyring;
    if (!qEnvironmentVariableIsEmpty("NOVAPOST_TEST_SCRATCH")) {
        keyring = std::make_unique<PrivateKeyring>();
        QString problem;
        if (!keyring->start(&problem)) {
            qWarning("private keyring: %s", qPrintable(problem));
            if (!qEnvironmentVariableIsEmpty("NOVAPOST_REQUIRE_KEYCHAIN"))
                return 1;
            keyring.reset();
        } else {
            QProcessEnvironment environment;
            keyring->applyTo(environment);
            for (const QString& name : environment.keys())
                qputenv(name.toLocal8Bit().constData(), environment.value(name).toLocal8Bit());
        }
    }
    privateKeyring = keyring.get();
    GuiKeychainTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_keychain.moc"
