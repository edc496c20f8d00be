// SPDX-License-Identifier: MIT
#include "GetJwtRow.h"

#include "Shortcuts.h"
#include "ViewParts.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace novapost::gui {

GetJwtRow::GetJwtRow(QWidget* parent)
    : QWidget(parent)
    , m_getJwtButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_busyIndicator(new QProgressBar(this))
    , m_hintLabel(viewparts::wrappingLabel(QStringLiteral("getJwtHintLabel"), this))
{
    setObjectName(QStringLiteral("getJwtRow"));
    // Beside a button, a one-line hint reads best level with the button's text.
    m_hintLabel->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_getJwtButton->setText(QCoreApplication::translate("novapost::gui::MainWindow", "&Get JWT"));
    m_getJwtButton->setObjectName(QStringLiteral("getJwtButton"));
    m_getJwtButton->setAccessibleName(QCoreApplication::translate("novapost::gui::MainWindow", "Get JWT"));
    m_getJwtButton->setToolTip(
        QCoreApplication::translate("novapost::gui::MainWindow",
                                    "Ask Nova Post for a JWT with the selected key (%1)")
            .arg(shortcuts::text(shortcuts::getJwt())));
    QFont bold = m_getJwtButton->font();
    bold.setBold(true);
    m_getJwtButton->setFont(bold);

    m_cancelButton->setText(QCoreApplication::translate("novapost::gui::MainWindow", "Cancel"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(
        QCoreApplication::translate("novapost::gui::MainWindow", "Cancel the running request"));
    m_cancelButton->hide();

    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setMaximumWidth(m_busyIndicator->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setAccessibleName(
        QCoreApplication::translate("novapost::gui::MainWindow", "Request in progress"));
    m_busyIndicator->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_getJwtButton);
    layout->addWidget(m_cancelButton);
    layout->addWidget(m_busyIndicator);
    layout->addWidget(m_hintLabel, 1);

    connect(m_getJwtButton, &QPushButton::clicked, this,
            [this] { emit getJwtClicked(QGuiApplication::keyboardModifiers().testFlag(Qt::ShiftModifier)); });
    connect(m_cancelButton, &QPushButton::clicked, this, &GetJwtRow::cancelClicked);
}

void GetJwtRow::setGetJwtEnabled(bool enabled)
{
    m_getJwtButton->setEnabled(enabled);
}

void GetJwtRow::setHint(const QString& text)
{
    m_hintLabel->setText(text);
    m_getJwtButton->setAccessibleDescription(text);
}

void GetJwtRow::setBusy(bool busy, const QString& text)
{
    m_cancelButton->setVisible(busy);
    m_busyIndicator->setVisible(busy);
    if (!busy)
        return;
    setHint(text);
    if (m_getJwtButton->hasFocus())
        focusCancel();
}

void GetJwtRow::focusGetJwt()
{
    m_getJwtButton->setFocus();
}

void GetJwtRow::focusCancel()
{
    m_cancelButton->setFocus();
}

} // namespace novapost::gui
