// SPDX-License-Identifier: MIT
// The window's height as banners and the claims panel come and go: it grows as far as they need (within
// the screen), gives the height back when they go, keeps a size the user chose, and remembers the user's
// height for the next start, never a grown one. Offscreen against the fake server.
#include "EnvironmentSession.h"
#include "GuiFixture.h"
#include "MainWindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QToolButton>

using namespace novapost;
using namespace novapost::gui;

namespace {

const QString Phone = QStringLiteral("498213437654");
const QString PhoneKey = QStringLiteral("78b97003b587d7758bede604fd185e3e");

/** A warning long enough to wrap over several lines, as the server's own error sentences can. */
QString longWarning()
{
    QStringList sentences;
    for (int i = 1; i <= 6; ++i)
        sentences.append(QStringLiteral("Sentence %1 of a long message from the server that wraps.").arg(i));
    return sentences.join(QLatin1Char(' '));
}

} // namespace

class TestGuiHeight : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void growsForBannerAndClaimsAndGivesTheHeightBack();
    void grownHeightIsNotRememberedForTheNextStart();
    void userResizeIsKept();

private:
    template<typename T>
    T* child(const char* name) const
    {
        return m_gui.child<T>(name);
    }
    MainWindow* openWindow();
    void showToken();
    /** Shows a long banner and opens the claims. */
    void showBannerAndClaims();
    void hideBannerAndClaims();
    /** The contents fit without scrolling, or the window is as tall as the screen allows. */
    void verifyShowsAllOrFillsTheScreen();

    test::GuiFixture m_gui;
};

void TestGuiHeight::init()
{
    QVERIFY2(m_gui.start(), qPrintable(m_gui.errorString()));
    m_gui.server->registerPhone(Phone, PhoneKey);
}

void TestGuiHeight::cleanup()
{
    m_gui.stop();
}

MainWindow* TestGuiHeight::openWindow()
{
    MainWindow* window = m_gui.createWindow();
    if (!m_gui.show(/*activate=*/true))
        qWarning("window not exposed");
    return window;
}

void TestGuiHeight::showToken()
{
    child<QLineEdit>("phoneLineEdit")->setText(Phone);
    auto* request = child<QPushButton>("requestTestKeyButton");
    QTRY_VERIFY(request->isEnabled());
    request->click();
    auto* getJwt = child<QPushButton>("getJwtButton");
    QTRY_VERIFY(getJwt->isEnabled());
    getJwt->click();
    QTRY_VERIFY(!child<QPlainTextEdit>("tokenTextEdit")->toPlainText().isEmpty());
}

void TestGuiHeight::showBannerAndClaims()
{
    m_gui.window->session(EnvironmentKind::Sandbox)
        ->setMessage(EnvironmentSession::MessageLevel::Warning, longWarning());
    QTRY_VERIFY(child<QWidget>("messageBanner")->isVisible());
    child<QToolButton>("claimsToggleButton")->click();
    QTRY_VERIFY(child<QWidget>("claimsTreeWidget")->isVisible());
}

void TestGuiHeight::hideBannerAndClaims()
{
    child<QToolButton>("claimsToggleButton")->click();
    QTRY_VERIFY(!child<QWidget>("claimsTreeWidget")->isVisible());
    child<QToolButton>("dismissButton")->click();
    QTRY_VERIFY(!child<QWidget>("messageBanner")->isVisible());
}

void TestGuiHeight::verifyShowsAllOrFillsTheScreen()
{
    MainWindow* window = m_gui.window.get();
    auto* area = child<QScrollArea>("contentsScrollArea");
    const int screenHeight = window->screen()->availableGeometry().height();
    QTRY_VERIFY2(!area->verticalScrollBar()->isVisible() || window->frameGeometry().height() >= screenHeight,
                 qPrintable(QStringLiteral("%1 px tall on a %2 px screen, scrolling %3 px")
                                .arg(window->height())
                                .arg(screenHeight)
                                .arg(area->verticalScrollBar()->maximum())));
}

void TestGuiHeight::growsForBannerAndClaimsAndGivesTheHeightBack()
{
    MainWindow* window = openWindow();
    const int start = window->height();
    showToken();
    QCOMPARE(window->height(), start);

    showBannerAndClaims();
    // They need more than the room the window opened with: it grows, and all of it shows.
    QTRY_VERIFY2(window->height() > start, qPrintable(QString::number(window->height())));
    verifyShowsAllOrFillsTheScreen();
    QVERIFY(window->frameGeometry().height() <= window->screen()->availableGeometry().height());

    hideBannerAndClaims();
    QTRY_COMPARE(window->height(), start);

    // Again: the same growth, the same way back.
    showBannerAndClaims();
    QTRY_VERIFY(window->height() > start);
    hideBannerAndClaims();
    QTRY_COMPARE(window->height(), start);
}

void TestGuiHeight::grownHeightIsNotRememberedForTheNextStart()
{
    MainWindow* window = openWindow();
    const int start = window->height();
    showToken();
    showBannerAndClaims();
    QTRY_VERIFY(window->height() > start);

    // Closed while grown: the next start comes back at the height the window had before it grew.
    window->close();
    m_gui.destroyWindow();
    m_gui.settings->sync();
    window = openWindow();
    QCOMPARE(window->height(), start);
    QTest::qWait(50);
    QCOMPARE(window->height(), start);
}

void TestGuiHeight::userResizeIsKept()
{
    MainWindow* window = openWindow();
    const int start = window->height();
    showToken();
    showBannerAndClaims();
    QTRY_VERIFY(window->height() > start);

    // The user makes the grown window a little shorter (it scrolls then): that size is theirs.
    const QSize userSize(window->width() + 20, window->height() - 30);
    window->resize(userSize);
    QTRY_COMPARE(window->size(), userSize);
    hideBannerAndClaims();
    QTest::qWait(50);
    QCOMPARE(window->size(), userSize);

    // And it is what the next start remembers.
    window->close();
    m_gui.destroyWindow();
    m_gui.settings->sync();
    window = openWindow();
    QCOMPARE(window->size(), userSize);

    // Growing starts again from the user's height, and comes back to it.
    showToken();
    showBannerAndClaims();
    QTRY_VERIFY(window->height() > userSize.height());
    hideBannerAndClaims();
    QTRY_COMPARE(window->size(), userSize);
}

QTEST_MAIN(TestGuiHeight)
#include "tst_gui_height.moc"
