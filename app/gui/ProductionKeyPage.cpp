// SPDX-License-Identifier: MIT
#include "ProductionKeyPage.h"

#include "ViewParts.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace novapost::gui {

ProductionKeyPage::ProductionKeyPage(QWidget* parent)
    : QWidget(parent)
    , m_keyCombo(new QComboBox(this))
    , m_labelEdit(new QLineEdit(this))
    , m_keyEdit(new QLineEdit(this))
    , m_revealButton(new QToolButton(this))
    , m_saveButton(new QPushButton(this))
    , m_forgetButton(new QPushButton(this))
    , m_statusLabel(viewparts::wrappingLabel(QStringLiteral("productionKeyStatusLabel"), this))
{
    setObjectName(QStringLiteral("productionKeyGroupBox"));
    auto* heading =
        viewparts::heading(QCoreApplication::translate("novapost::gui::MainWindow", "Production key"),
                           QStringLiteral("productionKeyHeading"), this);

    auto* noTestKeys = viewparts::wrappingLabel(QStringLiteral("noTestKeysLabel"), this);
    noTestKeys->setText(QCoreApplication::translate(
        "novapost::gui::MainWindow",
        "Test keys exist only in the sandbox. For production, create an API key on "
        "my.novapost.com under Integrations → API Keys (Ukrainian clients: Business cabinet → "
        "Settings → Security), then paste it here."));

    m_keyEdit->setObjectName(QStringLiteral("productionKeyLineEdit"));
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setPlaceholderText(
        QCoreApplication::translate("novapost::gui::MainWindow", "Paste the production apiKey"));
    m_keyEdit->setAccessibleName(
        QCoreApplication::translate("novapost::gui::MainWindow", "Production API key"));
    // Keeps input methods and predictive keyboards from learning the key.
    m_keyEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);

    m_revealButton->setObjectName(QStringLiteral("revealKeyButton"));
    m_revealButton->setCheckable(true);
    m_revealButton->setText(QCoreApplication::translate("novapost::gui::MainWindow", "Show"));
    m_revealButton->setAccessibleName(
        QCoreApplication::translate("novapost::gui::MainWindow", "Show the production key"));
    m_revealButton->setToolTip(
        QCoreApplication::translate("novapost::gui::MainWindow", "Show or hide the key you are typing"));

    m_saveButton->setText(QCoreApplication::translate("novapost::gui::MainWindow", "S&ave to keychain"));
    m_saveButton->setObjectName(QStringLiteral("saveKeyButton"));
    m_saveButton->setAccessibleName(
        QCoreApplication::translate("novapost::gui::MainWindow", "Save the production key to the keychain"));
    m_forgetButton->setText(QCoreApplication::translate("novapost::gui::MainWindow", "&Forget…"));
    m_forgetButton->setObjectName(QStringLiteral("forgetKeyButton"));
    m_forgetButton->setAccessibleName(
        QCoreApplication::translate("novapost::gui::MainWindow", "Forget the saved production key"));

    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyEdit, 1);
    keyRow->addWidget(m_revealButton);
    keyRow->addWidget(m_saveButton);

    m_keyCombo->setObjectName(QStringLiteral("productionKeyComboBox"));
    m_keyCombo->setAccessibleName(
        QCoreApplication::translate("novapost::gui::MainWindow", "Saved production key to use"));
    m_keyCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* useLabel = new QLabel(QCoreApplication::translate("novapost::gui::MainWindow", "&Use key:"), this);
    useLabel->setBuddy(m_keyCombo);
    auto* useRow = new QHBoxLayout;
    useRow->addWidget(m_keyCombo);
    useRow->addWidget(m_forgetButton);
    useRow->addStretch(1);

    m_labelEdit->setObjectName(QStringLiteral("productionKeyLabelLineEdit"));
    m_labelEdit->setPlaceholderText(
        QCoreApplication::translate("novapost::gui::MainWindow", "For example: Acme Sp. z o.o."));
    m_labelEdit->setAccessibleName(
        QCoreApplication::translate("novapost::gui::MainWindow", "Company or account of the new key"));
    auto* labelLabel =
        new QLabel(QCoreApplication::translate("novapost::gui::MainWindow", "Company or acc&ount:"), this);
    labelLabel->setBuddy(m_labelEdit);

    auto* keyLabel = new QLabel(QCoreApplication::translate("novapost::gui::MainWindow", "API &key:"), this);
    keyLabel->setBuddy(m_keyEdit);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(useLabel, useRow);
    form->addRow(labelLabel, m_labelEdit);
    form->addRow(keyLabel, keyRow);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(noTestKeys);
    layout->addLayout(form);
    layout->addWidget(m_statusLabel);

    connect(m_revealButton, &QToolButton::toggled, this, [this](bool shown) {
        m_keyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_revealButton->setText(shown ? QCoreApplication::translate("novapost::gui::MainWindow", "Hide")
                                      : QCoreApplication::translate("novapost::gui::MainWindow", "Show"));
        m_revealButton->setAccessibleName(
            shown ? QCoreApplication::translate("novapost::gui::MainWindow", "Hide the production key")
                  : QCoreApplication::translate("novapost::gui::MainWindow", "Show the production key"));
    });
    connect(m_keyEdit, &QLineEdit::textChanged, this, [this] {
        m_saveButton->setEnabled(m_actionsIdle && !keyText().isEmpty());
        emit keyTextChanged();
    });
    connect(m_keyEdit, &QLineEdit::returnPressed, this, &ProductionKeyPage::emitSave);
    connect(m_labelEdit, &QLineEdit::returnPressed, this, &ProductionKeyPage::emitSave);
    connect(m_saveButton, &QPushButton::clicked, this, &ProductionKeyPage::emitSave);
    connect(m_forgetButton, &QPushButton::clicked, this, [this] {
        if (!selectedKey().isEmpty())
            emit forgetKey(selectedKey());
    });
    connect(m_keyCombo, &QComboBox::activated, this, [this] { emit keyChosen(selectedKey()); });
}

void ProductionKeyPage::emitSave()
{
    emit saveKey(labelText(), keyText());
}

void ProductionKeyPage::setKeys(const QList<KeyEntry>& entries, const QString& preferredAccount)
{
    const QString wanted = m_keyCombo->count() > 0 ? selectedKey() : preferredAccount;
    const QSignalBlocker blocker(m_keyCombo);
    m_keyCombo->clear();
    for (const KeyEntry& entry : entries) {
        const QString label =
            entry.productionKey == QLatin1String("default") && entry.label == entry.productionKey
                ? QCoreApplication::translate("novapost::gui::MainWindow", "Default")
                : entry.label;
        m_keyCombo->addItem(label, entry.productionKey);
    }
    int index = m_keyCombo->findData(wanted);
    if (index < 0)
        index = m_keyCombo->findData(preferredAccount);
    m_keyCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_keyCombo->setVisible(m_keyCombo->count() > 0);
}

void ProductionKeyPage::selectKey(const QString& account)
{
    const QSignalBlocker blocker(m_keyCombo);
    m_keyCombo->setCurrentIndex(qMax(0, m_keyCombo->findData(account)));
}

QString ProductionKeyPage::selectedKey() const
{
    return m_keyCombo->currentIndex() >= 0 ? m_keyCombo->currentData().toString() : QString();
}

QString ProductionKeyPage::keyText() const
{
    return m_keyEdit->text().trimmed();
}

QString ProductionKeyPage::labelText() const
{
    return m_labelEdit->text().trimmed();
}

void ProductionKeyPage::clearInput()
{
    m_keyEdit->clear();
    m_labelEdit->clear();
    hideKey();
}

void ProductionKeyPage::hideKey()
{
    m_revealButton->setChecked(false);
}

void ProductionKeyPage::setKeyStatus(const QString& text)
{
    m_statusLabel->setText(text);
}

void ProductionKeyPage::setActionsEnabled(bool idle, bool selectedKeyStored)
{
    m_actionsIdle = idle;
    m_saveButton->setEnabled(idle && !keyText().isEmpty());
    m_forgetButton->setEnabled(idle && selectedKeyStored);
    m_keyCombo->setEnabled(idle && m_keyCombo->count() > 1);
}

void ProductionKeyPage::focusKeyField()
{
    m_keyEdit->setFocus();
}

} // namespace novapost::gui
