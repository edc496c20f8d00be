// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

class QLabel;
class QWidget;

namespace novapost::gui {

/**
 * @brief Small pieces the window's views share: labels and how dates read in them.
 *
 * The views' texts are translated in the window's context ("novapost::gui::MainWindow"), where the
 * shipped catalogues already hold them.
 */
namespace viewparts {

/** A label that wraps its text onto more lines when the window is narrow. */
QLabel* wrappingLabel(const QString& objectName, QWidget* parent);

/** A bold section heading, in place of a group box frame. */
QLabel* heading(const QString& text, const QString& objectName, QWidget* parent);

/** Date and time in the locale's short format; @p missing when @p when is not set. */
QString dateText(const QDateTime& when, const QString& missing);

/** Just the day: key lifetimes are a year, so the time of day is noise in a table. */
QString dayText(const QDateTime& when, const QString& missing);

} // namespace viewparts

} // namespace novapost::gui
