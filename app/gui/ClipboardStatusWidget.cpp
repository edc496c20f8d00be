// SPDX-License-Identifier: MIT
#include "ClipboardStatusWidget.h"

#include "WindowSettings.h"

#include "ClipboardAutoClear.h"

#include <QActionGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

namespace novapost::gui {

ClipboardStatusWidget::ClipboardStatusWidget(ClipboardAutoClear* autoClear, QWidget* parent)
    : QWidget(parent)
    , m_autoClear(autoClear)
    , m_label(new QLabel(this))
    , m_clearButton(new QPushButton(tr("C&lear now"), this))
{
    setObjectName(QStringLiteral("clipboardStatusWidget"));
    m_label->setObjectName(QStringLiteral("clipboardStatusLabel"));
    m_clearButton->setObjectName(QStringLiteral("clearClipboardButton"));
    m_clearButton->setAccessibleName(tr("Clear the clipboard now"));
    m_clearButton->setToolTip(tr("Remove the JWT from the clipboard now"));
    m_clearButton->setAutoDefault(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_clearButton);

    connect(m_clearButton, &QPushButton::clicked, m_autoClear, &ClipboardAutoClear::clearNow);
    connect(m_autoClear, &ClipboardAutoClear::changed, this, &ClipboardStatusWidget::render);
    render();
}

QString ClipboardStatusWidget::formatTimeLeft(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString ClipboardStatusWidget::statusText(const ClipboardAutoClear* autoClear)
{
    if (!autoClear->isPending())
        return {};
    const std::optional<EnvironmentKind> environment = autoClear->secretEnvironment();
    const qint64 left = autoClear->secondsLeft();
    if (!environment)
        return autoClear->isCountingDown() ? tr("Clipboard clears in %1").arg(formatTimeLeft(left))
                                           : tr("The JWT stays on the clipboard until it expires.");
    // Named, so that nobody pastes a production token into the sandbox or the other way round.
    const QString name = Environment(*environment).displayName();
    return autoClear->isCountingDown()
               //: %1 is the environment (Sandbox or Production), %2 the time left as m:ss.
               ? tr("%1 JWT on the clipboard · clears in %2").arg(name, formatTimeLeft(left))
               //: %1 is the environment (Sandbox or Production).
               : tr("%1 JWT on the clipboard until it expires").arg(name);
}

void ClipboardStatusWidget::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        render();
}

void ClipboardStatusWidget::render()
{
    if (!m_autoClear->isPending()) {
        hide();
        return;
    }
    m_label->setText(statusText(m_autoClear));
    const std::optional<EnvironmentKind> environment = m_autoClear->secretEnvironment();
    const int left = int(m_autoClear->secondsLeft());
    if (!m_autoClear->isCountingDown())
        m_label->setAccessibleName(m_label->text());
    else if (environment)
        //: %1 is the environment (Sandbox or Production).
        m_label->setAccessibleName(tr("The %1 JWT on the clipboard is cleared in %n second(s).", "", left)
                                       .arg(Environment(*environment).displayName()));
    else
        m_label->setAccessibleName(tr("The clipboard is cleared in %n second(s).", "", left));
    show();
}

ClipboardDelayMenu::ClipboardDelayMenu(ClipboardAutoClear* autoClear, WindowSettings* settings,
                                       QWidget* parent)
    : QMenu(tr("&Clear clipboard after"), parent)
{
    setObjectName(QStringLiteral("clipboardDelayMenu"));
    const int saved = settings->clipboardClearSeconds();
    autoClear->setDelaySeconds(saved);

    auto* group = new QActionGroup(this);
    group->setExclusive(true);
    for (const int seconds : ClipboardAutoClear::delayChoices()) {
        QString text;
        if (seconds == 0)
            text = tr("Never");
        else if (seconds < 60)
            text = tr("%n second(s)", "clipboard clearing delay", seconds);
        else
            text = tr("%n minute(s)", "clipboard clearing delay", seconds / 60);
        QAction* action = addAction(text);
        action->setObjectName(QStringLiteral("clipboardDelay%1Action").arg(seconds));
        action->setCheckable(true);
        action->setChecked(seconds == saved);
        action->setData(seconds);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [autoClear, settings, seconds] {
            settings->setClipboardClearSeconds(seconds);
            autoClear->setDelaySeconds(seconds);
        });
    }
}

} // namespace novapost::gui
