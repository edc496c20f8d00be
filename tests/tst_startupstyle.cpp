// SPDX-License-Identifier: MIT
// StartupFriendlyStyle: the window's style must look exactly like the style it wraps.
#include "FirstPaint.h"
#include "StartupFriendlyStyle.h"

#include <QApplication>
#include <QGroupBox>
#include <QImage>
#include <QLineEdit>
#include <QMenuBar>
#include <QPainter>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>

using novapost::gui::FirstPaint;
using novapost::gui::StartupFriendlyStyle;

namespace {

QImage render(QWidget& widget, QStyle* style, qreal devicePixelRatio)
{
    widget.setStyle(style);
    widget.ensurePolished();
    QImage image(widget.size() * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    widget.render(&image);
    return image;
}

QImage iconImage(const QIcon& icon, qreal devicePixelRatio = 1.0)
{
    return icon.pixmap(QSize(16, 16), devicePixelRatio).toImage().convertToFormat(QImage::Format_ARGB32);
}

} // namespace

class TestStartupStyle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_fusion.reset(QStyleFactory::create(QStringLiteral("fusion")));
        m_wrapped = new StartupFriendlyStyle(QStyleFactory::create(QStringLiteral("fusion")));
        m_wrappedOwner.reset(m_wrapped);
        QVERIFY(m_fusion && m_wrapped->baseStyle());
    }

    void groupBoxFrame_sameAsFusion_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("checkable");
        QTest::addColumn<bool>("flat");
        QTest::addColumn<qreal>("devicePixelRatio");
        for (qreal ratio : {1.0, 2.0}) {
            const QByteArray scale = ratio == 1.0 ? "100%" : "200%";
            QTest::newRow(QByteArray("titled " + scale).constData())
                << QStringLiteral("Sandbox test key") << false << false << ratio;
            QTest::newRow(QByteArray("untitled " + scale).constData())
                << QString() << false << false << ratio;
            QTest::newRow(QByteArray("checkable " + scale).constData())
                << QStringLiteral("Keys") << true << false << ratio;
            QTest::newRow(QByteArray("flat " + scale).constData())
                << QStringLiteral("Flat") << false << true << ratio;
        }
    }

    void groupBoxFrame_sameAsFusion()
    {
        QFETCH(QString, title);
        QFETCH(bool, checkable);
        QFETCH(bool, flat);
        QFETCH(qreal, devicePixelRatio);
#if QT_VERSION >= QT_VERSION_CHECK(6, 4, 0) && QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        QVERIFY(m_wrapped->drawsGroupBoxFrames());
#endif
        QGroupBox box(title);
        box.setCheckable(checkable);
        box.setFlat(flat);
        box.resize(180, 90);
        const QImage byFusion = render(box, m_fusion.get(), devicePixelRatio);
        const QImage byWrapper = render(box, m_wrapped, devicePixelRatio);
        QCOMPARE(byWrapper.size(), byFusion.size());
        // Something was drawn at all, so equality below means the frame is there in both.
        QImage blank(byFusion.size(), byFusion.format());
        blank.setDevicePixelRatio(devicePixelRatio);
        blank.fill(Qt::white);
        QVERIFY(byFusion != blank);
        QVERIFY2(byWrapper == byFusion, "the wrapped style drew the group box differently from Fusion");
    }

    void deferredIcons_sameAsWrappedStyle_data()
    {
        QTest::addColumn<int>("standardIcon");
        QTest::newRow("menu bar overflow") << int(QStyle::SP_ToolBarHorizontalExtensionButton);
        QTest::newRow("tool bar overflow") << int(QStyle::SP_ToolBarVerticalExtensionButton);
        QTest::newRow("line edit clear") << int(QStyle::SP_LineEditClearButton);
        QTest::newRow("not deferred: warning") << int(QStyle::SP_MessageBoxWarning);
    }

    void deferredIcons_sameAsWrappedStyle()
    {
        QFETCH(int, standardIcon);
        const auto which = QStyle::StandardPixmap(standardIcon);
        const QIcon expected = m_fusion->standardIcon(which);
        const QIcon icon = m_wrapped->standardIcon(which);
        QVERIFY(!expected.isNull());
        QVERIFY(!icon.isNull());
        QCOMPARE(iconImage(icon), iconImage(expected));
        QCOMPARE(iconImage(icon, 2.0), iconImage(expected, 2.0));
        QCOMPARE(icon.actualSize(QSize(16, 16)), expected.actualSize(QSize(16, 16)));
        // A copy detaches the placeholder and still draws the real icon.
        QIcon copy = icon;
        copy.detach();
        QCOMPARE(iconImage(copy), iconImage(expected));
    }

    void deferredIcons_onlyTheRarelySeenOnes()
    {
        QVERIFY(StartupFriendlyStyle::isLoadedOnFirstUse(QStyle::SP_LineEditClearButton));
        QVERIFY(StartupFriendlyStyle::isLoadedOnFirstUse(QStyle::SP_ToolBarHorizontalExtensionButton));
        QVERIFY(!StartupFriendlyStyle::isLoadedOnFirstUse(QStyle::SP_MessageBoxCritical));
        QVERIFY(!StartupFriendlyStyle::isLoadedOnFirstUse(QStyle::SP_DialogOkButton));
    }

    void lineEditClearButton_drawnWithTheRealIcon()
    {
        // With text, the clear button shows: the placeholder must paint what Fusion would.
        QLineEdit byFusion(QStringLiteral("+49 821 343 7654"));
        QLineEdit byWrapper(QStringLiteral("+49 821 343 7654"));
        for (QLineEdit* edit : {&byFusion, &byWrapper}) {
            edit->resize(200, 28);
            edit->setClearButtonEnabled(true);
        }
        QCOMPARE(render(byWrapper, m_wrapped, 1.0), render(byFusion, m_fusion.get(), 1.0));
    }

    void firstPaint_runsDeferredWorkOnceAfterThePaint()
    {
        QWidget window;
        window.resize(120, 80);
        int runs = 0;
        FirstPaint::then(&window, [&runs] { ++runs; });
        QCoreApplication::processEvents();
        QCOMPARE(runs, 0); // not shown, not painted
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(runs, 1);
        window.update();
        window.repaint();
        QTest::qWait(20);
        QCOMPARE(runs, 1);
    }

private:
    std::unique_ptr<QStyle> m_fusion;
    std::unique_ptr<QStyle> m_wrappedOwner;
    StartupFriendlyStyle* m_wrapped = nullptr;
};

QTEST_MAIN(TestStartupStyle)
#include "tst_startupstyle.moc"
