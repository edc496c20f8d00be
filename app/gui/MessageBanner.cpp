// SPDX-License-Identifier: MIT
#include "MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTime>
#include <QToolButton>

namespace novapost::gui {

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_timeLabel(new QLabel(this))
    , m_retryButton(new QPushButton(tr("Retry"), this))
    , m_dismissButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setObjectName(QStringLiteral("messageLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // When the message came: a Retry or Renew with the same outcome visibly shows it ran again.
    m_timeLabel->setObjectName(QStringLiteral("messageTimeLabel"));
    m_timeLabel->setToolTip(tr("When this message was shown"));
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setAccessibleName(tr("Retry"));
    m_dismissButton->setObjectName(QStringLiteral("dismissButton"));
    m_dismissButton->setText(tr("Dismiss"));
    m_dismissButton->setToolTip(tr("Hide this message"));
    m_dismissButton->setAccessibleName(tr("Dismiss message"));
    m_dismissButton->setAutoRaise(true);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_timeLabel, 0, Qt::AlignTop);
    layout->addWidget(m_retryButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_dismissButton, 0, Qt::AlignVCenter);

    connect(m_retryButton, &QPushButton::clicked, this, &MessageBanner::retryRequested);
    connect(m_dismissButton, &QToolButton::clicked, this, [this] {
        clearMessage();
        emit dismissed();
    });
    hide();
}

void MessageBanner::showMessage(Level level, const QString& text, bool offerRetry)
{
    m_level = level;
    m_label->setText(text);
    m_timeLabel->setText(QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss")));
    m_retryButton->setVisible(offerRetry);
    applyLevelStyle();
    setAccessibleDescription(text);
    show();
}

void MessageBanner::clearMessage()
{
    m_label->clear();
    m_retryButton->hide();
    setAccessibleDescription(QString());
    hide();
}

QString MessageBanner::text() const
{
    return m_label->text();
}

bool MessageBanner::isRetryOffered() const
{
    return !m_retryButton->isHidden();
}

void MessageBanner::applyLevelStyle()
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString colors = QStringLiteral("background: #e8f1fb; border: 1px solid #9cc0e8;");
    QString textColor = QStringLiteral("#0d2b4d");
    switch (m_level) {
    case Level::Info:
        setAccessibleName(tr("Information"));
        break;
    case Level::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        colors = QStringLiteral("background: #fff4d6; border: 1px solid #e0b94f;");
        textColor = QStringLiteral("#4a3500");
        setAccessibleName(tr("Warning"));
        break;
    case Level::Error:
        icon = QStyle::SP_MessageBoxCritical;
        colors = QStringLiteral("background: #fdecea; border: 1px solid #e39a93;");
        textColor = QStringLiteral("#5f1410");
        setAccessibleName(tr("Error"));
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    // Scoped to this frame by object name so the buttons keep their normal look.
    setStyleSheet(QStringLiteral("QFrame#%1 { %2 border-radius: 4px; } QFrame#%1 QLabel { background: "
                                 "transparent; border: none; color: %3; }")
                      .arg(objectName(), colors, textColor));
}

} // namespace novapost::gui
