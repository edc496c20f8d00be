// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

class QWidget;

namespace novapost::gui {

/**
 * @brief Restores a window's saved geometry so that it fits the screen it lands on.
 *
 * A geometry saved on a bigger monitor (or at a lower scale factor) can be larger than the screen
 * now. Qt 6.8's QWidget::restoreGeometry shrinks such a window to the screen; Qt 6.4's keeps it
 * larger than the screen, with the title bar or the buttons out of reach. Bounding the size here
 * gives the same window on every Qt version.
 */
class RestoredGeometry final
{
public:
    /** Restores @p saved on @p window; false (window untouched) if @p saved is empty or invalid. */
    static bool restore(QWidget* window, const QByteArray& saved);
};

} // namespace novapost::gui
