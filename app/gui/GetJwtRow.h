// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace novapost::gui {

/**
 * @brief Get JWT, with Cancel and a busy indicator while a request runs, and a hint that says what
 * Get JWT will use or why it cannot run.
 */
class GetJwtRow : public QWidget
{
    Q_OBJECT

public:
    explicit GetJwtRow(QWidget* parent = nullptr);

    void setGetJwtEnabled(bool enabled);
    /** The sentence beside the button; also the button's accessible description. */
    void setHint(const QString& text);
    /**
     * Shows Cancel and the busy indicator with @p text as the hint, or hides them. A keyboard user
     * on Get JWT lands on Cancel.
     */
    void setBusy(bool busy, const QString& text = QString());
    void focusGetJwt();
    void focusCancel();

signals:
    /** Get JWT was pressed; @p fresh when Shift was held: ask Nova Post even if a cached token would do. */
    void getJwtClicked(bool fresh);
    void cancelClicked();

private:
    QPushButton* m_getJwtButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_busyIndicator;
    QLabel* m_hintLabel;
};

} // namespace novapost::gui
