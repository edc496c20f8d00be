// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>
#include <optional>

class QObject;
class QWidget;

namespace novapost::gui {

/**
 * @brief Asks for an existing file in a window-modal file dialog, without a nested event loop.
 *
 * Tests answer ahead of time with setNextFileName(), so no dialog ever opens in them.
 */
class FileChooser
{
public:
    /** Gets the chosen path, or an empty string when the dialog was cancelled. */
    using Callback = std::function<void(const QString& path)>;

    /** @p callback runs later on the event loop, and not at all if @p context is destroyed first. */
    static void chooseExistingFile(QWidget* parent, const QString& title, const QString& nameFilter,
                                   QObject* context, Callback callback);

    /** For tests: the next chooseExistingFile() answers @p path (empty: cancelled) without a dialog. */
    static void setNextFileName(std::optional<QString> path);

private:
    static std::optional<QString> s_nextFileName;
};

} // namespace novapost::gui
