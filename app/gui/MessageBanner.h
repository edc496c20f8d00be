// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace novapost::gui {

/**
 * @brief An inline, non-modal message strip with an optional Retry button.
 *
 * Errors stay in the window next to what caused them instead of in a dialog that blocks it.
 * The text is shown as plain text because it may quote the server.
 */
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Info, Warning, Error };

    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(Level level, const QString& text, bool offerRetry);
    void clearMessage();

    Level level() const { return m_level; }
    QString text() const;
    bool isRetryOffered() const;

signals:
    void retryRequested();
    void dismissed();

private:
    void applyLevelStyle();

    QLabel* m_icon;
    QLabel* m_label;
    QLabel* m_timeLabel;
    QPushButton* m_retryButton;
    QToolButton* m_dismissButton;
    Level m_level = Level::Info;
};

} // namespace novapost::gui
