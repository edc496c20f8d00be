// SPDX-License-Identifier: MIT
// The window in every shipped language: the translator loads and its strings are shown, nothing is
// clipped at the default window size, mnemonics do not clash, and View → Language rebuilds the window
// in the chosen language without losing the environment.
#include "ApiClient.h"
#include "Clock.h"
#include "Environment.h"
#include "EnvironmentSession.h"
#include "FakeNovaPostServer.h"
#include "GuiFixture.h"
#include "KeyStore.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "SessionTexts.h"
#include "TestApiKey.h"
#include "TokenCountdown.h"
#include "Translations.h"
#include "TrayController.h"
#include "UtcTime.h"
#include "WindowHost.h"
#include "WindowSettings.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include <memory>

using namespace novapost;
using namespace novapost::gui;
using novapost::test::FakeNovaPostServer;

namespace {

/**
 * Every shipped language must show its own text, not English, and have no mnemonic clashes. Set to
 * false only while a new language's catalogue is being filled in.
 */
constexpr bool kRequireTranslated = true;

const QString Phone = QStringLiteral("498213437654");
const QString PhoneKey = QStringLiteral("78b97003b587d7758bede604fd185e3e");
const QDateTime Start = UtcTime::fromDateAndTime(QDate(2025, 9, 1), QTime(10, 0, 0));
const char* const WindowContext = "novapost::gui::MainWindow";

/** What a person would read: QLabel, button and group box texts that do not fit their widgets. */
QStringList clippedTexts(QWidget* root)
{
    QStringList problems;
    const auto describe = [](QWidget* widget, const QString& text, QSize need) {
        return QStringLiteral("%1 (%2) “%3” needs %4×%5 but has %6×%7")
            .arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()), text)
            .arg(need.width())
            .arg(need.height())
            .arg(widget->width())
            .arg(widget->height());
    };
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->window() != root)
            continue;
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            if (label->text().isEmpty())
                continue;
            if (label->wordWrap()) {
                const int need = label->heightForWidth(label->width());
                if (need > label->height())
                    problems << describe(label, label->text(), {label->width(), need});
            } else {
                const QSize need = label->minimumSizeHint();
                if (need.width() > label->width() || need.height() > label->height())
                    problems << describe(label, label->text(), need);
            }
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            if (button->text().isEmpty() || widget->objectName().startsWith(QLatin1String("qt_")))
                continue;
            const QSize need = button->minimumSizeHint();
            if (need.width() > button->width() || need.height() > button->height())
                problems << describe(button, button->text(), need);
        } else if (auto* box = qobject_cast<QGroupBox*>(widget)) {
            const QSize need = box->minimumSizeHint();
            if (need.width() > box->width())
                problems << describe(box, box->title(), need);
        }
    }
    return problems;
}

/** Mnemonic letters used twice among what is reachable at once: the menu bar and the visible controls. */
QStringList mnemonicClashes(QMainWindow* window)
{
    QMultiMap<QString, QString> users;
    const auto add = [&users](const QString& text) {
        const QKeySequence mnemonic = QKeySequence::mnemonic(text);
        if (!mnemonic.isEmpty())
            users.insert(mnemonic.toString(), text);
    };
    for (QAction* menu : window->menuBar()->actions())
        add(menu->text());
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->window() != window)
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(button->text());
        else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            add(label->text());
        else if (auto* box = qobject_cast<QGroupBox*>(widget); box && box->isCheckable())
            add(box->title());
    }
    // Inside each menu, too (the menu bar's own letters were checked above).
    for (QMenu* menu : window->findChildren<QMenu*>()) {
        QMultiMap<QString, QString> inMenu;
        for (QAction* action : menu->actions()) {
            const QKeySequence mnemonic = QKeySequence::mnemonic(action->text());
            if (!action->isSeparator() && action->isVisible() && !mnemonic.isEmpty())
                inMenu.insert(mnemonic.toString(), action->text());
        }
        for (const QString& key : inMenu.uniqueKeys()) {
            if (inMenu.count(key) > 1)
                users.insert(QStringLiteral("%1 in %2").arg(key, menu->title()),
                             QStringList(inMenu.values(key)).join(QStringLiteral(", ")));
        }
    }
    QStringList clashes;
    for (const QString& key : users.uniqueKeys()) {
        if (users.count(key) > 1)
            clashes << QStringLiteral("%1: %2").arg(
                key, QStringList(users.values(key)).join(QStringLiteral(", ")));
    }
    return clashes;
}

/**
 * Pseudo-translation: every string of the app 40% longer (German and Polish often are), placeholders and
 * mnemonics kept, so layouts are tested for languages whose translations have not landed yet.
 */
class LongerTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (!context || !QByteArray(context).startsWith("novapost"))
            return {};
        const QString text = QString::fromUtf8(sourceText);
        if (text.startsWith(QLatin1Char('<')) || text.isEmpty())
            return {}; // rich text (links): leave the markup alone
        return text + QStringLiteral(" ·%1").arg(QString(int(text.size()) * 2 / 5, QLatin1Char('w')));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestGuiI18n : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void clippingCheck_findsClippedText();
    void translatedStringsShown_data();
    void translatedStringsShown();
    void nothingClippedAndNoMnemonicClash_data();
    void nothingClippedAndNoMnemonicClash();
    void languageMenu_rebuildsWindowInChosenLanguage();
    void languageMenu_rebuildKeepsTheTokenAndItsCountdown();
    void languageMenu_rebuildWarnsOfTheSameExpiryOnce();
    void languageMenu_titleNamesTheAppOnceInTheChosenLanguage();
    void languageMenu_englishKeepsTheDateFormat();
    void keyStatus_isTranslated();
    void shortcutsInTexts_readAsTheMenusShowThem_data();
    void shortcutsInTexts_readAsTheMenusShowThem();

private:
    MainWindowServices services();
    MainWindowOptions options() const;
    QString installOrSkip(const QString& language);
    void storeTestKey(const QString& status);
    QTreeWidgetItem* storedKeyRow(MainWindow* window) const;
    /** m_host: an English window on production whose session holds a token from the fake server. */
    void startWithProductionToken();

    test::GuiFixture m_gui;
    std::unique_ptr<QSettings>& m_settings = m_gui.settings;
    std::unique_ptr<WindowHost> m_host;
};

void TestGuiI18n::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestGuiI18n::init()
{
    QVERIFY2(m_gui.start(Start), qPrintable(m_gui.errorString()));
    m_gui.server->registerPhone(Phone, PhoneKey);
    m_gui.createServices();
}

void TestGuiI18n::cleanup()
{
    m_host.reset();
    Translations::install(QStringLiteral("en"));
    m_gui.stop();
}

MainWindowServices TestGuiI18n::services()
{
    return m_gui.services();
}

MainWindowOptions TestGuiI18n::options() const
{
    return m_gui.options();
}

QString TestGuiI18n::installOrSkip(const QString& language)
{
    const QString installed = Translations::install(language);
    // The translator must really load: a missing .qm would silently show English everywhere.
    if (installed != language)
        qWarning("Translations::install(%s) gave %s", qPrintable(language), qPrintable(installed));
    return installed;
}

void TestGuiI18n::storeTestKey(const QString& status)
{
    const TestApiKey key{PhoneKey, UtcTime::fromDateAndTime(QDate(2027, 11, 29), QTime(8, 14, 0)),
                         UtcTime::fromDateAndTime(QDate(2027, 11, 30), QTime(8, 14, 0)), status};
    bool done = false;
    m_gui.keys->saveTestKey(Phone, key, m_gui.keys.get(), [&done](const KeyStore::SaveResult& result) {
        QVERIFY(result.ok());
        done = true;
    });
    QTRY_VERIFY(done);
}

QTreeWidgetItem* TestGuiI18n::storedKeyRow(MainWindow* window) const
{
    auto* list = window->findChild<QTreeWidget*>(QStringLiteral("storedKeysTreeWidget"));
    return list && list->topLevelItemCount() == 1 ? list->topLevelItem(0) : nullptr;
}

void TestGuiI18n::clippingCheck_findsClippedText()
{
    // The check itself: a label and a button squeezed below their size hints are reported.
    QWidget window;
    auto* label = new QLabel(QStringLiteral("A sentence much longer than twenty pixels"), &window);
    label->setObjectName(QStringLiteral("squeezedLabel"));
    label->setGeometry(0, 0, 20, 40);
    auto* wrapped =
        new QLabel(QStringLiteral("A wrapped sentence that needs several lines at this width"), &window);
    wrapped->setObjectName(QStringLiteral("wrappedLabel"));
    wrapped->setWordWrap(true);
    wrapped->setGeometry(0, 50, 80, 10);
    auto* button = new QPushButton(QStringLiteral("A long button text"), &window);
    button->setObjectName(QStringLiteral("squeezedButton"));
    button->setGeometry(0, 70, 20, 30);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString problems = clippedTexts(&window).join(QLatin1Char('\n'));
    QVERIFY2(problems.contains(QLatin1String("squeezedLabel")), qPrintable(problems));
    QVERIFY2(problems.contains(QLatin1String("wrappedLabel")), qPrintable(problems));
    QVERIFY2(problems.contains(QLatin1String("squeezedButton")), qPrintable(problems));
    label->adjustSize();
    button->adjustSize();
    wrapped->setGeometry(0, 50, 80, wrapped->heightForWidth(80));
    QVERIFY2(clippedTexts(&window).isEmpty(), qPrintable(clippedTexts(&window).join(QLatin1Char('\n'))));
}

void TestGuiI18n::translatedStringsShown_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : Translations::available())
        QTest::newRow(qPrintable(language)) << language;
}

void TestGuiI18n::translatedStringsShown()
{
    QFETCH(QString, language);
    QCOMPARE(installOrSkip(language), language);

    MainWindow window(services(), options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto* getJwt = window.findChild<QPushButton*>(QStringLiteral("getJwtButton"));
    QVERIFY(getJwt);
    const QString english = QStringLiteral("&Get JWT");
    QCOMPARE(getJwt->text(), QCoreApplication::translate(WindowContext, "&Get JWT"));
    auto* settingsMenu = window.findChild<QMenu*>(QStringLiteral("settingsMenu"));
    QVERIFY(settingsMenu);
    QCOMPARE(settingsMenu->title(), QCoreApplication::translate(WindowContext, "&Settings"));
    if (kRequireTranslated) {
        QVERIFY2(getJwt->text() != english, qPrintable(language));
        QVERIFY2(settingsMenu->title() != QLatin1String("&Settings"), qPrintable(language));
    } else if (getJwt->text() == english) {
        qInfo("%s: “&Get JWT” is not translated yet", qPrintable(language));
    }

    // The language menu names each language in its own words and checks the one in effect.
    auto* languageMenu = window.findChild<QMenu*>(QStringLiteral("languageMenu"));
    QVERIFY(languageMenu);
    auto* german = window.findChild<QAction*>(QStringLiteral("languagedeAction"));
    QVERIFY(german);
    QCOMPARE(german->text(), QStringLiteral("Deutsch"));
    QCOMPARE(window.findChild<QAction*>(QStringLiteral("languageukAction"))->text(),
             QStringLiteral("Українська"));
    QCOMPARE(window.findChild<QAction*>(QStringLiteral("languageplAction"))->text(),
             QStringLiteral("Polski"));
}

void TestGuiI18n::nothingClippedAndNoMnemonicClash_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    for (const QString& language : Translations::available())
        QTest::newRow(qPrintable(language)) << language;
    QTest::newRow("pseudo-40%-longer") << QStringLiteral("pseudo");
}

void TestGuiI18n::nothingClippedAndNoMnemonicClash()
{
    QFETCH(QString, language);
    LongerTranslator longer;
    if (language == QLatin1String("pseudo")) {
        QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
        QCoreApplication::installTranslator(&longer);
    } else {
        QCOMPARE(installOrSkip(language), language);
    }
    const auto removeLonger = qScopeGuard([&longer] { QCoreApplication::removeTranslator(&longer); });

    MainWindowOptions sandbox = options();
    sandbox.environment = EnvironmentKind::Sandbox;
    MainWindow window(services(), sandbox);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const auto check = [&](const char* state) {
        QCoreApplication::processEvents(); // pending layout requests
        const QStringList clipped = clippedTexts(&window);
        QVERIFY2(clipped.isEmpty(),
                 qPrintable(QStringLiteral("%1, %2: %3")
                                .arg(language, QLatin1String(state), clipped.join(QStringLiteral("; ")))));
        const QStringList clashes = mnemonicClashes(&window);
        // Translators choose their own mnemonics; English is held to it now, the others once translated.
        if (language == QLatin1String("en") || (kRequireTranslated && language != QLatin1String("pseudo")))
            QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("%1, %2: %3")
                                                       .arg(language, QLatin1String(state),
                                                            clashes.join(QStringLiteral("; ")))));
        else if (!clashes.isEmpty())
            qInfo("%s, %s: mnemonic clashes %s", qPrintable(language), state,
                  qPrintable(clashes.join(QStringLiteral("; "))));
    };

    if (language == QLatin1String("pseudo"))
        QVERIFY(window.findChild<QPushButton*>(QStringLiteral("getJwtButton"))
                    ->text()
                    .endsWith(QLatin1String("ww")));
    check("sandbox, empty");
    if (QTest::currentTestFailed())
        return;

    // A live token shows the countdown, the copy row and the expiry line.
    auto* phone = window.findChild<QLineEdit*>(QStringLiteral("phoneLineEdit"));
    QTest::keyClicks(phone, QStringLiteral("+") + Phone);
    auto* request = window.findChild<QPushButton*>(QStringLiteral("requestTestKeyButton"));
    QTRY_VERIFY(request->isEnabled());
    QTest::mouseClick(request, Qt::LeftButton);
    auto* getJwt = window.findChild<QPushButton*>(QStringLiteral("getJwtButton"));
    QTRY_VERIFY(getJwt->isEnabled());
    QTest::mouseClick(getJwt, Qt::LeftButton);
    auto* token = window.findChild<QPlainTextEdit*>(QStringLiteral("tokenTextEdit"));
    QTRY_VERIFY(!token->toPlainText().isEmpty());
    check("sandbox, token live");
    if (QTest::currentTestFailed())
        return;

    window.setCurrentEnvironment(EnvironmentKind::Production);
    check("production");
}

void TestGuiI18n::languageMenu_rebuildsWindowInChosenLanguage()
{
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    MainWindowOptions start = options();
    start.language = QStringLiteral("en");
    WindowHost host(services(), start);
    host.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(host.window()));
    host.window()->setCurrentEnvironment(EnvironmentKind::Production);
    // Not the default size, but one that fits the screen, so no Qt version has a reason to change it.
    const QSize size = host.window()->screen()->availableGeometry().size() - QSize(100, 100);
    host.window()->resize(size);
    QVERIFY(host.window()->findChild<QAction*>(QStringLiteral("languageenAction"))->isChecked());

    QPointer<MainWindow> old = host.window();
    QSignalSpy replaced(&host, &WindowHost::windowReplaced);
    old->findChild<QAction*>(QStringLiteral("languagedeAction"))->trigger();
    QCOMPARE(replaced.count(), 1);
    MainWindow* window = host.window();
    QVERIFY(window != old);
    QTRY_VERIFY(old.isNull()); // deleted once its menu's signal was done
    QVERIFY(window->isVisible());
    QCOMPARE(window->size(), size);
    QCOMPARE(window->currentEnvironment(), EnvironmentKind::Production);
    QCOMPARE(m_settings->value(QString::fromLatin1(WindowSettings::LanguageKey)).toString(),
             QStringLiteral("de"));
    QCOMPARE(WindowSettings(m_settings.get()).language(), QStringLiteral("de"));
    QVERIFY(window->findChild<QAction*>(QStringLiteral("languagedeAction"))->isChecked());
    QCOMPARE(window->findChild<QPushButton*>(QStringLiteral("getJwtButton"))->text(),
             QCoreApplication::translate(WindowContext, "&Get JWT"));

    // Choosing the language already in effect does not rebuild.
    window->findChild<QAction*>(QStringLiteral("languagedeAction"))->trigger();
    QCOMPARE(replaced.count(), 1);

    // System default: the saved choice is empty and the window is rebuilt again (LANG=C here: English).
    window->findChild<QAction*>(QStringLiteral("languageSystemAction"))->trigger();
    QCOMPARE(replaced.count(), 2);
    QCOMPARE(WindowSettings(m_settings.get()).language(), QString());
    QCOMPARE(host.window()->findChild<QPushButton*>(QStringLiteral("getJwtButton"))->text(),
             QStringLiteral("&Get JWT"));
}

void TestGuiI18n::languageMenu_titleNamesTheAppOnceInTheChosenLanguage()
{
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Nova Post JWT"));
    MainWindowOptions start = options();
    start.language = QStringLiteral("en");
    WindowHost host(services(), start);
    host.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(host.window()));
    const QString englishName = QCoreApplication::translate("main", "Nova Post JWT");
    for (const QString& language :
         {QStringLiteral("uk"), QStringLiteral("pl"), QStringLiteral("de"), QStringLiteral("en")}) {
        host.window()->findChild<QAction*>(QStringLiteral("language%1Action").arg(language))->trigger();
        MainWindow* window = host.window();
        for (EnvironmentKind kind : {EnvironmentKind::Sandbox, EnvironmentKind::Production}) {
            window->setCurrentEnvironment(kind);
            const QString name = QCoreApplication::translate("main", "Nova Post JWT");
            // Ukrainian names the app in its own words; the other catalogues keep the brand.
            QVERIFY2(language != QLatin1String("uk") || name != englishName, qPrintable(name));
            const QString title = window->windowTitle();
            // Qt appends the display name to a title that does not end with it.
            QCOMPARE(QGuiApplication::applicationDisplayName(), name);
            QVERIFY2(title.endsWith(name), qPrintable(title));
            QVERIFY2(title.count(name) == 1, qPrintable(title));
            QVERIFY2(title.startsWith(Environment(kind).displayName()), qPrintable(title));
            if (language == QLatin1String("uk"))
                QVERIFY2(!title.contains(englishName), qPrintable(title));
        }
    }
}

void TestGuiI18n::languageMenu_englishKeepsTheDateFormat()
{
    // Started in the system's language (LANG=C here: English), then English chosen: the same dates.
    if (QLocale::system().language() != QLocale::C && QLocale::system().language() != QLocale::English)
        QSKIP("This machine's language is not English.");
    storeTestKey(QStringLiteral("Active"));
    Translations::install(QString());
    MainWindowOptions start = options();
    start.language = QString();
    start.environment = EnvironmentKind::Sandbox;
    WindowHost host(services(), start);
    host.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(host.window()));
    QTreeWidgetItem* row = storedKeyRow(host.window());
    QVERIFY(row);
    const QStringList before = {row->text(1), row->text(2), row->toolTip(2)};
    QVERIFY2(before.at(2).contains(QStringLiteral("27")), qPrintable(before.join(u'|')));
    // LANG=C keeps C's day-month-year dates in English rather than turning to US month/day/year.
    if (QLocale::system().language() == QLocale::C)
        QVERIFY2(!before.join(u'|').contains(u'/'), qPrintable(before.join(u'|')));

    host.window()->findChild<QAction*>(QStringLiteral("languageenAction"))->trigger();
    row = storedKeyRow(host.window());
    QVERIFY(row);
    const QStringList after = {row->text(1), row->text(2), row->toolTip(2)};
    QCOMPARE(after, before);
}

void TestGuiI18n::keyStatus_isTranslated()
{
    storeTestKey(QStringLiteral("Active"));
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    LongerTranslator longer;
    QCoreApplication::installTranslator(&longer);
    const auto removeLonger = qScopeGuard([&longer] { QCoreApplication::removeTranslator(&longer); });
    MainWindow window(services(), options());
    QTreeWidgetItem* row = storedKeyRow(&window);
    QVERIFY(row);
    const QString active = QCoreApplication::translate(WindowContext, "Active", "test key status");
    QVERIFY(active != QLatin1String("Active"));
    QCOMPARE(row->text(3), active);

    storeTestKey(QStringLiteral("Expired"));
    QTRY_VERIFY(storedKeyRow(&window) &&
                storedKeyRow(&window)->text(3) ==
                    QCoreApplication::translate(WindowContext, "Expired", "test key status"));
    // A status Nova Post may add later is shown as it comes.
    storeTestKey(QStringLiteral("Blocked"));
    QTRY_VERIFY(storedKeyRow(&window) && storedKeyRow(&window)->text(3) == QLatin1String("Blocked"));
}

void TestGuiI18n::shortcutsInTexts_readAsTheMenusShowThem_data()
{
    translatedStringsShown_data();
}

void TestGuiI18n::shortcutsInTexts_readAsTheMenusShowThem()
{
    QFETCH(QString, language);
    QCOMPARE(installOrSkip(language), language);
    // How Qt writes the keys in menus, in this language and on this platform.
    const QString getJwtKeys = QKeySequence(Qt::CTRL | Qt::Key_G).toString(QKeySequence::NativeText);
    const QString copyKeys =
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C).toString(QKeySequence::NativeText);
    // Qt's own German catalogue (qt6-translations-l10n, installed with the app) calls Ctrl "Strg".
    if (language == QLatin1String("de"))
        QCOMPARE(getJwtKeys, QStringLiteral("Strg+G"));

    MainWindow window(services(), options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString freshKeys = window.findChild<QAction*>(QStringLiteral("freshJwtAction"))
                                  ->shortcut()
                                  .toString(QKeySequence::NativeText);
    auto* phone = window.findChild<QLineEdit*>(QStringLiteral("phoneLineEdit"));
    phone->clear();
    QTest::keyClicks(phone, Phone);
    const QList<std::pair<QString, QString>> texts{
        {window.findChild<QPushButton*>(QStringLiteral("getJwtButton"))->toolTip(), getJwtKeys},
        {window.findChild<QLabel*>(QStringLiteral("getJwtHintLabel"))->text(), getJwtKeys},
        {window.findChild<QPlainTextEdit*>(QStringLiteral("tokenTextEdit"))->placeholderText(), getJwtKeys},
        {window.findChild<QAbstractButton*>(QStringLiteral("copyTokenButton"))->toolTip(), copyKeys},
        {SessionTexts::cachedTokenUsed(600), freshKeys},
    };
    for (const auto& [text, keys] : texts)
        QVERIFY2(text.contains(keys), qPrintable(QStringLiteral("“%1” should name %2").arg(text, keys)));
}

void TestGuiI18n::startWithProductionToken()
{
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    const QString apiKey = QStringLiteral("prod-key-acme-0123456789");
    m_gui.server->addApiKey(apiKey);
    m_gui.storeProductionKey(QString(), apiKey);
    MainWindowOptions start = options();
    start.language = QStringLiteral("en");
    start.environment = EnvironmentKind::Production;
    m_host = std::make_unique<WindowHost>(services(), start);
    m_host->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host->window()));
    QTest::mouseClick(m_host->window()->findChild<QPushButton*>(QStringLiteral("getJwtButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_host->window()->session(EnvironmentKind::Production)->hasLiveToken());
}

void TestGuiI18n::languageMenu_rebuildKeepsTheTokenAndItsCountdown()
{
    startWithProductionToken();
    if (QTest::currentTestFailed())
        return;
    WindowHost& host = *m_host;
    EnvironmentSession* production = host.window()->session(EnvironmentKind::Production);
    const QString jwt = production->token().raw();
    QCOMPARE(m_gui.server->requestCount(), 1);

    host.window()->findChild<QAction*>(QStringLiteral("languagedeAction"))->trigger();
    MainWindow* window = host.window();
    // No token cache here: only a session that outlives the old window can still hold the token.
    QCOMPARE(window->session(EnvironmentKind::Production), production);
    QCOMPARE(window->findChild<QPlainTextEdit*>(QStringLiteral("tokenTextEdit"))->toPlainText(), jwt);
    m_gui.clock->advanceSeconds(600);
    production->countdown()->refresh();
    auto* countdown = window->findChild<QLabel*>(QStringLiteral("countdownLabel"));
    QVERIFY2(countdown->text().contains(QStringLiteral("50:00")), qPrintable(countdown->text()));
    QCOMPARE(m_gui.server->requestCount(), 1);
}

void TestGuiI18n::languageMenu_rebuildWarnsOfTheSameExpiryOnce()
{
    startWithProductionToken();
    if (QTest::currentTestFailed())
        return;
    WindowHost& host = *m_host;
    EnvironmentSession* production = host.window()->session(EnvironmentKind::Production);

    // Two minutes before expiry the window's tray warns once.
    QStringList warnings;
    const auto listen = [&warnings](MainWindow* window) {
        auto* tray = window->findChild<TrayController*>(QStringLiteral("trayController"));
        QVERIFY(tray);
        QObject::connect(tray, &TrayController::notificationRequested, tray,
                         [&warnings](const QString& title, const QString&) { warnings.append(title); });
    };
    listen(host.window());
    m_gui.clock->advanceSeconds(production->secondsLeft() - 120);
    production->countdown()->refresh();
    QCOMPARE(warnings, QStringList{QStringLiteral("The JWT expires soon")});

    // The window rebuilt in German watches the same token: no second warning of it, but its expiry.
    const QPointer<MainWindow> englishWindow = host.window();
    host.window()->findChild<QAction*>(QStringLiteral("languagedeAction"))->trigger();
    QTRY_VERIFY(!englishWindow);
    listen(host.window());
    m_gui.clock->advanceSeconds(60);
    production->countdown()->refresh();
    QCOMPARE(warnings.size(), 1);
    m_gui.clock->advanceSeconds(60);
    production->countdown()->refresh();
    QCOMPARE(warnings.size(), 2);
    QCOMPARE(warnings.last(),
             QCoreApplication::translate("novapost::gui::TrayController", "The JWT has expired"));
    QVERIFY(warnings.last() != QLatin1String("The JWT has expired"));
}

QTEST_MAIN(TestGuiI18n)
#include "tst_gui_i18n.moc"
