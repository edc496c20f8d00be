// SPDX-License-Identifier: MIT
#include "EnvironmentBar.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace novapost::gui {

EnvironmentBar::EnvironmentBar(QWidget* parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_serverLabel(new QLabel(this))
    , m_productionBanner(new QLabel(this))
{
    setObjectName(QStringLiteral("environmentBar"));

    m_combo->setObjectName(QStringLiteral("environmentComboBox"));
    for (EnvironmentKind kind : {EnvironmentKind::Sandbox, EnvironmentKind::Production})
        m_combo->addItem(Environment(kind).displayName(), Environment::idOf(kind));
    m_combo->setAccessibleName(QCoreApplication::translate("novapost::gui::MainWindow", "Environment"));
    auto* label = new QLabel(QCoreApplication::translate("novapost::gui::MainWindow", "&Environment:"), this);
    label->setBuddy(m_combo);

    m_serverLabel->setObjectName(QStringLiteral("serverUrlLabel"));
    m_serverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverLabel->setWordWrap(true);

    m_productionBanner->setObjectName(QStringLiteral("productionBanner"));
    m_productionBanner->setWordWrap(true);
    m_productionBanner->setText(QCoreApplication::translate(
        "novapost::gui::MainWindow", "PRODUCTION: tokens from here act on real shipments and real money."));
    m_productionBanner->hide();

    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_combo);
    row->addSpacing(12);
    row->addWidget(m_serverLabel, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_productionBanner);

    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        if (const auto kind = Environment::kindFromId(m_combo->itemData(index).toString()))
            emit environmentChosen(*kind);
    });
}

void EnvironmentBar::setEnvironment(const Environment& environment)
{
    const bool production = environment.isProduction();
    m_combo->setCurrentIndex(m_combo->findData(Environment::idOf(environment.kind())));

    const QString url = environment.baseUrl().toString();
    m_serverLabel->setText(
        environment.isBaseUrlOverridden()
            ? QCoreApplication::translate("novapost::gui::MainWindow",
                                          "Server: %1 (overridden with --base-url)")
                  .arg(url)
            : QCoreApplication::translate("novapost::gui::MainWindow", "Server: %1").arg(url));
    m_serverLabel->setStyleSheet(environment.isBaseUrlOverridden()
                                     ? QStringLiteral("QLabel#serverUrlLabel { color: #8a5a00; }")
                                     : QString());
    setStyleSheet(production
                      ? QStringLiteral("QComboBox#environmentComboBox { color: #B3140A; font-weight: bold; }")
                      : QString());
    // Styled when first shown: the first style sheet costs start-up time, and most starts are in sandbox.
    if (production && m_productionBanner->styleSheet().isEmpty())
        m_productionBanner->setStyleSheet(
            QStringLiteral("QLabel#productionBanner { background: #DA291C; color: white; font-weight: bold; "
                           "padding: 6px 8px; border-radius: 4px; }"));
    m_productionBanner->setVisible(production);
}

void EnvironmentBar::setChoiceEnabled(bool enabled)
{
    m_combo->setEnabled(enabled);
}

bool EnvironmentBar::choiceHasFocus() const
{
    return m_combo->hasFocus();
}

} // namespace novapost::gui
