// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QFrame>
#include <QMargins>

class QLabel;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace novapost::gui {

/**
 * @brief Shows one JWT: the token, a countdown to its expiry, Copy, and "Get JWT" again afterwards.
 *
 * Only displays what it is told; the countdown arithmetic lives in TokenCountdown.
 */
class TokenPanel : public QFrame
{
    Q_OBJECT

public:
    /** Below this many seconds the progress bar turns red: time to get a new token soon. */
    static constexpr qint64 WarningSeconds = 5 * 60;

    explicit TokenPanel(QWidget* parent = nullptr);

    void showEmpty(bool production);
    /** @p source says which key made the token, e.g. "the test key for +49…". */
    void showToken(const QString& token, const QDateTime& expiresAt, qint64 lifetimeSeconds,
                   const QString& source, bool production, bool expiryAssumed);
    void showSecondsLeft(qint64 secondsLeft);
    void showExpired(bool production);
    void showCopied();
    void focusCopyButton();
    void focusGetNewButton();
    /** Adds a small button beside Copy that opens @p menu (other ways to copy); not owned. */
    void setCopyMenu(QMenu* menu);
    /** A remark under the countdown, e.g. that the countdown follows the server's clock; empty hides it. */
    void setNote(const QString& text);
    /** "Sandbox JWT" or "Production JWT". */
    QString title() const;

signals:
    void copyRequested();
    void getNewRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setTitleFor(bool production);
    /** Shows @p text beside Copy for a moment. */
    void flashBesideCopy(const QString& text);
    void setTokenText(const QString& token);

    QLabel* m_headingLabel;
    QPlainTextEdit* m_tokenEdit;
    QPushButton* m_copyButton;
    QLabel* m_copiedLabel;
    QLabel* m_statusLabel;
    QLabel* m_countdownLabel;
    QProgressBar* m_progressBar;
    QLabel* m_expiryLabel;
    QPushButton* m_getNewButton;
    QLabel* m_noteLabel = nullptr;
    QLabel* m_headerHintLabel = nullptr;
    QToolButton* m_copyMenuButton = nullptr;
    quint64 m_copiedGeneration = 0;
    QMargins m_framedMargins;
};

} // namespace novapost::gui
