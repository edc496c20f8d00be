// SPDX-License-Identifier: MIT
// Drives the real desktop window offscreen against the fake Nova Post server. Time comes from a
// ManualClock, so nothing here sleeps; the keychain is the real one inside the test keyring wrapper
// (NOVAPOST_TEST_SCRATCH set) and an in-memory store otherwise.
#include "ApiClient.h"
#include "ClipboardAutoClear.h"
#include "ClipboardGuard.h"
#include "Clock.h"
#include "ConfirmationPrompt.h"
#include "EnvironmentSession.h"
#include "FakeNovaPostServer.h"
#include "FileChooser.h"
#include "GuiFixture.h"
#include "JwtToken.h"
#include "KeychainSecretStore.h"
#include "KeyStore.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "MessageBanner.h"
#include "PhoneNumber.h"
#include "TestCertificates.h"
#include "TokenCountdown.h"
#include "TokenPanel.h"
#include "UtcTime.h"
#include "WindowSettings.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

using namespace novapost;
using namespace novapost::gui;
using novapost::test::FakeNovaPostServer;
using novapost::test::HttpRequest;
using novapost::test::HttpResponse;

namespace {

const QString Phone = QStringLiteral("498213437654");
const QString PhoneKey = QStringLiteral("78b97003b587d7758bede604fd185e3e");
const QString ProductionKey = QStringLiteral("prod-key-0123456789abcdef");
const QDateTime Start = UtcTime::fromDateAndTime(QDate(2025, 9, 1), QTime(10, 0, 0));

QByteArray errorsBody(const QString& message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("errors"),
                                      QJsonObject{{QStringLiteral("errorMessage"), message}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void clipboardGuard_marksSecretAndLeavesForeignText();

    void phoneField_showsNormalizedNumberAndProblems();
    void fullFlow_requestKeyGetJwtCopyAndExpire();
    void countdown_turnsRedInLastFiveMinutes();
    void tokenBox_ctrlCSaysHowToCopy();
    void testKey_reusedSameDayAndRenewForcesRequest();
    void testKey_dailyLimitKeepsStoredKey();
    void testKey_removeAsksForConfirmation();
    void production_hidesTestKeysAndIsRed();
    void production_saveRevealForgetAndGetJwt();
    void environments_keepSeparateState();
    void getJwt_errorsShowInBannerAndWindowStaysUsable_data();
    void getJwt_errorsShowInBannerAndWindowStaysUsable();
    void getJwt_cancel();
    void keychainUnavailable_showsSessionOnlyNotice();
    void keyboard_shortcutsAndEnter();
    void settings_rememberEnvironmentPhoneAndGeometry();
    void settings_savedGeometryLargerThanTheScreenIsFitted();
    void baseUrlOverride_isShown();
    void accessibility_namesWithoutSecrets();
    void clipboard_clearsAfterDelayShownInStatusBar();
    void extraCa_tlsRefusedUntilTrustedInWindow();
    void extraCa_commandLineOverridesForThisRun();
    void secrets_notInTitlesTooltipsOrAccessibleTexts();
    void productionKey_staysMaskedUnlessRevealed();
    void window_opensShowingAllAndScrollsWhenShort();
    void window_firstWindowFitsTheScreenWithLargeText();

private:
    void createServices(bool forceMemoryStore = false);
    MainWindow* createWindow(MainWindowOptions options = {});
    void destroyWindow();
    template<typename T>
    T* child(const char* name) const
    {
        return m_gui.child<T>(name);
    }
    MessageBanner* banner() const { return child<MessageBanner>("messageBanner"); }
    void requestTestKeyThroughUi(const QString& phone);
    void getJwtThroughUi();
    bool getSandboxJwtThroughUi();

    QString m_servicePrefix;
    int m_testNumber = 0;
    test::GuiFixture m_gui;
    // The fixture's parts under the names the tests use.
    std::unique_ptr<QTemporaryDir>& m_dir = m_gui.dir;
    std::unique_ptr<FakeNovaPostServer>& m_server = m_gui.server;
    std::unique_ptr<ManualClock>& m_clock = m_gui.clock;
    std::unique_ptr<QSettings>& m_settings = m_gui.settings;
    MemorySecretStore*& m_memorySecrets = m_gui.memorySecrets;
    std::unique_ptr<KeyStore>& m_keys = m_gui.keys;
    std::unique_ptr<ApiClient>& m_api = m_gui.api;
    std::unique_ptr<MainWindow>& m_window = m_gui.window;
};

void TestGui::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    m_servicePrefix = QStringLiteral("novapost-jwt-tst-gui-%1").arg(QCoreApplication::applicationPid());
    if (qEnvironmentVariableIsSet("NOVAPOST_TEST_SCRATCH"))
        qInfo("Using the real keychain (service %s-N)", qPrintable(m_servicePrefix));
    else
        qInfo("NOVAPOST_TEST_SCRATCH is not set: using an in-memory secret store");
}

void TestGui::init()
{
    QVERIFY2(m_gui.start(Start), qPrintable(m_gui.errorString()));
    m_server->registerPhone(Phone, PhoneKey);
    m_server->addApiKey(ProductionKey);
}

void TestGui::createServices(bool forceMemoryStore)
{
    // The real keychain inside the test keyring wrapper, one service name per test.
    if (!m_gui.secrets && qEnvironmentVariableIsSet("NOVAPOST_TEST_SCRATCH") && !forceMemoryStore)
        m_gui.secrets = std::make_unique<KeychainSecretStore>(m_servicePrefix + QLatin1Char('-') +
                                                              QString::number(++m_testNumber));
    m_gui.createServices();
}

MainWindow* TestGui::createWindow(MainWindowOptions options)
{
    if (!m_keys)
        createServices();
    m_gui.createWindow(options);
    if (!m_gui.show(/*activate=*/true))
        qWarning("window not exposed");
    return m_window.get();
}

void TestGui::destroyWindow()
{
    m_gui.destroyWindow();
}

void TestGui::cleanup()
{
    m_gui.stop();
}

void TestGui::requestTestKeyThroughUi(const QString& phone)
{
    auto* edit = child<QLineEdit>("phoneLineEdit");
    edit->clear();
    QTest::keyClicks(edit, phone);
    auto* button = child<QPushButton>("requestTestKeyButton");
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestGui::getJwtThroughUi()
{
    auto* button = child<QPushButton>("getJwtButton");
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// A test key for Phone, then a JWT with it, as a user gets them; true once the token box shows it.
bool TestGui::getSandboxJwtThroughUi()
{
    requestTestKeyThroughUi(Phone);
    if (!QTest::qWaitFor([this] { return m_keys->entry(EnvironmentKind::Sandbox, Phone).has_value(); }))
        return false;
    getJwtThroughUi();
    auto* tokenEdit = child<QPlainTextEdit>("tokenTextEdit");
    return QTest::qWaitFor([tokenEdit] { return !tokenEdit->toPlainText().isEmpty(); });
}

// ------------------------------------------------------------------------------------------ units

void TestGui::clipboardGuard_marksSecretAndLeavesForeignText()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    ClipboardGuard guard(clipboard);
    guard.copySecret(QStringLiteral("secret-token"));
    QCOMPARE(clipboard->text(), QStringLiteral("secret-token"));
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
#endif
    QVERIFY(guard.holdsOurSecret());
    clipboard->setText(QStringLiteral("something the user copied later"));
    guard.clearIfOurs();
    QCOMPARE(clipboard->text(), QStringLiteral("something the user copied later"));
    guard.copySecret(QStringLiteral("secret-token"));
    guard.clearIfOurs();
    QVERIFY(clipboard->text().isEmpty());
}

// ------------------------------------------------------------------------------------------ window

void TestGui::phoneField_showsNormalizedNumberAndProblems()
{
    createWindow();
    auto* edit = child<QLineEdit>("phoneLineEdit");
    auto* status = child<QLabel>("phoneStatusLabel");
    QTest::keyClicks(edit, QStringLiteral("+49 821 343-7654"));
    QVERIFY2(status->text().contains(Phone), qPrintable(status->text()));
    QVERIFY(child<QPushButton>("requestTestKeyButton")->isEnabled());
    QVERIFY(!child<QPushButton>("getJwtButton")->isEnabled());
    QVERIFY2(child<QLabel>("getJwtHintLabel")->text().contains(QStringLiteral("no test key")),
             qPrintable(child<QLabel>("getJwtHintLabel")->text()));

    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("+380 44 123 4567"));
    QVERIFY(!status->text().contains(QStringLiteral("Sent as")));
    QVERIFY(!status->text().isEmpty());
    QVERIFY(!child<QPushButton>("requestTestKeyButton")->isEnabled());
    // Enter asks for a key anyway: the problem is said once, under the field, not again in the banner.
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(!m_gui.busy());
    QTest::qWait(50);
    QCOMPARE(status->text(), PhoneNumber::parse(QStringLiteral("+380 44 123 4567")).errorMessage());
    QVERIFY2(!banner()->isVisible(), qPrintable(banner()->text()));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestGui::fullFlow_requestKeyGetJwtCopyAndExpire()
{
    const qint64 now = Start.toSecsSinceEpoch();
    const QString jwt = FakeNovaPostServer::makeJwt(now, now + 3600);
    m_server->setHandler([this, jwt](const HttpRequest& request) {
        if (request.path.endsWith(QLatin1String("clients/authorization")) &&
            request.query.queryItemValue(QStringLiteral("apiKey")) == PhoneKey)
            return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("jwt"), jwt}}).toJson());
        return m_server->defaultResponse(request);
    });
    createWindow();

    requestTestKeyThroughUi(QStringLiteral("+49 821 343 7654"));
    QTRY_VERIFY(m_keys->entry(EnvironmentKind::Sandbox, Phone).has_value());
    QTRY_VERIFY(!m_gui.busy());
    auto* list = child<QTreeWidget>("storedKeysTreeWidget");
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("Active"));
    QVERIFY2(banner()->text().contains(QStringLiteral("saved")), qPrintable(banner()->text()));
    // Stored for real (keychain or memory store), not the session-only fallback.
    QVERIFY(!m_keys->entry(EnvironmentKind::Sandbox, Phone)->sessionOnly);
    QVERIFY(!child<MessageBanner>("keychainBanner")->isVisible());

    auto* tokenEdit = child<QPlainTextEdit>("tokenTextEdit");
    // The placeholder sentence in the window's font, the token itself in a fixed-width one.
    QCOMPARE(tokenEdit->font(), m_window->font());
    getJwtThroughUi();
    QTRY_COMPARE(tokenEdit->toPlainText(), jwt);
    QCOMPARE(tokenEdit->font(), QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The token's extra lines lengthen the scrolling contents instead of pushing Copy over the token field.
    auto* copyButton = child<QPushButton>("copyTokenButton");
    QWidget* contents = child<QScrollArea>("contentsScrollArea")->widget();
    QTRY_VERIFY(contents->height() >= contents->heightForWidth(contents->width()));
    QTRY_VERIFY2(tokenEdit->geometry().bottom() < copyButton->geometry().top(),
                 qPrintable(QStringLiteral("token field ends at %1, Copy starts at %2")
                                .arg(tokenEdit->geometry().bottom())
                                .arg(copyButton->geometry().top())));
    // Fixed pitch as drawn: narrow and wide characters take the same room. (QFontInfo::fixedPitch()
    // asks fontconfig's "spacing", which some monospaced fonts, e.g. Noto Sans Mono, do not declare.)
    const QFontMetrics tokenMetrics(tokenEdit->font());
    QCOMPARE(tokenMetrics.horizontalAdvance(QStringLiteral("iiiiiiii")),
             tokenMetrics.horizontalAdvance(QStringLiteral("WWWWWWWW")));
    QCOMPARE(tokenMetrics.horizontalAdvance(QStringLiteral("........")),
             tokenMetrics.horizontalAdvance(QStringLiteral("eyJhbGci")));
    QVERIFY(m_keys->entry(EnvironmentKind::Sandbox, Phone)->lastUsedAt.isValid());
    auto* countdownLabel = child<QLabel>("countdownLabel");
    QCOMPARE(countdownLabel->text(), QStringLiteral("Expires in 60:00"));
    QVERIFY2(child<QLabel>("expiryLabel")->text().contains(QStringLiteral("11:00:00 UTC")),
             qPrintable(child<QLabel>("expiryLabel")->text()));

    m_clock->advanceSeconds(61);
    m_window->session(EnvironmentKind::Sandbox)->countdown()->refresh();
    QCOMPARE(countdownLabel->text(), QStringLiteral("Expires in 58:59"));
    QCOMPARE(child<QProgressBar>("countdownProgressBar")->value(), 3539);

    auto* copy = child<QPushButton>("copyTokenButton");
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), jwt);
    QVERIFY(child<QLabel>("copiedLabel")->isVisible());

    m_clock->advanceSeconds(3600 - 61);
    m_window->session(EnvironmentKind::Sandbox)->countdown()->refresh();
    QCOMPARE(countdownLabel->text(), QStringLiteral("Expired"));
    QVERIFY(tokenEdit->toPlainText().isEmpty());
    QCOMPARE(tokenEdit->font(), m_window->font());
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY(!copy->isEnabled());
    auto* getNew = child<QPushButton>("getNewJwtButton");
    QVERIFY(getNew->isVisible());

    m_server->setHandler({});
    m_server->setNow(m_clock->now().toSecsSinceEpoch());
    const int before = m_server->requestCount();
    QTest::mouseClick(getNew, Qt::LeftButton);
    QTRY_VERIFY(!tokenEdit->toPlainText().isEmpty());
    QVERIFY(tokenEdit->toPlainText() != jwt);
    QCOMPARE(m_server->requestCount(), before + 1);
    QCOMPARE(countdownLabel->text(), QStringLiteral("Expires in 60:00"));
}

void TestGui::tokenBox_ctrlCSaysHowToCopy()
{
    createWindow();
    QVERIFY(getSandboxJwtThroughUi());
    auto* tokenEdit = child<QPlainTextEdit>("tokenTextEdit");
    QGuiApplication::clipboard()->clear();
    auto* besideCopy = child<QLabel>("copiedLabel");
    QVERIFY(!besideCopy->isVisible());

    // Ctrl+C in the read-only box still copies nothing, and says where copying is.
    tokenEdit->setFocus();
    QTest::keyClick(tokenEdit, Qt::Key_C, Qt::ControlModifier);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY(besideCopy->isVisible());
    QCOMPARE(besideCopy->text(), QStringLiteral("Use Copy or Ctrl+Shift+C to copy the JWT."));

    // Copy itself then confirms.
    QTest::mouseClick(child<QPushButton>("copyTokenButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), tokenEdit->toPlainText());
    QCOMPARE(besideCopy->text(), QStringLiteral("Copied. Paste it into the Authorize dialog."));
}

void TestGui::countdown_turnsRedInLastFiveMinutes()
{
    createWindow();
    requestTestKeyThroughUi(Phone);
    QTRY_VERIFY(m_keys->entry(EnvironmentKind::Sandbox, Phone).has_value());
    getJwtThroughUi();
    QTRY_VERIFY(!child<QPlainTextEdit>("tokenTextEdit")->toPlainText().isEmpty());
    auto* bar = child<QProgressBar>("countdownProgressBar");
    QVERIFY(!bar->property("expiringSoon").toBool());
    const QColor normal = bar->palette().color(QPalette::Highlight);
    m_clock->advanceSeconds(3600 - 300);
    m_window->session(EnvironmentKind::Sandbox)->countdown()->refresh();
    QVERIFY(bar->property("expiringSoon").toBool());
    QVERIFY(bar->palette().color(QPalette::Highlight) != normal);
    QCOMPARE(child<QLabel>("countdownLabel")->text(), QStringLiteral("Expires in 05:00"));
}

void TestGui::testKey_reusedSameDayAndRenewForcesRequest()
{
    createWindow();
    requestTestKeyThroughUi(Phone);
    QTRY_VERIFY(m_keys->entry(EnvironmentKind::Sandbox, Phone).has_value());
    QTRY_VERIFY(!m_gui.busy());
    QCOMPARE(m_server->requestCount(), 1);

    QTest::mouseClick(child<QPushButton>("requestTestKeyButton"), Qt::LeftButton);
    QTRY_VERIFY(banner()->text().contains(QStringLiteral("already requested today")));
    QCOMPARE(m_server->requestCount(), 1);

    auto* renew = child<QPushButton>("renewKeyButton");
    QVERIFY(renew->isEnabled());
    QTest::mouseClick(renew, Qt::LeftButton);
    QTRY_COMPARE(m_server->requestCount(), 2);
    QTRY_VERIFY(!m_gui.busy());
    QVERIFY2(banner()->text().contains(QStringLiteral("saved")), qPrintable(banner()->text()));

    // Renew again with the same outcome: the banner still shows that it ran (when the message came).
    auto* shownAt = banner()->findChild<QLabel*>(QStringLiteral("messageTimeLabel"));
    QVERIFY(shownAt && shownAt->isVisible() && !shownAt->text().isEmpty());
    const QString firstText = banner()->text();
    const QString firstTime = shownAt->text();
    QTest::qWait(1100);
    QSignalSpy changed(m_window->session(EnvironmentKind::Sandbox), &EnvironmentSession::messageChanged);
    QTest::mouseClick(renew, Qt::LeftButton);
    QTRY_COMPARE(m_server->requestCount(), 3);
    QTRY_VERIFY(!m_gui.busy());
    QCOMPARE(banner()->text(), firstText);
    QVERIFY2(shownAt->text() != firstTime, qPrintable(shownAt->text()));
    QVERIFY(changed.count() >= 2); // cleared while busy, then the result
}

void TestGui::testKey_dailyLimitKeepsStoredKey()
{
    m_server->setDailyLimit(true);
    createWindow();
    requestTestKeyThroughUi(Phone);
    QTRY_VERIFY(m_keys->entry(EnvironmentKind::Sandbox, Phone).has_value());
    QTRY_VERIFY(!m_gui.busy());

    QTest::mouseClick(child<QPushButton>("renewKeyButton"), Qt::LeftButton);
    QTRY_VERIFY(banner()->isVisible() && banner()->level() == MessageBanner::Level::Error);
    QVERIFY2(banner()->text().contains(QStringLiteral("Daily limit reached")), qPrintable(banner()->text()));
    // The phone has a key: the message says it still works, and only then.
    QVERIFY2(banner()->text().contains(QStringLiteral("still works")), qPrintable(banner()->text()));
    QVERIFY2(!banner()->text().contains(QStringLiteral("already have")), qPrintable(banner()->text()));
    QVERIFY(!banner()->isRetryOffered());
    QVERIFY(m_keys->entry(EnvironmentKind::Sandbox, Phone).has_value());
    QCOMPARE(child<QTreeWidget>("storedKeysTreeWidget")->topLevelItemCount(), 1);

    // The stored key still works.
    getJwtThroughUi();
    QTRY_VERIFY(!child<QPlainTextEdit>("tokenTextEdit")->toPlainText().isEmpty());
    QVERIFY(!banner()->isVisible());

    // Without a stored key, the refusal says nothing of one.
    bool forgotten = false;
    m_keys->forget(EnvironmentKind::Sandbox, Phone, this,
                   [&forgotten](const KeyStore::SaveResult&) { forgotten = true; });
    QTRY_VERIFY(forgotten);
    m_window->session(EnvironmentKind::Sandbox)->requestTestKey(Phone, true);
    QTRY_VERIFY(banner()->isVisible() && banner()->level() == MessageBanner::Level::Error);
    QVERIFY2(banner()->text().contains(QStringLiteral("Try again tomorrow.")), qPrintable(banner()->text()));
    QVERIFY2(!banner()->text().contains(QStringLiteral("still works")), qPrintable(banner()->text()));
    QVERIFY2(!banner()->text().contains(QStringLiteral("already have")), qPrintable(banner()->text()));
}

void TestGui::testKey_removeAsksForConfirmation()
{
    createWindow();
    requestTestKeyThroughUi(Phone);
    QTRY_VERIFY(m_keys->entry(EnvironmentKind::Sandbox, Phone).has_value());
    QTRY_VERIFY(!m_gui.busy());
    auto* list = child<QTreeWidget>("storedKeysTreeWidget");
    list->setCurrentItem(list->topLevelItem(0));

    const int asked = ConfirmationPrompt::askedCount();
    ConfirmationPrompt::setNextAnswer(false);
    QTest::mouseClick(child<QPushButton>("removeKeyButton"), Qt::LeftButton);
    QTRY_COMPARE(ConfirmationPrompt::askedCount(), asked + 1);
    QTest::qWait(0);
    QCoreApplication::processEvents();
    QVERIFY(m_keys->entry(EnvironmentKind::Sandbox, Phone).has_value());

    ConfirmationPrompt::setNextAnswer(true);
    QTest::mouseClick(child<QPushButton>("removeKeyButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_keys->entry(EnvironmentKind::Sandbox, Phone).has_value());
    QTRY_COMPARE(list->topLevelItemCount(), 0);
    QVERIFY(!child<QPushButton>("getJwtButton")->isEnabled());
}

void TestGui::production_hidesTestKeysAndIsRed()
{
    MainWindowOptions options;
    options.environment = EnvironmentKind::Production;
    createWindow(options);
    QVERIFY(child<QLabel>("productionBanner")->isVisible());
    QVERIFY(!child<QWidget>("sandboxKeysGroupBox")->isVisible());
    QVERIFY(child<QLabel>("noTestKeysLabel")->isVisible());
    QVERIFY(child<QLabel>("noTestKeysLabel")->text().contains(QStringLiteral("only in the sandbox")));
    QVERIFY(!child<QPushButton>("requestTestKeyButton")->isVisible());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Production")));
    QCOMPARE(child<TokenPanel>("tokenPanel")->title(), QStringLiteral("Production JWT"));
    QVERIFY(!child<QPushButton>("getJwtButton")->isEnabled());
    QVERIFY(child<QLabel>("getJwtHintLabel")->text().contains(QStringLiteral("production key")));

    auto* combo = child<QComboBox>("environmentComboBox");
    combo->setCurrentIndex(0);
    emit combo->activated(0);
    QCOMPARE(m_window->currentEnvironment(), EnvironmentKind::Sandbox);
    QVERIFY(!child<QLabel>("productionBanner")->isVisible());
    QVERIFY(child<QWidget>("sandboxKeysGroupBox")->isVisible());
}

void TestGui::production_saveRevealForgetAndGetJwt()
{
    MainWindowOptions options;
    options.environment = EnvironmentKind::Production;
    createWindow(options);
    auto* edit = child<QLineEdit>("productionKeyLineEdit");
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(edit, ProductionKey);
    QTest::mouseClick(child<QToolButton>("revealKeyButton"), Qt::LeftButton);
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(child<QToolButton>("revealKeyButton"), Qt::LeftButton);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);

    QTest::mouseClick(child<QPushButton>("saveKeyButton"), Qt::LeftButton);
    QTRY_VERIFY(m_keys->entry(EnvironmentKind::Production).has_value());
    QTRY_VERIFY(edit->text().isEmpty());
    QVERIFY(child<QLabel>("productionKeyStatusLabel")->text().contains(QStringLiteral("saved")));

    getJwtThroughUi();
    QTRY_VERIFY(!child<QPlainTextEdit>("tokenTextEdit")->toPlainText().isEmpty());
    QCOMPARE(m_server->requests().last().query.queryItemValue(QStringLiteral("apiKey")), ProductionKey);
    QVERIFY(child<QLabel>("tokenStatusLabel")->text().contains(QStringLiteral("Production")));

    ConfirmationPrompt::setNextAnswer(true);
    QTest::mouseClick(child<QPushButton>("forgetKeyButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_keys->entry(EnvironmentKind::Production).has_value());
    QVERIFY(!child<QPushButton>("getJwtButton")->isEnabled());
}

void TestGui::environments_keepSeparateState()
{
    createWindow();
    QVERIFY(getSandboxJwtThroughUi());
    auto* tokenEdit = child<QPlainTextEdit>("tokenTextEdit");
    const QString sandboxToken = tokenEdit->toPlainText();

    m_window->setCurrentEnvironment(EnvironmentKind::Production);
    QVERIFY(tokenEdit->toPlainText().isEmpty());
    QVERIFY(!child<QPushButton>("copyTokenButton")->isEnabled());
    QVERIFY(!banner()->isVisible());
    // Production's own error stays in production.
    QTest::keyClicks(child<QLineEdit>("productionKeyLineEdit"), QStringLiteral("bad\tkey"));
    QTest::mouseClick(child<QPushButton>("saveKeyButton"), Qt::LeftButton);
    QTRY_VERIFY(banner()->isVisible());

    m_window->setCurrentEnvironment(EnvironmentKind::Sandbox);
    QCOMPARE(tokenEdit->toPlainText(), sandboxToken);
    QVERIFY(!banner()->isVisible());
    m_window->setCurrentEnvironment(EnvironmentKind::Production);
    QVERIFY(banner()->isVisible());
}

void TestGui::getJwt_errorsShowInBannerAndWindowStaysUsable_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("retry");
    QTest::newRow("401") << 401 << QStringLiteral("Invalid token") << false;
    QTest::newRow("422") << 422 << QStringLiteral("The api key field is required") << false;
    QTest::newRow("503") << 503 << QStringLiteral("service_unavailable") << true;
    QTest::newRow("timeout") << 0 << QStringLiteral("within 1 second") << true;
}

void TestGui::getJwt_errorsShowInBannerAndWindowStaysUsable()
{
    QFETCH(int, status);
    QFETCH(QString, expected);
    QFETCH(bool, retry);
    createWindow();
    m_api->setTimeoutMs(400);
    requestTestKeyThroughUi(Phone);
    QTRY_VERIFY(m_keys->entry(EnvironmentKind::Sandbox, Phone).has_value());
    QTRY_VERIFY(!m_gui.busy());

    m_server->setHandler([this, status](const HttpRequest& request) {
        if (!request.path.endsWith(QLatin1String("clients/authorization")))
            return m_server->defaultResponse(request);
        HttpResponse response;
        switch (status) {
        case 401:
            return HttpResponse::json(401, errorsBody(QStringLiteral("Invalid token")));
        case 422:
            return HttpResponse::json(422, R"({"errors":{"apiKey":"The api key field is required."}})");
        case 503:
            return HttpResponse::json(503, errorsBody(QStringLiteral("service_unavailable")));
        default:
            response.mode = HttpResponse::Mode::Hang;
            return response;
        }
    });
    getJwtThroughUi();
    QTRY_VERIFY(banner()->isVisible() && banner()->level() == MessageBanner::Level::Error);
    QVERIFY2(banner()->text().contains(expected), qPrintable(banner()->text()));
    QCOMPARE(banner()->isRetryOffered(), retry);
    QVERIFY(!m_gui.busy());
    QVERIFY(child<QPushButton>("getJwtButton")->isEnabled());
    QVERIFY(child<QComboBox>("environmentComboBox")->isEnabled());
    QVERIFY(child<QPlainTextEdit>("tokenTextEdit")->toPlainText().isEmpty());

    // Usable afterwards: the server recovers and the next click (or Retry) works.
    m_server->setHandler({});
    if (retry)
        QTest::mouseClick(banner()->findChild<QPushButton*>(QStringLiteral("retryButton")), Qt::LeftButton);
    else
        QTest::mouseClick(child<QPushButton>("getJwtButton"), Qt::LeftButton);
    QTRY_VERIFY(!child<QPlainTextEdit>("tokenTextEdit")->toPlainText().isEmpty());
    QVERIFY(!banner()->isVisible());
}

void TestGui::getJwt_cancel()
{
    createWindow();
    requestTestKeyThroughUi(Phone);
    QTRY_VERIFY(m_keys->entry(EnvironmentKind::Sandbox, Phone).has_value());
    QTRY_VERIFY(!m_gui.busy());
    m_server->setHandler([](const HttpRequest&) {
        HttpResponse response;
        response.mode = HttpResponse::Mode::Hang;
        return response;
    });
    const int before = m_server->requestCount();
    getJwtThroughUi();
    auto* cancel = child<QPushButton>("cancelButton");
    QTRY_VERIFY(cancel->isVisible());
    QVERIFY(child<QProgressBar>("busyIndicator")->isVisible());
    QVERIFY(!child<QPushButton>("getJwtButton")->isEnabled());
    QTRY_COMPARE(m_server->requestCount(), before + 1);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!m_gui.busy());
    QVERIFY(!cancel->isVisible());
    QVERIFY(!child<QProgressBar>("busyIndicator")->isVisible());
    QVERIFY2(banner()->text().contains(QStringLiteral("cancelled")), qPrintable(banner()->text()));
    QVERIFY(child<QPushButton>("getJwtButton")->isEnabled());
}

void TestGui::keychainUnavailable_showsSessionOnlyNotice()
{
    createServices(/*forceMemoryStore=*/true);
    m_memorySecrets->simulateFailure(SecretResult::Status::Unavailable);
    createWindow();
    requestTestKeyThroughUi(Phone);
    auto* keychain = child<MessageBanner>("keychainBanner");
    QTRY_VERIFY(keychain->isVisible());
    QVERIFY2(keychain->text().contains(QStringLiteral("forgotten when the program ends")),
             qPrintable(keychain->text()));
    QVERIFY(m_keys->entry(EnvironmentKind::Sandbox, Phone)->sessionOnly);
    auto* list = child<QTreeWidget>("storedKeysTreeWidget");
    QCOMPARE(list->topLevelItem(0)->text(5), QStringLiteral("This session only"));

    // The session key still gets a token.
    getJwtThroughUi();
    QTRY_VERIFY(!child<QPlainTextEdit>("tokenTextEdit")->toPlainText().isEmpty());
    QVERIFY(child<QLabel>("sandboxKeyLocationLabel")->text().contains(QStringLiteral("memory")));
}

void TestGui::keyboard_shortcutsAndEnter()
{
    createWindow();
    auto* edit = child<QLineEdit>("phoneLineEdit");
    edit->setFocus();
    QTest::keyClicks(edit, Phone);
    // Enter without a key requests one; with a key, it gets the token.
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(m_keys->entry(EnvironmentKind::Sandbox, Phone).has_value());
    QTRY_VERIFY(!m_gui.busy());
    // Focus moved on to Get JWT, so the next Enter gets the token.
    QTRY_COMPARE(QApplication::focusWidget(), child<QPushButton>("getJwtButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    auto* tokenEdit = child<QPlainTextEdit>("tokenTextEdit");
    QTRY_VERIFY(!tokenEdit->toPlainText().isEmpty());
    const QString first = tokenEdit->toPlainText();

    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), first);

    m_clock->advanceSeconds(10);
    m_server->setNow(m_clock->now().toSecsSinceEpoch());
    QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ControlModifier);
    QTRY_VERIFY(tokenEdit->toPlainText() != first);
    // The new token replaced ours, so the old one left the clipboard.
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TestGui::settings_rememberEnvironmentPhoneAndGeometry()
{
    createWindow();
    requestTestKeyThroughUi(Phone);
    QTRY_VERIFY(m_keys->entry(EnvironmentKind::Sandbox, Phone).has_value());
    m_window->setCurrentEnvironment(EnvironmentKind::Production);
    // Not the default size, yet one the screen has room for, title bar included, and above the
    // window's minimum, so no Qt version has a reason to change it.
    const QSize size = m_window->screen()->availableGeometry().size() - QSize(100, 100);
    QVERIFY(size.width() > m_window->minimumWidth() && size.height() > m_window->minimumHeight());
    QVERIFY(size != m_window->size());
    m_window->resize(size);
    m_window->close();
    destroyWindow();
    m_settings->sync();

    QFile file(m_dir->filePath(QStringLiteral("settings.ini")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ini = file.readAll();
    QVERIFY(!ini.contains(PhoneKey.toLatin1()));

    createWindow();
    QCOMPARE(m_window->currentEnvironment(), EnvironmentKind::Production);
    QCOMPARE(m_window->size(), size);
    m_window->setCurrentEnvironment(EnvironmentKind::Sandbox);
    QVERIFY(child<QLineEdit>("phoneLineEdit")->text().remove(QLatin1Char(' ')).contains(Phone));
    QVERIFY(child<QPushButton>("getJwtButton")->isEnabled());
}

void TestGui::settings_savedGeometryLargerThanTheScreenIsFitted()
{
    // Saved on a bigger monitor: the window comes back no bigger than this screen, on every Qt.
    createWindow();
    const QSize available = m_window->screen()->availableGeometry().size();
    m_window->setMinimumSize(0, 0);
    m_window->resize(available + QSize(300, 300));
    QCOMPARE(m_window->size(), available + QSize(300, 300));
    m_window->close();
    destroyWindow();
    m_settings->sync();

    createWindow();
    QVERIFY2(m_window->width() <= available.width() && m_window->height() <= available.height(),
             qPrintable(QStringLiteral("%1x%2 on a %3x%4 screen")
                            .arg(m_window->width())
                            .arg(m_window->height())
                            .arg(available.width())
                            .arg(available.height())));
}

void TestGui::baseUrlOverride_isShown()
{
    createWindow();
    const QString text = child<QLabel>("serverUrlLabel")->text();
    QVERIFY2(text.contains(m_server->baseUrl().toString()), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("--base-url")), qPrintable(text));
}

void TestGui::accessibility_namesWithoutSecrets()
{
    createWindow();
    QVERIFY(getSandboxJwtThroughUi());
    auto* tokenEdit = child<QPlainTextEdit>("tokenTextEdit");
    const QString token = tokenEdit->toPlainText();

    const QList<QWidget*> widgets = m_window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        const bool interactive = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
                                 qobject_cast<QComboBox*>(widget) || qobject_cast<QPlainTextEdit*>(widget) ||
                                 qobject_cast<QTreeWidget*>(widget) || qobject_cast<QProgressBar*>(widget);
        if (!interactive || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        // Qt's own sub-controls (a combo box's editor, a line edit's clear button) are named by Qt.
        if (qobject_cast<QComboBox*>(widget->parentWidget()) ||
            qobject_cast<QLineEdit*>(widget->parentWidget()))
            continue;
        QVERIFY2(!widget->accessibleName().isEmpty(),
                 qPrintable(
                     QStringLiteral("%1 (%2) has no accessible name")
                         .arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()))));
        QVERIFY(!widget->accessibleName().contains(token));
        QVERIFY(!widget->accessibleName().contains(PhoneKey));
        QVERIFY(!widget->accessibleDescription().contains(token));
    }
    QVERIFY(!m_window->windowTitle().contains(token));
}

// ------------------------------------------------------------------ clipboard, CAs, secrets

void TestGui::clipboard_clearsAfterDelayShownInStatusBar()
{
    createWindow();
    QVERIFY(getSandboxJwtThroughUi());
    auto* tokenEdit = child<QPlainTextEdit>("tokenTextEdit");
    const QString token = tokenEdit->toPlainText();
    QClipboard* clipboard = QGuiApplication::clipboard();
    auto* status = child<QWidget>("clipboardStatusWidget");
    auto* label = child<QLabel>("clipboardStatusLabel");
    auto* autoClear = child<ClipboardAutoClear>("clipboardAutoClear");
    auto* copy = child<QPushButton>("copyTokenButton");
    QVERIFY(!status->isVisible());

    // Default: one minute, counted down in the status bar from the injected clock.
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(clipboard->text(), token);
    QVERIFY(status->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Sandbox JWT on the clipboard · clears in 1:00"));
    m_clock->advanceSeconds(18);
    autoClear->refresh();
    QCOMPARE(label->text(), QStringLiteral("Sandbox JWT on the clipboard · clears in 0:42"));
    m_clock->advanceSeconds(42);
    autoClear->refresh();
    QVERIFY(clipboard->text().isEmpty());
    QVERIFY(!status->isVisible());
    QCOMPARE(tokenEdit->toPlainText(), token); // only the clipboard copy goes

    // Clear now.
    QTest::mouseClick(copy, Qt::LeftButton);
    QVERIFY(status->isVisible());
    QTest::mouseClick(child<QPushButton>("clearClipboardButton"), Qt::LeftButton);
    QVERIFY(clipboard->text().isEmpty());
    QVERIFY(!status->isVisible());

    // Something the user copies afterwards is never cleared.
    QTest::mouseClick(copy, Qt::LeftButton);
    clipboard->setText(QStringLiteral("a tracking number"));
    QTRY_VERIFY(!status->isVisible());
    m_clock->advanceSeconds(120);
    autoClear->refresh();
    QCOMPARE(clipboard->text(), QStringLiteral("a tracking number"));

    // Never: remembered, no timed clearing, but still cleared when the token expires.
    child<QAction>("clipboardDelay0Action")->trigger();
    QCOMPARE(m_settings->value(QStringLiteral("clipboard/clearAfterSeconds")).toInt(), 0);
    QTest::mouseClick(copy, Qt::LeftButton);
    QVERIFY(status->isVisible());
    QVERIFY(!label->text().contains(QLatin1String("clears in")));
    m_clock->advanceSeconds(600);
    autoClear->refresh();
    QCOMPARE(clipboard->text(), token);
    m_clock->advanceSeconds(3600);
    m_window->session(EnvironmentKind::Sandbox)->countdown()->refresh();
    QVERIFY(clipboard->text().isEmpty());
    QTRY_VERIFY(!status->isVisible());

    // The choice is applied in the next window too.
    destroyWindow();
    createWindow();
    QCOMPARE(child<ClipboardAutoClear>("clipboardAutoClear")->delaySeconds(), 0);
    QVERIFY(child<QAction>("clipboardDelay0Action")->isChecked());
}

void TestGui::extraCa_tlsRefusedUntilTrustedInWindow()
{
    QString error;
    const auto certificate = test::generateSelfSignedCertificate(m_dir->path(), &error);
    QVERIFY2(certificate.has_value(), qPrintable(error));
    FakeNovaPostServer tls;
    QVERIFY2(tls.listenTls(certificate->certificate, certificate->key), qPrintable(tls.errorString()));
    tls.setNow(Start.toSecsSinceEpoch());
    tls.registerPhone(Phone, PhoneKey);
    MainWindowOptions options;
    options.baseUrlOverride = tls.baseUrl();
    options.environment = EnvironmentKind::Sandbox;
    createWindow(options);
    auto* caLabel = child<QLabel>("extraCaStatusLabel");
    QVERIFY(!caLabel->isVisible());
    QVERIFY(!child<QAction>("removeCaFileAction")->isEnabled());

    // Refused: the self-signed certificate is not trusted, and the banner says so.
    requestTestKeyThroughUi(Phone);
    QTRY_COMPARE(banner()->level(), MessageBanner::Level::Error);
    QTRY_VERIFY(!banner()->text().isEmpty());
    QVERIFY2(banner()->text().contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
             qPrintable(banner()->text()));
    QCOMPARE(tls.requestCount(), 0);

    // A file without certificates is explained and changes nothing.
    const QString junkPath = m_dir->filePath(QStringLiteral("junk.pem"));
    QFile junk(junkPath);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("this is not a certificate\n");
    junk.close();
    FileChooser::setNextFileName(junkPath);
    child<QAction>("chooseCaFileAction")->trigger();
    QTRY_VERIFY2(banner()->text().contains(QLatin1String("holds no PEM certificate")),
                 qPrintable(banner()->text()));
    QCOMPARE(banner()->level(), MessageBanner::Level::Error);
    QVERIFY(!caLabel->isVisible());
    QVERIFY(!m_settings->contains(QString::fromLatin1(WindowSettings::ExtraCaFileKey)));

    // Cancelling the dialog changes nothing either.
    FileChooser::setNextFileName(QString());
    child<QAction>("chooseCaFileAction")->trigger();
    QCoreApplication::processEvents();
    QVERIFY(!caLabel->isVisible());

    // Trusted in the window: shown in the status bar, remembered, and the requests now succeed.
    FileChooser::setNextFileName(certificate->certificatePath);
    child<QAction>("chooseCaFileAction")->trigger();
    QTRY_VERIFY(caLabel->isVisible());
    QVERIFY2(caLabel->text().contains(QFileInfo(certificate->certificatePath).fileName()),
             qPrintable(caLabel->text()));
    QCOMPARE(m_settings->value(QString::fromLatin1(WindowSettings::ExtraCaFileKey)).toString(),
             certificate->certificatePath);
    QCOMPARE(banner()->level(), MessageBanner::Level::Info);
    QVERIFY(child<QAction>("removeCaFileAction")->isEnabled());
    QVERIFY(getSandboxJwtThroughUi());

    // Remembered: the next window applies it at start-up.
    destroyWindow();
    m_api->setExtraCaCertificates({});
    createWindow(options);
    QVERIFY(child<QLabel>("extraCaStatusLabel")->isVisible());
    getJwtThroughUi();
    QTRY_VERIFY(!child<QPlainTextEdit>("tokenTextEdit")->toPlainText().isEmpty());

    // Removed: refused again.
    child<QAction>("removeCaFileAction")->trigger();
    QVERIFY(!child<QLabel>("extraCaStatusLabel")->isVisible());
    QVERIFY(!m_settings->contains(QString::fromLatin1(WindowSettings::ExtraCaFileKey)));
    const int before = tls.requestCount();
    m_window->session(EnvironmentKind::Sandbox)->countdown()->start(Start); // drop the live token
    getJwtThroughUi();
    QTRY_COMPARE(banner()->level(), MessageBanner::Level::Error);
    QTRY_VERIFY2(banner()->text().contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
                 qPrintable(banner()->text()));
    QCOMPARE(tls.requestCount(), before);
}

void TestGui::extraCa_commandLineOverridesForThisRun()
{
    QString error;
    const auto certificate = test::generateSelfSignedCertificate(m_dir->path(), &error);
    QVERIFY2(certificate.has_value(), qPrintable(error));
    createServices();
    m_settings->setValue(QString::fromLatin1(WindowSettings::ExtraCaFileKey),
                         m_dir->filePath(QStringLiteral("missing.pem")));
    MainWindowOptions options;
    options.caFile = certificate->certificatePath;
    createWindow(options);
    auto* caLabel = child<QLabel>("extraCaStatusLabel");
    QVERIFY(caLabel->isVisible());
    QVERIFY2(caLabel->text().contains(QLatin1String("--ca-file")), qPrintable(caLabel->text()));
    // The remembered choice stays as it was for the next run without --ca-file.
    QCOMPARE(m_settings->value(QString::fromLatin1(WindowSettings::ExtraCaFileKey)).toString(),
             m_dir->filePath(QStringLiteral("missing.pem")));

    // Without --ca-file, a remembered file that cannot be read is reported at start-up.
    destroyWindow();
    createWindow();
    QVERIFY(!child<QLabel>("extraCaStatusLabel")->isVisible());
    QCOMPARE(banner()->level(), MessageBanner::Level::Warning);
    QVERIFY2(banner()->text().contains(QLatin1String("missing.pem")), qPrintable(banner()->text()));
}

void TestGui::secrets_notInTitlesTooltipsOrAccessibleTexts()
{
    createWindow();
    QVERIFY(getSandboxJwtThroughUi());
    auto* tokenEdit = child<QPlainTextEdit>("tokenTextEdit");
    const QString token = tokenEdit->toPlainText();
    QTest::mouseClick(child<QPushButton>("copyTokenButton"), Qt::LeftButton);
    m_window->setCurrentEnvironment(EnvironmentKind::Production);
    auto* keyEdit = child<QLineEdit>("productionKeyLineEdit");
    QTest::keyClicks(keyEdit, ProductionKey);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);

    const QStringList secrets{token, token.section(QLatin1Char('.'), 2, 2), PhoneKey, ProductionKey};
    // Every object's texts that end up in titles, tooltips, status tips or the accessibility tree.
    const char* const properties[] = {"windowTitle", "accessibleName", "accessibleDescription",
                                      "toolTip",     "statusTip",      "whatsThis"};
    const auto check = [&](const char* state) {
        QList<QObject*> objects = m_window->findChildren<QObject*>();
        objects.prepend(m_window.get());
        for (QObject* object : objects) {
            for (const char* property : properties) {
                const QString value = object->property(property).toString();
                for (const QString& secret : secrets)
                    QVERIFY2(value.isEmpty() || !value.contains(secret),
                             qPrintable(QStringLiteral("%1: %2 (%3) %4 holds a secret")
                                            .arg(QLatin1String(state), object->objectName(),
                                                 QString::fromLatin1(object->metaObject()->className()),
                                                 QLatin1String(property))));
            }
        }
        for (QTreeWidget* tree : m_window->findChildren<QTreeWidget*>()) {
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                for (int column = 0; column < tree->columnCount(); ++column) {
                    const QString tip = tree->topLevelItem(i)->toolTip(column);
                    for (const QString& secret : secrets)
                        QVERIFY(!tip.contains(secret));
                }
            }
        }
    };
    check("production, key typed");
    m_window->setCurrentEnvironment(EnvironmentKind::Sandbox);
    check("sandbox, token live");
}

void TestGui::productionKey_staysMaskedUnlessRevealed()
{
    MainWindowOptions options;
    options.environment = EnvironmentKind::Production;
    createWindow(options);
    auto* keyEdit = child<QLineEdit>("productionKeyLineEdit");
    auto* reveal = child<QToolButton>("revealKeyButton");
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(keyEdit, ProductionKey);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);

    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Normal);
    m_window->setCurrentEnvironment(EnvironmentKind::Sandbox);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    QVERIFY(!reveal->isChecked());
    m_window->setCurrentEnvironment(EnvironmentKind::Production);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);

    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(child<QPushButton>("saveKeyButton"), Qt::LeftButton);
    QTRY_VERIFY(m_keys->entry(EnvironmentKind::Production).has_value());
    QTRY_COMPARE(keyEdit->echoMode(), QLineEdit::Password);
    QVERIFY(!reveal->isChecked());
}

QTEST_MAIN(TestGui)
void TestGui::window_firstWindowFitsTheScreenWithLargeText()
{
    // As at 200 %: text so large that the contents alone are wider than the screen.
    const QFont normal = QApplication::font();
    QFont large = normal;
    large.setPointSizeF(normal.pointSizeF() * 2.5);
    QApplication::setFont(large);
    createWindow();
    QApplication::setFont(normal);
    const QRect available = m_window->screen()->availableGeometry();
    QVERIFY2(child<QScrollArea>("contentsScrollArea")->widget()->minimumSizeHint().width() >
                 available.width(),
             "the contents must be wider than the screen for this check to mean anything");
    // The window's own area; the frame is added by the window manager once it is shown (not known offscreen).
    QVERIFY2(m_window->width() <= available.width() && m_window->height() <= available.height(),
             qPrintable(QStringLiteral("window %1x%2 on %3x%4")
                            .arg(m_window->width())
                            .arg(m_window->height())
                            .arg(available.width())
                            .arg(available.height())));
}

void TestGui::window_opensShowingAllAndScrollsWhenShort()
{
    createWindow();
    auto* area = child<QScrollArea>("contentsScrollArea");
    QWidget* contents = area->widget();
    const auto notSqueezed = [contents] {
        return contents->height() >= contents->heightForWidth(contents->width());
    };
    // Opens showing all of the empty sandbox page, with room to spare, where the screen allows it.
    const int screenHeight = m_window->screen()->availableGeometry().height();
    QVERIFY2(
        m_window->height() < screenHeight ? !area->verticalScrollBar()->isVisible()
                                          : m_window->height() == screenHeight,
        qPrintable(QStringLiteral("%1 px tall on a %2 px screen").arg(m_window->height()).arg(screenHeight)));
    QVERIFY(notSqueezed());

    QVERIFY(getSandboxJwtThroughUi());
    auto* tokenEdit = child<QPlainTextEdit>("tokenTextEdit");
    auto* copyButton = child<QPushButton>("copyTokenButton");

    // Far too short: the contents keep their height and scroll; nothing overlaps.
    m_window->resize(m_window->width(), 240);
    QTRY_VERIFY(area->verticalScrollBar()->isVisible());
    QVERIFY(area->verticalScrollBar()->maximum() > 0);
    QTRY_VERIFY(notSqueezed());
    QVERIFY(tokenEdit->geometry().bottom() < copyButton->geometry().top());
    // Copy can be scrolled into view.
    area->ensureWidgetVisible(copyButton);
    const QPoint copyInViewport = copyButton->mapTo(area->viewport(), QPoint(0, 0));
    QVERIFY(area->viewport()->rect().contains(QRect(copyInViewport, copyButton->size())));

    // Narrow as well: wrapped lines need more height, still given by scrolling.
    m_window->resize(m_window->minimumSizeHint().width(), 240);
    QTRY_VERIFY(notSqueezed());
    QVERIFY(tokenEdit->geometry().bottom() < copyButton->geometry().top());
}

#include "tst_gui.moc"
