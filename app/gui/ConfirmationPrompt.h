// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>
#include <optional>

class QObject;
class QWidget;

namespace novapost::gui {

/**
 * @brief Asks a yes/no question in a window-modal message box without a nested event loop.
 *
 * Tests answer ahead of time with setNextAnswer(), so no dialog ever opens in them.
 */
class ConfirmationPrompt
{
public:
    using Callback = std::function<void(bool confirmed)>;

    /** @p callback runs later on the event loop, and not at all if @p context is destroyed first. */
    static void ask(QWidget* parent, const QString& title, const QString& text, const QString& confirmLabel,
                    QObject* context, Callback callback);

    /** For tests: the next ask() answers @p answer without showing anything. */
    static void setNextAnswer(std::optional<bool> answer);
    /** How many questions were asked (shown or answered by the seam); for tests. */
    static int askedCount();

private:
    static std::optional<bool> s_nextAnswer;
    static int s_askedCount;
};

} // namespace novapost::gui
