// SPDX-License-Identifier: MIT
#include "RestoredGeometry.h"

#include <QScreen>
#include <QWidget>

namespace novapost::gui {

bool RestoredGeometry::restore(QWidget* window, const QByteArray& saved)
{
    if (saved.isEmpty() || !window->restoreGeometry(saved))
        return false;
    if (const QScreen* screen = window->screen()) {
        const QSize available = screen->availableGeometry().size();
        if (window->width() > available.width() || window->height() > available.height())
            window->resize(window->size().boundedTo(available));
    }
    return true;
}

} // namespace novapost::gui
