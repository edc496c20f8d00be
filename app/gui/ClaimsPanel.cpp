// SPDX-License-Identifier: MIT
#include "ClaimsPanel.h"
#include "UtcTime.h"

#include "JwtToken.h"

#include <QDateTime>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QToolButton>
#include <QTreeWidget>

#include <cmath>
#include <QVBoxLayout>

namespace novapost::gui {

namespace {

bool isTimeClaim(const QString& name)
{
    return name == QLatin1String("iat") || name == QLatin1String("exp") || name == QLatin1String("nbf");
}

} // namespace

ClaimsPanel::ClaimsPanel(QWidget* parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("claimsPanel"));
    m_toggle->setObjectName(QStringLiteral("claimsToggleButton"));
    m_toggle->setCheckable(true);
    m_toggle->setChecked(false);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    m_toggle->setText(tr("Claims in the token"));
    m_toggle->setAccessibleName(tr("Show the claims in the token"));

    m_tree->setObjectName(QStringLiteral("claimsTreeWidget"));
    m_tree->setAccessibleName(tr("Claims in the token"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Claim"), tr("Value")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setMinimumHeight(m_tree->fontMetrics().lineSpacing() * 8);
    m_tree->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_tree);

    connect(m_toggle, &QToolButton::toggled, this, [this](bool expanded) {
        m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
        m_toggle->setAccessibleName(expanded ? tr("Hide the claims in the token")
                                             : tr("Show the claims in the token"));
        m_tree->setVisible(expanded);
    });
    clear();
}

bool ClaimsPanel::isExpanded() const
{
    return m_toggle->isChecked();
}

void ClaimsPanel::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
}

QString ClaimsPanel::valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        // Only in qint64's range is the cast defined; a server may send anything, even 1e300.
        if (std::isfinite(number) && std::abs(number) < 9.0e18 && number == std::trunc(number))
            return QString::number(qint64(number));
        return QString::number(number, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

void ClaimsPanel::clear()
{
    m_tree->clear();
    setVisible(false);
}

void ClaimsPanel::showToken(const JwtToken& token)
{
    m_tree->clear();
    if (!token.isValid()) {
        clear();
        return;
    }
    const QLocale locale;
    auto addSection = [this, &locale](const QString& title, const QJsonObject& object) {
        auto* section = new QTreeWidgetItem(m_tree, {title});
        section->setFirstColumnSpanned(true);
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString name = it.key();
            QString text = valueText(it.value());
            const double seconds = it.value().toDouble();
            // Dates past year 9999 or before 1970 are shown as plain numbers.
            if (isTimeClaim(name) && it.value().isDouble() && seconds >= 0 && seconds <= 253402300799.0) {
                const QDateTime when = UtcTime::fromSecsSinceEpoch(qint64(seconds));
                text = tr("%1 local time (%2)")
                           .arg(locale.toString(when.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                valueText(it.value()));
            }
            QString label = name;
            if (name == QLatin1String("iat"))
                label = tr("Issued at (iat)");
            else if (name == QLatin1String("exp"))
                label = tr("Expires at (exp)");
            else if (name == QLatin1String("cid"))
                label = tr("Client id (cid)");
            auto* item = new QTreeWidgetItem(section, {label, text});
            item->setData(0, Qt::UserRole, name);
            item->setToolTip(1, text);
        }
        section->setExpanded(true);
    };
    addSection(tr("Header"), token.header());
    addSection(tr("Payload"), token.claims());
    setVisible(true);
}

} // namespace novapost::gui
