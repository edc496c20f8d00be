// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QPushButton;
class QTableView;

namespace novapost {
class RequestLog;
}

namespace novapost::gui {

/** @brief This run's requests (apiKey redacted) in a non-modal window, with Copy log and Clear. */
class RequestLogDialog : public QDialog
{
    Q_OBJECT

public:
    /** @p log is not owned and must outlive the dialog. */
    explicit RequestLogDialog(RequestLog* log, QWidget* parent = nullptr);

signals:
    /** The log text, for the caller to put on the clipboard. */
    void copyRequested(const QString& text);

private:
    RequestLog* m_log;
    QTableView* m_table;
    QPushButton* m_copyButton;
    QPushButton* m_clearButton;
};

} // namespace novapost::gui
