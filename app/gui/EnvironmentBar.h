// SPDX-License-Identifier: MIT
#pragma once

#include "Environment.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace novapost::gui {

/**
 * @brief The environment switch, the server it talks to and, in production, a red warning strip.
 *
 * Shows what it is told; a choice in the combo box is only reported (environmentChosen), the window
 * decides whether to switch.
 */
class EnvironmentBar : public QWidget
{
    Q_OBJECT

public:
    explicit EnvironmentBar(QWidget* parent = nullptr);

    /** Selects @p environment, shows its server and marks production red. */
    void setEnvironment(const Environment& environment);
    /** Off while a request runs: the answer belongs to the environment that asked. */
    void setChoiceEnabled(bool enabled);
    bool choiceHasFocus() const;

signals:
    void environmentChosen(novapost::EnvironmentKind kind);

private:
    QComboBox* m_combo;
    QLabel* m_serverLabel;
    QLabel* m_productionBanner;
};

} // namespace novapost::gui
