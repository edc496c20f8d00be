// SPDX-License-Identifier: MIT
#pragma once

#include <QMenu>
#include <QWidget>

class QLabel;
class QPushButton;

namespace novapost::gui {

class WindowSettings;

class ClipboardAutoClear;

/**
 * @brief Status bar part: "Production JWT on the clipboard · clears in 0:42" and Clear now, visible only
 * while our token is on the clipboard.
 */
class ClipboardStatusWidget : public QWidget
{
    Q_OBJECT

public:
    ClipboardStatusWidget(ClipboardAutoClear* autoClear, QWidget* parent = nullptr);

    /** "m:ss", minutes not padded: "0:42", "4:05". */
    static QString formatTimeLeft(qint64 seconds);
    /**
     * Whose token is on the clipboard and when it leaves, in the current language ("Production JWT
     * on the clipboard · clears in 0:42"); empty while none of ours is there. The tray says the same.
     */
    static QString statusText(const ClipboardAutoClear* autoClear);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    ClipboardAutoClear* m_autoClear;
    QLabel* m_label;
    QPushButton* m_clearButton;
};

/**
 * @brief Settings → Clear clipboard after: 30 s, 1, 2, 5 minutes or never; remembered in the settings.
 */
class ClipboardDelayMenu : public QMenu
{
    Q_OBJECT

public:
    /** Applies the remembered delay to @p autoClear at once; neither pointer is owned. */
    ClipboardDelayMenu(ClipboardAutoClear* autoClear, WindowSettings* settings, QWidget* parent = nullptr);
};

} // namespace novapost::gui
