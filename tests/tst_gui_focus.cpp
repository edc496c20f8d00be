// SPDX-License-Identifier: MIT
// Keyboard focus is visible on every tab stop of the window: walks the whole tab chain with Tab key
// presses, in the Fusion style and in the platform's default style, on the sandbox and the production
// page with a token shown, the claims panel open and a message banner up. Offscreen against the fake
// server, with a ManualClock so nothing on screen changes but the focus.
#include "EnvironmentSession.h"
#include "GuiFixture.h"
#include "MainWindow.h"

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <cstdlib>
#include <memory>

using namespace novapost;
using namespace novapost::gui;

namespace {

const QString Phone = QStringLiteral("498213437654");
const QString PhoneKey = QStringLiteral("78b97003b587d7758bede604fd185e3e");
const QString ProductionKey = QStringLiteral("prod-key-0123456789abcdef");

/** Where a focus indication may be drawn: the widget and a few pixels around it (outer focus frames). */
QImage focusArea(const QWidget* widget)
{
    // Laid out as on screen: shown panels move the widgets only once the layouts have run.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    QWidget* parent = widget->parentWidget();
    const int margin = 4;
    const QRect area = widget->geometry().adjusted(-margin, -margin, margin, margin) & parent->rect();
    return parent->grab(area).toImage();
}

/**
 * How many pixels of @p a and @p b differ enough for an eye to notice (by a sixth of the range in a colour
 * channel). A view's selection shifting its shade by a few levels on focus is not a focus mark.
 */
int visiblyDifferentPixels(const QImage& a, const QImage& b)
{
    if (a.size() != b.size())
        return a.width() * a.height();
    const QImage first = a.convertToFormat(QImage::Format_RGB32);
    const QImage second = b.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < first.height(); ++y) {
        const auto* lineA = reinterpret_cast<const QRgb*>(first.constScanLine(y));
        const auto* lineB = reinterpret_cast<const QRgb*>(second.constScanLine(y));
        for (int x = 0; x < first.width(); ++x) {
            const int difference = std::max({std::abs(qRed(lineA[x]) - qRed(lineB[x])),
                                             std::abs(qGreen(lineA[x]) - qGreen(lineB[x])),
                                             std::abs(qBlue(lineA[x]) - qBlue(lineB[x]))});
            if (difference >= 255 / 6)
                ++count;
        }
    }
    return count;
}

/** Fewer changed pixels than a one-pixel line along the side of the smallest button is no visible mark. */
constexpr int MinimumFocusMarkPixels = 40;

QString describe(const QWidget* widget)
{
    QString name = widget->objectName();
    if (name.isEmpty())
        name = widget->accessibleName();
    if (name.isEmpty())
        if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
            name = button->text();
    return QStringLiteral("%1 “%2”").arg(QString::fromLatin1(widget->metaObject()->className()), name);
}

/** The first widget of @p window's focus chain that Tab can reach. */
QWidget* firstTabStop(QWidget* window)
{
    for (QWidget* widget = window->nextInFocusChain(); widget != window;
         widget = widget->nextInFocusChain()) {
        if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisible() && widget->isEnabled())
            return widget;
    }
    return nullptr;
}

} // namespace

class TestGuiFocus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tabChain_focusVisibleOnEveryStop_data();
    void tabChain_focusVisibleOnEveryStop();

private:
    template<typename T>
    T* child(const char* name) const
    {
        return m_gui.child<T>(name);
    }
    void showSandboxToken();
    void showProductionToken();
    void openClaims();

    test::GuiFixture m_gui;
    QString m_defaultStyle;
};

void TestGuiFocus::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    m_defaultStyle = QApplication::style()->name();
    qInfo("The platform's default style here: %s", qPrintable(m_defaultStyle));
}

void TestGuiFocus::init()
{
    QVERIFY2(m_gui.start(), qPrintable(m_gui.errorString()));
    m_gui.server->registerPhone(Phone, PhoneKey);
    m_gui.server->addApiKey(ProductionKey);
}

void TestGuiFocus::cleanup()
{
    m_gui.stop();
    QApplication::setStyle(QStyleFactory::create(m_defaultStyle));
}

void TestGuiFocus::showSandboxToken()
{
    auto* edit = child<QLineEdit>("phoneLineEdit");
    edit->setText(Phone);
    auto* request = child<QPushButton>("requestTestKeyButton");
    QTRY_VERIFY(request->isEnabled());
    request->click();
    QTRY_VERIFY(m_gui.keys->entry(EnvironmentKind::Sandbox, Phone).has_value());
    auto* getJwt = child<QPushButton>("getJwtButton");
    QTRY_VERIFY(getJwt->isEnabled());
    getJwt->click();
    QTRY_VERIFY(!child<QPlainTextEdit>("tokenTextEdit")->toPlainText().isEmpty());
}

void TestGuiFocus::showProductionToken()
{
    auto* getJwt = child<QPushButton>("getJwtButton");
    QTRY_VERIFY(getJwt->isEnabled());
    getJwt->click();
    QTRY_VERIFY(!child<QPlainTextEdit>("tokenTextEdit")->toPlainText().isEmpty());
}

void TestGuiFocus::openClaims()
{
    auto* toggle = child<QToolButton>("claimsToggleButton");
    QVERIFY(toggle->isVisible());
    toggle->click();
    QTRY_VERIFY(child<QWidget>("claimsTreeWidget")->isVisible());
}

void TestGuiFocus::tabChain_focusVisibleOnEveryStop_data()
{
    QTest::addColumn<QString>("style");
    QTest::addColumn<bool>("production");
    QTest::addColumn<bool>("tokenReplaced");

    QStringList styles{QStringLiteral("Fusion")};
    if (QApplication::style()->name().compare(QLatin1String("Fusion"), Qt::CaseInsensitive) != 0)
        styles.append(QApplication::style()->name());
    for (const QString& style : styles) {
        QTest::addRow("%s sandbox", qPrintable(style)) << style << false << false;
        QTest::addRow("%s production", qPrintable(style)) << style << true << false;
        // The claims list refilled for a new token after it had focus: it needs a current row again.
        QTest::addRow("%s sandbox, second token", qPrintable(style)) << style << false << true;
    }
}

void TestGuiFocus::tabChain_focusVisibleOnEveryStop()
{
    QFETCH(QString, style);
    QFETCH(bool, production);
    QFETCH(bool, tokenReplaced);
    QApplication::setStyle(QStyleFactory::create(style));

    if (production)
        m_gui.storeProductionKey(QStringLiteral("Acme"), ProductionKey);
    MainWindowOptions options = m_gui.options();
    options.environment = production ? EnvironmentKind::Production : EnvironmentKind::Sandbox;
    MainWindow* window = m_gui.createWindow(options);
    QVERIFY(m_gui.show(/*activate=*/true));
    QTRY_COMPARE(QApplication::activeWindow(), window);
    if (production)
        showProductionToken();
    else
        showSandboxToken();
    openClaims();
    if (tokenReplaced) {
        auto* claims = child<QWidget>("claimsTreeWidget");
        claims->setFocus(Qt::TabFocusReason);
        auto* tokenEdit = child<QPlainTextEdit>("tokenTextEdit");
        const QString firstToken = tokenEdit->toPlainText();
        child<QPushButton>("getJwtButton")->click();
        QTRY_VERIFY(!tokenEdit->toPlainText().isEmpty() && tokenEdit->toPlainText() != firstToken);
        QTRY_VERIFY(claims->isVisible());
    }
    // A banner with its Retry and Dismiss buttons.
    window->session(*options.environment)
        ->setMessage(EnvironmentSession::MessageLevel::Warning, QStringLiteral("Something to read."),
                     EnvironmentSession::Action::GetJwt);
    QTRY_VERIFY(child<QWidget>("messageBanner")->isVisible());

    QWidget* first = firstTabStop(window);
    QVERIFY(first);
    // Reached by keys, as a user would: styles draw some focus marks only after keyboard navigation.
    first->setFocus(Qt::TabFocusReason);
    QTest::keyClick(first, Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::focusWidget(), first);

    // Set to a directory to keep each stop's pictures, with and without focus, for a look.
    const QString shotDir = qEnvironmentVariable("NOVAPOST_FOCUS_SHOTS");
    QStringList invisible;
    QStringList stops;
    QWidget* current = first;
    // Each Tab press is a stop; a widget with stops inside (a label's links) keeps focus for several.
    QList<QImage> focusedStops;
    for (int press = 0; press < 80; ++press) {
        focusedStops.append(focusArea(current));
        QTest::keyClick(current, Qt::Key_Tab);
        QWidget* next = QApplication::focusWidget();
        QVERIFY(next);
        if (next == current)
            continue;
        // Nothing focused while the area is grabbed again, so that a stop holding other stops (a scroll
        // area) does not pass on their focus marks.
        next->clearFocus();
        const QImage unfocused = focusArea(current);
        next->setFocus(Qt::TabFocusReason);
        for (int inside = 0; inside < focusedStops.size(); ++inside) {
            const QString name = focusedStops.size() == 1 ? describe(current)
                                                          : QStringLiteral("%1 (stop %2 of %3 inside)")
                                                                .arg(describe(current))
                                                                .arg(inside + 1)
                                                                .arg(focusedStops.size());
            stops.append(name);
            if (!shotDir.isEmpty()) {
                const QString file = QStringLiteral("%1/%2-%3-%4")
                                         .arg(shotDir, QString::fromLatin1(QTest::currentDataTag())
                                                           .replace(QLatin1Char(' '), QLatin1Char('-')))
                                         .arg(stops.size(), 2, 10, QLatin1Char('0'))
                                         .arg(current->objectName());
                focusedStops.at(inside).save(file + QStringLiteral("-focused.png"));
                unfocused.save(file + QStringLiteral("-unfocused.png"));
            }
            if (current->width() <= 0 || current->height() <= 0)
                invisible.append(name + QStringLiteral(" (no size)"));
            else if (const int changed = visiblyDifferentPixels(focusedStops.at(inside), unfocused);
                     changed < MinimumFocusMarkPixels)
                invisible.append(QStringLiteral("%1 (%2 px change)").arg(name).arg(changed));
        }
        focusedStops.clear();
        current = next;
        if (current == first)
            break;
    }
    QCOMPARE(current, first);
    qInfo("%lld tab stops: %s", qlonglong(stops.size()), qPrintable(stops.join(QStringLiteral(", "))));
    QVERIFY2(
        invisible.isEmpty(),
        qPrintable(QStringLiteral("focus not visible on: %1").arg(invisible.join(QStringLiteral(", ")))));
}

QTEST_MAIN(TestGuiFocus)
#include "tst_gui_focus.moc"
