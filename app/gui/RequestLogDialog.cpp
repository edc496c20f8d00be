// SPDX-License-Identifier: MIT
#include "RequestLogDialog.h"

#include "ConfirmationPrompt.h"
#include "RequestLog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace novapost::gui {

RequestLogDialog::RequestLogDialog(RequestLog* log, QWidget* parent)
    : QDialog(parent)
    , m_log(log)
    , m_table(new QTableView(this))
    , m_copyButton(new QPushButton(tr("Copy &log"), this))
    , m_clearButton(new QPushButton(tr("C&lear"), this))
{
    setObjectName(QStringLiteral("requestLogDialog"));
    setWindowTitle(tr("Request log"));
    setModal(false);

    auto* intro = new QLabel(
        tr("Requests made since the program started. The apiKey is replaced by *** everywhere, so the log "
           "can be shared in a bug report."),
        this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("requestLogTableView"));
    m_table->setAccessibleName(tr("Requests made in this session"));
    m_table->setModel(m_log);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The result is the last, stretched column; long sentences wrap onto more lines instead of being cut.
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_copyButton->setObjectName(QStringLiteral("copyLogButton"));
    m_copyButton->setAccessibleName(tr("Copy the request log"));
    m_clearButton->setObjectName(QStringLiteral("clearLogButton"));
    m_clearButton->setAccessibleName(tr("Clear the request log"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copyButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_clearButton, QDialogButtonBox::ResetRole);
    // Enter closes the dialog; it never clears the log or copies it.
    m_copyButton->setAutoDefault(false);
    m_clearButton->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copyButton, &QPushButton::clicked, this, [this] { emit copyRequested(m_log->toText()); });
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        ConfirmationPrompt::ask(this, tr("Clear the request log"),
                                tr("Remove every request from the log? This cannot be undone."), tr("Clear"),
                                this, [this](bool confirmed) {
                                    if (confirmed)
                                        m_log->clear();
                                });
    });
    auto update = [this] {
        const bool any = m_log->rowCount() > 0;
        m_copyButton->setEnabled(any);
        m_clearButton->setEnabled(any);
    };
    connect(m_log, &QAbstractItemModel::modelReset, this, update);
    connect(m_log, &QAbstractItemModel::rowsInserted, this, update);
    connect(m_log, &QAbstractItemModel::rowsRemoved, this, update);
    update();
    resize(760, 360);
}

} // namespace novapost::gui
