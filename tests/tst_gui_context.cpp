// SPDX-License-Identifier: MIT
// What the window tells about where its keys and tokens come from: the phone it comes back on after
// a relaunch, what Get JWT needs when the shown phone has no key, and which environment the token on
// the clipboard belongs to. Offscreen against the fake server; time comes from a ManualClock.
#include "ClipboardAutoClear.h"
#include "EnvironmentSession.h"
#include "FakeNovaPostServer.h"
#include "GuiFixture.h"
#include "KeyStore.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "PhoneNumber.h"
#include "Translations.h"
#include "TrayController.h"
#include "UtcTime.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace novapost;
using namespace novapost::gui;
using novapost::test::FakeNovaPostServer;

namespace {

const QString Phone = QStringLiteral("498213437654");
const QString PhoneKey = QStringLiteral("78b97003b587d7758bede604fd185e3e");
// Not registered on the fake server: a test key request for it is answered 404.
const QString NewPhone = QStringLiteral("48900555111");
const QString OtherPhone = QStringLiteral("420601222333");
const QString OtherKey = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
const QString ProductionKey = QStringLiteral("prod-key-0123456789abcdef");

QString digitsOf(const QString& text)
{
    return PhoneNumber::parse(text).digits();
}

} // namespace

class TestGuiContext : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void relaunch_comesBackOnThePhoneThatWorkedAfterA404();
    void relaunch_skipsPhonesWhoseKeyFailedOrWasRemoved();
    void phoneWithoutKey_rowSaysWhyAndKeyboardGetsTheKey();
    void clipboard_namesTheEnvironmentOfItsToken();

private:
    MainWindow* createWindow();
    void typePhone(const QString& phone);
    /** Closes the window and starts a new one on the same settings and keychain, as a new run would. */
    void relaunch();
    template<typename T>
    T* child(const char* name) const
    {
        return m_gui.child<T>(name);
    }
    QString tokenText() const { return child<QPlainTextEdit>("tokenTextEdit")->toPlainText(); }

    test::GuiFixture m_gui;
};

void TestGuiContext::init()
{
    Translations::install(QStringLiteral("en"));
    QLocale::setDefault(QLocale::c());
    QVERIFY2(m_gui.start(), qPrintable(m_gui.errorString()));
    m_gui.server->registerPhone(Phone, PhoneKey);
    m_gui.server->addApiKey(ProductionKey);
}

void TestGuiContext::cleanup()
{
    m_gui.stop();
}

MainWindow* TestGuiContext::createWindow()
{
    MainWindowOptions options;
    options.environment = EnvironmentKind::Sandbox;
    m_gui.createWindow(options);
    if (!m_gui.show(/*activate=*/true))
        qWarning("window not exposed");
    return m_gui.window.get();
}

void TestGuiContext::relaunch()
{
    m_gui.window->close();
    m_gui.destroyWindow();
    m_gui.keys.reset();
    m_gui.settings->sync();
    m_gui.createServices();
    createWindow();
}

void TestGuiContext::typePhone(const QString& phone)
{
    auto* edit = child<QLineEdit>("phoneLineEdit");
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, phone);
}

void TestGuiContext::relaunch_comesBackOnThePhoneThatWorkedAfterA404()
{
    createWindow();
    // A key for the registered phone, and a JWT with it: this phone works.
    typePhone(Phone);
    QTest::keyClick(child<QLineEdit>("phoneLineEdit"), Qt::Key_Return);
    QTRY_VERIFY(m_gui.keys->entry(EnvironmentKind::Sandbox, Phone).has_value());
    QTRY_VERIFY(!m_gui.busy());
    QTest::keyClick(m_gui.window.get(), Qt::Key_G, Qt::ControlModifier);
    QTRY_VERIFY(!tokenText().isEmpty());

    // A new number Nova Post does not know: its key request is refused with 404.
    typePhone(NewPhone);
    const int before404 = m_gui.server->requestCount();
    QTest::keyClick(child<QLineEdit>("phoneLineEdit"), Qt::Key_Return);
    QTRY_COMPARE(m_gui.server->requestCount(), before404 + 1);
    QTRY_VERIFY(!m_gui.busy());
    QVERIFY(!m_gui.keys->entry(EnvironmentKind::Sandbox, NewPhone).has_value());
    relaunch();

    // The phone that worked, with Get JWT ready for one press.
    QCOMPARE(digitsOf(child<QLineEdit>("phoneLineEdit")->text()), Phone);
    QVERIFY(child<QPushButton>("getJwtButton")->isEnabled());
    const int before = m_gui.server->requestCount();
    QTest::keyClick(m_gui.window.get(), Qt::Key_G, Qt::ControlModifier);
    QTRY_VERIFY(!tokenText().isEmpty());
    QCOMPARE(m_gui.server->requestCount(), before + 1);
    QCOMPARE(m_gui.server->requests().last().query.queryItemValue(QStringLiteral("apiKey")), PhoneKey);
}

void TestGuiContext::relaunch_skipsPhonesWhoseKeyFailedOrWasRemoved()
{
    // Two stored keys; Nova Post no longer accepts the second one (an expired test key).
    m_gui.server->registerPhone(OtherPhone, OtherKey);
    createWindow();
    for (const QString& phone : {Phone, OtherPhone}) {
        typePhone(phone);
        QTest::keyClick(child<QLineEdit>("phoneLineEdit"), Qt::Key_Return);
        QTRY_VERIFY(m_gui.keys->entry(EnvironmentKind::Sandbox, phone).has_value());
        QTRY_VERIFY(!m_gui.busy());
    }
    typePhone(Phone);
    QTest::keyClick(m_gui.window.get(), Qt::Key_G, Qt::ControlModifier);
    QTRY_VERIFY(!tokenText().isEmpty());
    m_gui.server->setHandler([this](const test::HttpRequest& request) {
        if (request.query.queryItemValue(QStringLiteral("apiKey")) == OtherKey)
            return test::HttpResponse::json(401, R"({"errors":{"errorMessage":"Invalid token"}})");
        return m_gui.server->defaultResponse(request);
    });
    typePhone(OtherPhone);
    const int beforeRefused = m_gui.server->requestCount();
    QTest::keyClick(m_gui.window.get(), Qt::Key_G, Qt::ControlModifier);
    QTRY_COMPARE(m_gui.server->requestCount(), beforeRefused + 1);
    QTRY_VERIFY(!m_gui.busy());
    QTRY_VERIFY(child<QWidget>("messageBanner")->isVisible());

    // Only a key that worked is remembered: the refused one is not where the next start begins.
    relaunch();
    QCOMPARE(digitsOf(child<QLineEdit>("phoneLineEdit")->text()), Phone);
    QVERIFY(child<QPushButton>("getJwtButton")->isEnabled());

    // Its key removed, the phone is not shown again without one: the other stored phone is.
    m_gui.window->session(EnvironmentKind::Sandbox)->removeTestKey(Phone);
    QTRY_VERIFY(!m_gui.keys->entry(EnvironmentKind::Sandbox, Phone).has_value());
    relaunch();
    QCOMPARE(digitsOf(child<QLineEdit>("phoneLineEdit")->text()), OtherPhone);
    QVERIFY(child<QPushButton>("getJwtButton")->isEnabled());
}

void TestGuiContext::phoneWithoutKey_rowSaysWhyAndKeyboardGetsTheKey()
{
    createWindow();
    typePhone(Phone);
    auto* getJwt = child<QPushButton>("getJwtButton");
    auto* hint = child<QLabel>("getJwtHintLabel");
    QVERIFY(!getJwt->isEnabled());
    const QString display = PhoneNumber::parse(Phone).displayText();
    // One sentence: why, and what gets there.
    QVERIFY2(hint->isVisible() && hint->text().contains(QStringLiteral("no test key for %1").arg(display)) &&
                 hint->text().contains(QStringLiteral("Request test key")) &&
                 hint->text().contains(QStringLiteral("Ctrl+G")),
             qPrintable(hint->text()));
    QCOMPARE(getJwt->accessibleDescription(), hint->text());

    // Ctrl+G, wherever the focus is, requests the key; the next Ctrl+G gets the JWT.
    child<QPushButton>("requestTestKeyButton")->setFocus();
    QTest::keyClick(m_gui.window.get(), Qt::Key_G, Qt::ControlModifier);
    QTRY_VERIFY(m_gui.keys->entry(EnvironmentKind::Sandbox, Phone).has_value());
    QTRY_VERIFY(!m_gui.busy());
    QCOMPARE(m_gui.server->requestCount(), 1);
    QCOMPARE(m_gui.server->requests().first().method, QByteArray("POST"));
    QVERIFY(getJwt->isEnabled());
    QTest::keyClick(m_gui.window.get(), Qt::Key_G, Qt::ControlModifier);
    QTRY_VERIFY(!tokenText().isEmpty());
    QCOMPARE(m_gui.server->requestCount(), 2);

    // A number Nova Post does not know: Ctrl+G asks, and the refusal is said.
    typePhone(NewPhone);
    QVERIFY2(hint->text().contains(PhoneNumber::parse(NewPhone).displayText()), qPrintable(hint->text()));
    QTest::keyClick(m_gui.window.get(), Qt::Key_G, Qt::ControlModifier);
    QTRY_COMPARE(m_gui.server->requestCount(), 3);
    QTRY_VERIFY(!m_gui.busy());
    auto* banner = child<MessageBanner>("messageBanner");
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("Client not found")), qPrintable(banner->text()));

    // No phone yet: Ctrl+G puts the keyboard in the field to fill.
    child<QLineEdit>("phoneLineEdit")->clear();
    child<QWidget>("storedKeysTreeWidget")->setFocus();
    QTest::keyClick(m_gui.window.get(), Qt::Key_G, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("phoneLineEdit"));
    QCOMPARE(m_gui.server->requestCount(), 3);

    // No production key yet: Ctrl+G puts the keyboard where the key is pasted.
    m_gui.window->setCurrentEnvironment(EnvironmentKind::Production);
    child<QWidget>("productionKeyLabelLineEdit")->setFocus();
    QTest::keyClick(m_gui.window.get(), Qt::Key_G, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>("productionKeyLineEdit"));
    QCOMPARE(m_gui.server->requestCount(), 3);
}

void TestGuiContext::clipboard_namesTheEnvironmentOfItsToken()
{
    m_gui.storeProductionKey(QString(), ProductionKey);
    createWindow();
    m_gui.window->setCurrentEnvironment(EnvironmentKind::Production);
    QTest::keyClick(m_gui.window.get(), Qt::Key_G, Qt::ControlModifier);
    QTRY_VERIFY(!tokenText().isEmpty());
    QTest::keyClick(m_gui.window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), tokenText());

    // In the sandbox's view the status bar and the tray still say whose token is on the clipboard.
    m_gui.window->setCurrentEnvironment(EnvironmentKind::Sandbox);
    m_gui.clock->advanceSeconds(2);
    m_gui.window->findChild<ClipboardAutoClear*>(QStringLiteral("clipboardAutoClear"))->refresh();
    auto* status = child<QLabel>("clipboardStatusLabel");
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), QStringLiteral("Production JWT on the clipboard · clears in 0:58"));
    auto* tray = child<TrayController>("trayController");
    QVERIFY2(tray->toolTip().contains(QStringLiteral("Sandbox: no token yet")), qPrintable(tray->toolTip()));
    QVERIFY2(tray->toolTip().endsWith(QStringLiteral("\nProduction JWT on the clipboard · clears in 0:58")),
             qPrintable(tray->toolTip()));

    // In another language, the environment is named in it.
    QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    const QString production = Environment(EnvironmentKind::Production).displayName();
    QVERIFY(production != QLatin1String("Production"));
    QTRY_VERIFY2(status->text().startsWith(production), qPrintable(status->text()));
    m_gui.window->findChild<ClipboardAutoClear*>(QStringLiteral("clipboardAutoClear"))->refresh();
    QVERIFY2(tray->toolTip().contains(production), qPrintable(tray->toolTip()));
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));

    // Once it has left the clipboard, neither mentions it.
    QTest::mouseClick(child<QPushButton>("clearClipboardButton"), Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY(!status->isVisible());
    QVERIFY2(!tray->toolTip().contains(QStringLiteral("clipboard")), qPrintable(tray->toolTip()));
}

QTEST_MAIN(TestGuiContext)
#include "tst_gui_context.moc"
