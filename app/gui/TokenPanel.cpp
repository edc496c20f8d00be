// SPDX-License-Identifier: MIT
#include "TokenPanel.h"

#include "FocusFramed.h"
#include "Shortcuts.h"
#include "TokenCountdown.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace novapost::gui {

TokenPanel::TokenPanel(QWidget* parent)
    : QFrame(parent)
    , m_headingLabel(new QLabel(this))
    , m_tokenEdit(new FocusFramed<QPlainTextEdit>(this))
    , m_copyButton(new QPushButton(tr("&Copy"), this))
    , m_copiedLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_countdownLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_expiryLabel(new QLabel(this))
    , m_getNewButton(new QPushButton(tr("Get &JWT"), this))
{
    setObjectName(QStringLiteral("tokenPanel"));
    m_headingLabel->setObjectName(QStringLiteral("tokenHeadingLabel"));
    QFont bold = m_headingLabel->font();
    bold.setBold(true);
    m_headingLabel->setFont(bold);

    m_tokenEdit->setObjectName(QStringLiteral("tokenTextEdit"));
    m_tokenEdit->setReadOnly(true);
    m_tokenEdit->setWordWrapMode(QTextOption::WrapAnywhere);
    m_tokenEdit->setTabChangesFocus(true);
    // Five lines: a Nova Post JWT is 300-700 characters, and the whole token should be visible.
    // Measured in the window's font, which the system's fixed font matches in line height closely
    // enough; that font is loaded only once a token is shown (setTokenText).
    m_tokenEdit->setFixedHeight(
        m_tokenEdit->fontMetrics().lineSpacing() * 5 +
        2 * (m_tokenEdit->frameWidth() + int(m_tokenEdit->document()->documentMargin())));
    m_tokenEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_tokenEdit->setAccessibleName(tr("JSON Web Token"));
    m_tokenEdit->setContextMenuPolicy(Qt::NoContextMenu);
    // Copying goes through Copy only, which marks the token as secret for clipboard managers and
    // clears it later; a selection would also land in the X11 primary selection, never cleared.
    m_tokenEdit->setTextInteractionFlags(Qt::NoTextInteraction);
    // So Ctrl+C in the box, which copies nothing, can say how to copy instead.
    m_tokenEdit->installEventFilter(this);

    m_copyButton->setObjectName(QStringLiteral("copyTokenButton"));
    m_copyButton->setToolTip(
        tr("Copy the JWT to the clipboard (%1)").arg(shortcuts::text(shortcuts::copyJwt())));
    m_copyButton->setAccessibleName(tr("Copy JWT"));
    m_copiedLabel->setObjectName(QStringLiteral("copiedLabel"));
    m_copiedLabel->hide();

    m_statusLabel->setObjectName(QStringLiteral("tokenStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_countdownLabel->setObjectName(QStringLiteral("countdownLabel"));
    QFont big = m_countdownLabel->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_countdownLabel->setFont(big);
    m_progressBar->setObjectName(QStringLiteral("countdownProgressBar"));
    m_progressBar->setTextVisible(false);
    m_progressBar->setAccessibleName(tr("Time left before the JWT expires"));
    m_expiryLabel->setObjectName(QStringLiteral("expiryLabel"));
    m_expiryLabel->setWordWrap(true);
    m_expiryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_getNewButton->setObjectName(QStringLiteral("getNewJwtButton"));
    m_getNewButton->setAccessibleName(tr("Get JWT"));

    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(QStringLiteral("clockNoteLabel"));
    m_noteLabel->setWordWrap(true);
    m_noteLabel->hide();
    m_headerHintLabel = new QLabel(this);
    m_headerHintLabel->setObjectName(QStringLiteral("authorizationHintLabel"));
    m_headerHintLabel->setWordWrap(true);
    m_headerHintLabel->setText(tr("Nova Post takes the token as it is, without “Bearer”: send the header "
                                  "“Authorization: <token>”."));
    m_headerHintLabel->setTextFormat(Qt::PlainText);
    m_headerHintLabel->hide();
    m_copyMenuButton = new QToolButton(this);
    m_copyMenuButton->setObjectName(QStringLiteral("copyFormatsButton"));
    m_copyMenuButton->setPopupMode(QToolButton::InstantPopup);
    m_copyMenuButton->setArrowType(Qt::DownArrow);
    m_copyMenuButton->setAccessibleName(tr("Other ways to copy the JWT"));
    m_copyMenuButton->setToolTip(tr("Copy the JWT as an Authorization header line or a curl command"));
    m_copyMenuButton->hide();

    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyButton);
    copyRow->addWidget(m_copyMenuButton);
    copyRow->addWidget(m_copiedLabel);
    copyRow->addStretch(1);
    copyRow->addWidget(m_getNewButton);

    auto* countdownRow = new QHBoxLayout;
    countdownRow->addWidget(m_countdownLabel);
    countdownRow->addWidget(m_progressBar, 1);

    auto* layout = new QVBoxLayout(this);
    m_framedMargins = layout->contentsMargins();
    layout->addWidget(m_headingLabel);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_tokenEdit);
    layout->addLayout(copyRow);
    layout->addLayout(countdownRow);
    layout->addWidget(m_expiryLabel);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_headerHintLabel);

    connect(m_copyButton, &QPushButton::clicked, this, &TokenPanel::copyRequested);
    connect(m_getNewButton, &QPushButton::clicked, this, &TokenPanel::getNewRequested);
    showEmpty(false);
}

void TokenPanel::setTitleFor(bool production)
{
    m_headingLabel->setText(production ? tr("Production JWT") : tr("Sandbox JWT"));
    // Red frame and heading in production: the token in front of you is a real one. No style sheet in
    // the sandbox, where most starts are: the first one costs start-up time.
    setStyleSheet(production ? QStringLiteral("QFrame#tokenPanel { border: 2px solid #DA291C; border-radius: "
                                              "4px; } QLabel#tokenHeadingLabel { color: #B3140A; }")
                             : QString());
    // Inside the red frame the contents need room; without it they line up with the rest of the window.
    layout()->setContentsMargins(production ? m_framedMargins : QMargins());
}

QString TokenPanel::title() const
{
    return m_headingLabel->text();
}

void TokenPanel::setTokenText(const QString& token)
{
    // The token in the fixed-width font, the placeholder sentences in the window's own.
    m_tokenEdit->setFont(token.isEmpty() ? QFont() : QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Clearing also drops the undo history, so the old token does not linger in the document.
    m_tokenEdit->setPlainText(token);
    m_tokenEdit->document()->clearUndoRedoStacks();
}

void TokenPanel::showEmpty(bool production)
{
    setTitleFor(production);
    setTokenText(QString());
    m_tokenEdit->setPlaceholderText(
        tr("No JWT yet. Press Get JWT (%1).").arg(shortcuts::text(shortcuts::getJwt())));
    m_statusLabel->setText(tr("No token in this window."));
    m_copyButton->setEnabled(false);
    m_copyMenuButton->setEnabled(false);
    m_headerHintLabel->hide();
    m_copiedLabel->hide();
    m_countdownLabel->hide();
    m_progressBar->hide();
    m_expiryLabel->hide();
    m_getNewButton->hide();
}

void TokenPanel::showToken(const QString& token, const QDateTime& expiresAt, qint64 lifetimeSeconds,
                           const QString& source, bool production, bool expiryAssumed)
{
    setTitleFor(production);
    setTokenText(token);
    m_statusLabel->setText(production
                               ? tr("Production token from %1. It works on real shipments.").arg(source)
                               : tr("Sandbox token from %1.").arg(source));
    m_copyButton->setEnabled(true);
    m_copyMenuButton->setEnabled(true);
    m_headerHintLabel->show();
    m_copiedLabel->hide();
    m_getNewButton->hide();
    m_progressBar->setRange(0, int(qMax<qint64>(1, lifetimeSeconds)));
    m_countdownLabel->show();
    m_progressBar->show();
    const QLocale locale;
    const QDateTime local = expiresAt.toLocalTime();
    const QDateTime utc = expiresAt.toUTC();
    const QString localText = locale.toString(local.time(), QStringLiteral("HH:mm:ss"));
    const QString utcText = locale.toString(utc.time(), QStringLiteral("HH:mm:ss"));
    m_expiryLabel->setText(expiryAssumed
                               ? tr("The token has no expiry claim; assuming it is valid until %1 local "
                                    "time (%2 UTC).")
                                     .arg(localText, utcText)
                               : tr("Valid until %1 local time (%2 UTC).").arg(localText, utcText));
    m_expiryLabel->show();
}

void TokenPanel::showSecondsLeft(qint64 secondsLeft)
{
    const QString countdown = tr("Expires in %1").arg(TokenCountdown::formatMinutesSeconds(secondsLeft));
    m_countdownLabel->setText(countdown);
    // Screen readers hear the same mm:ss as is shown and as the expiry warning says.
    m_countdownLabel->setAccessibleName(countdown);
    m_progressBar->setValue(int(qMin<qint64>(secondsLeft, m_progressBar->maximum())));
    const bool soon = secondsLeft <= WarningSeconds;
    if (m_progressBar->property("expiringSoon").toBool() != soon) {
        m_progressBar->setProperty("expiringSoon", soon);
        if (soon) {
            QPalette palette = m_progressBar->palette();
            palette.setColor(QPalette::Highlight, QColor(0xC6, 0x28, 0x28));
            m_progressBar->setPalette(palette);
        } else {
            // An empty palette inherits the window's again.
            m_progressBar->setPalette(QPalette());
        }
    }
}

void TokenPanel::showExpired(bool production)
{
    setTitleFor(production);
    setTokenText(QString());
    m_tokenEdit->setPlaceholderText(tr("The token expired and was removed from this window."));
    m_statusLabel->setText(tr("Expired. Nova Post tokens last about an hour; get a new one to continue."));
    m_countdownLabel->setText(tr("Expired"));
    m_countdownLabel->setAccessibleName(tr("Expired"));
    m_countdownLabel->show();
    m_progressBar->setValue(0);
    m_progressBar->hide();
    m_expiryLabel->hide();
    m_copyButton->setEnabled(false);
    m_copyMenuButton->setEnabled(false);
    m_headerHintLabel->hide();
    m_copiedLabel->hide();
    m_getNewButton->show();
}

bool TokenPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tokenEdit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy)) {
        flashBesideCopy(tr("Use Copy or %1 to copy the JWT.").arg(shortcuts::text(shortcuts::copyJwt())));
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

void TokenPanel::showCopied()
{
    flashBesideCopy(tr("Copied. Paste it into the Authorize dialog."));
}

void TokenPanel::flashBesideCopy(const QString& text)
{
    m_copiedLabel->setText(text);
    m_copiedLabel->show();
    const quint64 generation = ++m_copiedGeneration;
    // A brief confirmation; a second copy restarts the period.
    QTimer::singleShot(2500, this, [this, generation] {
        if (generation == m_copiedGeneration)
            m_copiedLabel->hide();
    });
}

void TokenPanel::focusCopyButton()
{
    m_copyButton->setFocus();
}

void TokenPanel::focusGetNewButton()
{
    m_getNewButton->setFocus();
}

void TokenPanel::setCopyMenu(QMenu* menu)
{
    m_copyMenuButton->setMenu(menu);
    m_copyMenuButton->setVisible(menu != nullptr);
}

void TokenPanel::setNote(const QString& text)
{
    m_noteLabel->setText(text);
    m_noteLabel->setVisible(!text.isEmpty());
}

} // namespace novapost::gui
