// SPDX-License-Identifier: MIT
#pragma once

#include <QPixmap>
#include <QProxyStyle>

namespace novapost::gui {

/**
 * @brief The style Qt picked for the application, unchanged in looks, minus two costs that would
 * delay the first frame.
 *
 * - Qt asks the style for the menu bar's overflow arrow when a menu bar is created and for a line
 *   edit's clear icon when its clear button is enabled: each means searching the icon theme and
 *   loading image files. The arrow shows only when the window is too narrow for its menus, the
 *   clear icon only once a field has text, so these icons are handed out as placeholders that
 *   load the real icon from the wrapped style when first drawn or measured.
 * - Fusion, the usual style on Linux desktops, draws group box frames from a PNG. Decoding an
 *   application's first PNG file makes Qt load every image format plugin installed (SVG, JPEG, GIF,
 *   ICO, ...) to ask whether one of them wants it, about 3 ms before the first frame. With Qt 6.4,
 *   where this frame was checked pixel for pixel against Fusion's own, it is drawn here from the
 *   same image, read as the PNG it is.
 */
class StartupFriendlyStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    /** Wraps @p base (the style the application would use anyway) and takes ownership of it. */
    explicit StartupFriendlyStyle(QStyle* base);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;

    /** Whether @p standardIcon is handed out as a placeholder that loads on first use. */
    static bool isLoadedOnFirstUse(StandardPixmap standardIcon);
    /** Whether group box frames are drawn here rather than by the wrapped style. */
    bool drawsGroupBoxFrames() const;

private:
    bool drawFusionGroupBoxFrame(const QStyleOption* option, QPainter* painter, const QWidget* widget) const;

    bool m_baseIsFusion = false;
    mutable bool m_groupBoxFrameLoaded = false;
    mutable QPixmap m_groupBoxFrame;
};

} // namespace novapost::gui
