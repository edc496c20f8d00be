// SPDX-License-Identifier: MIT
#include "SandboxKeyPage.h"

#include "FocusFramed.h"
#include "PhoneNumber.h"
#include "ViewParts.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace novapost::gui {

namespace {

enum KeyColumn { PhoneColumn, CreatedColumn, ExpiresColumn, StatusColumn, LastUsedColumn, StorageColumn };

} // namespace

SandboxKeyPage::SandboxKeyPage(QWidget* parent)
    : QWidget(parent)
    , m_phoneEdit(new QLineEdit(this))
    , m_phoneStatusLabel(viewparts::wrappingLabel(QStringLiteral("phoneStatusLabel"), this))
    , m_requestButton(new QPushButton(this))
    , m_keyList(new FocusFramed<QTreeWidget>(this))
    , m_renewButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_locationLabel(viewparts::wrappingLabel(QStringLiteral("sandboxKeyLocationLabel"), this))
{
    setObjectName(QStringLiteral("sandboxKeysGroupBox"));
    auto* heading =
        viewparts::heading(QCoreApplication::translate("novapost::gui::MainWindow", "Sandbox test key"),
                           QStringLiteral("sandboxKeysHeading"), this);

    m_phoneEdit->setObjectName(QStringLiteral("phoneLineEdit"));
    m_phoneEdit->setPlaceholderText(
        QCoreApplication::translate("novapost::gui::MainWindow", "+49 821 343 7654"));
    m_phoneEdit->setAccessibleName(QCoreApplication::translate("novapost::gui::MainWindow", "Phone number"));
    m_phoneEdit->setAccessibleDescription(QCoreApplication::translate(
        "novapost::gui::MainWindow",
        "The phone number registered on my.novapost.com, with its country code."));

    m_requestButton->setText(QCoreApplication::translate("novapost::gui::MainWindow", "&Request test key"));
    m_requestButton->setObjectName(QStringLiteral("requestTestKeyButton"));
    m_requestButton->setAccessibleName(
        QCoreApplication::translate("novapost::gui::MainWindow", "Request test key"));
    m_requestButton->setToolTip(QCoreApplication::translate(
        "novapost::gui::MainWindow",
        "Ask Nova Post for this phone's sandbox key (one request a day per phone)."));

    auto* phoneRow = new QHBoxLayout;
    phoneRow->addWidget(m_phoneEdit, 1);
    phoneRow->addWidget(m_requestButton);

    m_keyList->setObjectName(QStringLiteral("storedKeysTreeWidget"));
    m_keyList->setAccessibleName(
        QCoreApplication::translate("novapost::gui::MainWindow", "Stored test keys"));
    m_keyList->setRootIsDecorated(false);
    m_keyList->setUniformRowHeights(true);
    m_keyList->setAllColumnsShowFocus(true);
    m_keyList->setHeaderLabels({QCoreApplication::translate("novapost::gui::MainWindow", "Phone"),
                                QCoreApplication::translate("novapost::gui::MainWindow", "Created"),
                                QCoreApplication::translate("novapost::gui::MainWindow", "Expires"),
                                QCoreApplication::translate("novapost::gui::MainWindow", "Status"),
                                QCoreApplication::translate("novapost::gui::MainWindow", "Last used"),
                                QCoreApplication::translate("novapost::gui::MainWindow", "Stored")});
    m_keyList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_keyList->header()->setStretchLastSection(true);
    // Room for four keys without scrolling; most people have one or two phones.
    const int rows = m_keyList->fontMetrics().lineSpacing() * 6 + 2 * m_keyList->frameWidth();
    m_keyList->setMinimumHeight(rows);
    m_keyList->setMaximumHeight(rows + m_keyList->fontMetrics().lineSpacing() * 2);
    m_keyList->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_renewButton->setText(QCoreApplication::translate("novapost::gui::MainWindow", "Re&new"));
    m_renewButton->setObjectName(QStringLiteral("renewKeyButton"));
    m_renewButton->setAccessibleName(
        QCoreApplication::translate("novapost::gui::MainWindow", "Renew the selected test key"));
    m_renewButton->setToolTip(QCoreApplication::translate(
        "novapost::gui::MainWindow",
        "Request the selected phone's key again, even if it was requested today."));
    m_removeButton->setText(QCoreApplication::translate("novapost::gui::MainWindow", "Rem&ove…"));
    m_removeButton->setObjectName(QStringLiteral("removeKeyButton"));
    m_removeButton->setAccessibleName(
        QCoreApplication::translate("novapost::gui::MainWindow", "Remove the selected test key"));

    auto* listButtons = new QVBoxLayout;
    listButtons->addWidget(m_renewButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch(1);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_keyList, 1);
    listRow->addLayout(listButtons);

    auto* phoneLabel = new QLabel(QCoreApplication::translate("novapost::gui::MainWindow", "&Phone:"), this);
    phoneLabel->setBuddy(m_phoneEdit);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(phoneLabel, phoneRow);
    form->addRow(QString(), m_phoneStatusLabel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addLayout(listRow);
    layout->addWidget(m_locationLabel);

    connect(m_phoneEdit, &QLineEdit::textChanged, this, &SandboxKeyPage::phoneTextChanged);
    connect(m_phoneEdit, &QLineEdit::returnPressed, this, &SandboxKeyPage::phoneReturnPressed);
    connect(m_requestButton, &QPushButton::clicked, this, [this] { emit requestKey(m_phoneEdit->text()); });
    const auto withSelection = [this](void (SandboxKeyPage::*intent)(const QString&)) {
        return [this, intent] {
            const QString account = selectedAccount();
            if (!account.isEmpty())
                emit(this->*intent)(account);
        };
    };
    connect(m_renewButton, &QPushButton::clicked, this, withSelection(&SandboxKeyPage::renewKey));
    connect(m_removeButton, &QPushButton::clicked, this, withSelection(&SandboxKeyPage::removeKey));
    connect(m_keyList, &QTreeWidget::itemActivated, this, withSelection(&SandboxKeyPage::keyActivated));
    auto* deleteShortcut =
        new QShortcut(QKeySequence::Delete, m_keyList, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, withSelection(&SandboxKeyPage::removeKey));
    connect(m_keyList, &QTreeWidget::itemSelectionChanged, this, [this] {
        const QString account = selectedAccount();
        if (!account.isEmpty() && PhoneNumber::parse(m_phoneEdit->text()).digits() != account)
            m_phoneEdit->setText(PhoneNumber::parse(account).displayText());
        emit selectedAccountChanged(account);
    });
}

QString SandboxKeyPage::phoneText() const
{
    return m_phoneEdit->text();
}

void SandboxKeyPage::setPhoneText(const QString& text)
{
    m_phoneEdit->setText(text);
}

void SandboxKeyPage::setPhoneStatus(const QString& text, bool problem)
{
    m_phoneStatusLabel->setText(text);
    m_phoneStatusLabel->setStyleSheet(problem ? QStringLiteral("QLabel { color: #B3140A; }") : QString());
    m_phoneEdit->setAccessibleDescription(text);
}

QString SandboxKeyPage::statusText(const QString& status)
{
    // Nova Post words the status in English; the two it uses are shown in the window's language.
    if (status == QLatin1String("Active"))
        return QCoreApplication::translate("novapost::gui::MainWindow", "Active", "test key status");
    if (status == QLatin1String("Expired"))
        return QCoreApplication::translate("novapost::gui::MainWindow", "Expired", "test key status");
    return status;
}

void SandboxKeyPage::setKeys(const QList<KeyEntry>& entries)
{
    const QString selected = selectedAccount();
    m_keyList->clear();
    const QString unknown = QCoreApplication::translate("novapost::gui::MainWindow", "unknown");
    for (const KeyEntry& entry : entries) {
        auto* item = new QTreeWidgetItem(m_keyList);
        item->setData(PhoneColumn, Qt::UserRole, entry.phone);
        item->setText(PhoneColumn, PhoneNumber::parse(entry.phone).displayText());
        item->setText(CreatedColumn, viewparts::dayText(entry.createdAt, unknown));
        item->setText(ExpiresColumn, viewparts::dayText(entry.expiresAt, unknown));
        item->setToolTip(ExpiresColumn, viewparts::dateText(entry.expiresAt, unknown));
        item->setText(StatusColumn, entry.status.isEmpty() ? unknown : statusText(entry.status));
        item->setText(LastUsedColumn,
                      viewparts::dateText(entry.lastUsedAt,
                                          QCoreApplication::translate("novapost::gui::MainWindow", "never")));
        item->setText(StorageColumn,
                      entry.sessionOnly
                          ? QCoreApplication::translate("novapost::gui::MainWindow", "This session only")
                          : QCoreApplication::translate("novapost::gui::MainWindow", "Keychain"));
        if (entry.sessionOnly)
            item->setToolTip(StorageColumn,
                             QCoreApplication::translate("novapost::gui::MainWindow",
                                                         "No keychain was available; this key is forgotten "
                                                         "when the program ends."));
        if (entry.phone == selected)
            item->setSelected(true);
    }
}

void SandboxKeyPage::selectAccount(const QString& account)
{
    if (selectedAccount() == account)
        return;
    const QSignalBlocker blocker(m_keyList);
    m_keyList->clearSelection();
    for (int i = 0; i < m_keyList->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_keyList->topLevelItem(i);
        if (item->data(PhoneColumn, Qt::UserRole).toString() == account) {
            item->setSelected(true);
            m_keyList->setCurrentItem(item);
        }
    }
}

QString SandboxKeyPage::selectedAccount() const
{
    const QList<QTreeWidgetItem*> items = m_keyList->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(PhoneColumn, Qt::UserRole).toString();
}

void SandboxKeyPage::setLocation(const QString& text)
{
    m_locationLabel->setText(text);
}

void SandboxKeyPage::setRequestEnabled(bool enabled)
{
    m_requestButton->setEnabled(enabled);
}

void SandboxKeyPage::setKeyActionsEnabled(bool enabled)
{
    m_renewButton->setEnabled(enabled);
    m_removeButton->setEnabled(enabled);
}

bool SandboxKeyPage::requestButtonHasFocus() const
{
    return m_requestButton->hasFocus();
}

void SandboxKeyPage::focusPhone()
{
    m_phoneEdit->setFocus();
}

} // namespace novapost::gui
