// SPDX-License-Identifier: MIT
#pragma once

#include <QKeySequence>
#include <QString>

/**
 * @brief The window's own keys, in one place for what takes them and for the texts that name them.
 *
 * Texts name a key as the platform and the language show it in menus: ⌘G on macOS, Strg+G with
 * Qt's German catalogue, Ctrl+G elsewhere.
 */
namespace novapost::gui::shortcuts {

inline QKeySequence getJwt()
{
    return QKeySequence(Qt::CTRL | Qt::Key_G);
}

inline QKeySequence getFreshJwt()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G);
}

inline QKeySequence copyJwt()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
}

/** @p keys as the menus show them. */
inline QString text(const QKeySequence& keys)
{
    return keys.toString(QKeySequence::NativeText);
}

} // namespace novapost::gui::shortcuts
