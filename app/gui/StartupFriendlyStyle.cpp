// SPDX-License-Identifier: MIT
#include "StartupFriendlyStyle.h"

#include <qdrawutil.h>
#include <QGroupBox>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>

#include <algorithm>

namespace novapost::gui {

namespace {

// Where Fusion keeps its group box frame, and how it lays the frame out (checked against Qt 6.4).
constexpr auto FusionGroupBoxFrameFile = ":/qt-project.org/styles/commonstyle/images/fusion_groupbox.png";
constexpr int FusionGroupBoxTopMargin = 3;
constexpr int FusionGroupBoxFrameBorder = 6;

/** Stands in for a standard icon and asks the style for the real one when it is first needed. */
class DeferredStandardIconEngine final : public QIconEngine
{
public:
    DeferredStandardIconEngine(QStyle* style, QStyle::StandardPixmap standardIcon)
        : m_style(style)
        , m_standardIcon(standardIcon)
    {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }

    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }

    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }

    bool isNull() override { return false; }
    QString key() const override { return QStringLiteral("novapost-deferred-standard-icon"); }
    QIconEngine* clone() const override { return new DeferredStandardIconEngine(*this); }

private:
    const QIcon& icon()
    {
        if (!m_loaded) {
            m_loaded = true;
            if (m_style)
                m_icon = m_style->standardIcon(m_standardIcon);
        }
        return m_icon;
    }

    QPointer<QStyle> m_style;
    QStyle::StandardPixmap m_standardIcon;
    bool m_loaded = false;
    QIcon m_icon;
};

} // namespace

StartupFriendlyStyle::StartupFriendlyStyle(QStyle* base)
    : QProxyStyle(base)
    , m_baseIsFusion(baseStyle()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0)
{}

bool StartupFriendlyStyle::isLoadedOnFirstUse(StandardPixmap standardIcon)
{
    switch (standardIcon) {
    case SP_ToolBarHorizontalExtensionButton:
    case SP_ToolBarVerticalExtensionButton:
    case SP_LineEditClearButton:
        return true;
    default:
        return false;
    }
}

QIcon StartupFriendlyStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption* option,
                                         const QWidget* widget) const
{
    if (!isLoadedOnFirstUse(standardIcon))
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    return QIcon(new DeferredStandardIconEngine(baseStyle(), standardIcon));
}

bool StartupFriendlyStyle::drawsGroupBoxFrames() const
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 4, 0) && QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    return m_baseIsFusion;
#else
    // Other Qt versions lay the frame out differently; they keep Fusion's own drawing.
    return false;
#endif
}

void StartupFriendlyStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
                                         QPainter* painter, const QWidget* widget) const
{
    if (element == PE_FrameGroupBox && drawFusionGroupBoxFrame(option, painter, widget))
        return;
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

bool StartupFriendlyStyle::drawFusionGroupBoxFrame(const QStyleOption* option, QPainter* painter,
                                                   const QWidget* widget) const
{
    if (!drawsGroupBoxFrames())
        return false;
    if (!m_groupBoxFrameLoaded) {
        m_groupBoxFrameLoaded = true;
        // Named as a PNG with detection off, the reader decodes it without asking every plugin.
        QImageReader reader(QString::fromLatin1(FusionGroupBoxFrameFile), "png");
        reader.setAutoDetectImageFormat(false);
        m_groupBoxFrame = QPixmap::fromImage(reader.read());
    }
    if (m_groupBoxFrame.isNull())
        return false;

    // The frame starts below the title line, unless there is no title and no check box.
    const auto* box = qobject_cast<const QGroupBox*>(widget);
    const bool hasTitleLine = !box || box->isCheckable() || !box->title().isEmpty();
    const int titleHeight = hasTitleLine ? std::max(baseStyle()->pixelMetric(PM_ExclusiveIndicatorHeight),
                                                    option->fontMetrics.height())
                                         : 0;
    const QRect frame = option->rect.adjusted(0, titleHeight + FusionGroupBoxTopMargin, 0, 0);
    const int border = FusionGroupBoxFrameBorder;
    qDrawBorderPixmap(painter, frame, QMargins(border, border, border, border), m_groupBoxFrame);
    return true;
}

} // namespace novapost::gui
