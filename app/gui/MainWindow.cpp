// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "ApiClient.h"
#include "ApiReply.h"
#include "AutoRenewScheduler.h"
#include "ClaimsPanel.h"
#include "ClipboardAutoClear.h"
#include "ClipboardGuard.h"
#include "ClipboardStatusWidget.h"
#include "Clock.h"
#include "ConfirmationPrompt.h"
#include "ContentHeightGuard.h"
#include "ExtraCaCertificates.h"
#include "LanguageMenu.h"
#include "PhoneNumber.h"
#include "RequestLog.h"
#include "RequestLogDialog.h"
#include "RestoredGeometry.h"
#include "TokenCache.h"
#include "TokenCountdown.h"
#include "TokenFetch.h"
#include "TokenPanel.h"
#include "TrayController.h"
#include "Version.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace novapost::gui {

namespace {

const QString GeometryKey = QStringLiteral("window/geometry");
constexpr qint64 AssumedLifetimeSeconds = 3600;

enum KeyColumn { PhoneColumn, CreatedColumn, ExpiresColumn, StatusColumn, LastUsedColumn, StorageColumn };

QString dateText(const QDateTime& when, const QString& missing)
{
    if (!when.isValid())
        return missing;
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

/** Just the day: key lifetimes are a year, so the time of day is noise in a table. */
QString dayText(const QDateTime& when, const QString& missing)
{
    if (!when.isValid())
        return missing;
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

QLabel* wrappingLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

} // namespace

MainWindow::MainWindow(const MainWindowServices& services, const MainWindowOptions& options, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_clipboard(
          new ClipboardGuard(services.clipboard ? services.clipboard : QGuiApplication::clipboard(), this))
{
    Q_ASSERT(m_services.apiClient && m_services.keyStore && m_services.settings && m_services.clock);
    for (EnvironmentKind kind : {EnvironmentKind::Sandbox, EnvironmentKind::Production}) {
        EnvironmentState& s = state(kind);
        s.environment = Environment(kind);
        if (options.baseUrlOverride.isValid())
            s.environment.setBaseUrlOverride(options.baseUrlOverride);
        s.countdown = new TokenCountdown(m_services.clock, this);
        s.countdown->setObjectName(Environment::idOf(kind) + QStringLiteral("Countdown"));
        connect(s.countdown, &TokenCountdown::tick, this,
                [this, kind](qint64 secondsLeft) { onTokenTick(kind, secondsLeft); });
        connect(s.countdown, &TokenCountdown::expired, this, [this, kind] { onTokenExpired(kind); });
        s.autoRenew = new AutoRenewScheduler(m_services.clock, this);
        connect(s.autoRenew, &AutoRenewScheduler::renewDue, this, [this, kind] { onAutoRenewDue(kind); });
    }
    m_requestLog = m_services.requestLog;
    if (!m_requestLog) {
        m_requestLog = new RequestLog(this);
        m_requestLog->watch(m_services.apiClient);
    }
    m_current = options.environment.value_or(
        m_services.keyStore->lastEnvironment().value_or(EnvironmentKind::Sandbox));

    buildUi();
    buildFeatureActions();
    buildTray();
    buildHardeningAndLanguage(options);
    setUpShortcuts();
    connect(m_services.keyStore, &KeyStore::entriesChanged, this, [this] {
        refreshKeyList();
        updatePhoneStatus();
        updateProductionKeyStatus();
        updateActions();
    });
    // A keychain call that takes over a second is most likely waiting behind an unlock prompt.
    connect(m_services.keyStore->secretStore(), &SecretStore::waitingForUnlock, this, [this] {
        if (m_busy)
            m_getJwtHintLabel->setText(tr("Waiting for the keychain to be unlocked…"));
    });

    m_phoneEdit->setText(PhoneNumber::parse(m_services.keyStore->lastPhone()).isValid()
                             ? PhoneNumber::parse(m_services.keyStore->lastPhone()).displayText()
                             : QString());
    refreshKeyList();
    refreshProductionKeys();
    showEnvironment();
    applyFeatureSettings();
    restoreCachedTokens();
    // After showEnvironment(): the size hint depends on which key page is shown.
    if (!RestoredGeometry::restore(this, m_services.settings->value(GeometryKey).toByteArray()))
        resize(ContentHeightGuard::initialSize(
            m_scrollArea, 760, menuBar()->sizeHint().height() + statusBar()->sizeHint().height()));
    focusNextStep();
}

void MainWindow::focusNextStep()
{
    // Start where the next keystroke is useful: on Get JWT when it can run, else on the field to fill.
    if (getJwtBlocker().isEmpty())
        m_getJwtButton->setFocus();
    else if (m_current == EnvironmentKind::Production)
        m_productionKeyEdit->setFocus();
    else
        m_phoneEdit->setFocus();
}

MainWindow::~MainWindow()
{
    // A request still running would otherwise report to nobody (a language change rebuilds the window).
    if (m_reply)
        m_reply->cancel();
    // The tokens leave the clipboard with the window, not only at application quit.
    for (const EnvironmentState& s : m_states)
        clearTokenFromClipboard(s);
}

TokenCountdown* MainWindow::countdown(EnvironmentKind kind) const
{
    return state(kind).countdown;
}

AutoRenewScheduler* MainWindow::autoRenewScheduler(EnvironmentKind kind) const
{
    return state(kind).autoRenew;
}

// ----------------------------------------------------------------------------------------------- UI

void MainWindow::buildUi()
{
    // Scrolls only on a screen too short for the whole window (ContentHeightGuard grows it otherwise).
    // Given its widget while that is still empty, so the area does not measure and move a full tree.
    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setObjectName(QStringLiteral("contentsScrollArea"));
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setWidgetResizable(true);
    auto* central = new QWidget;
    m_scrollArea->setWidget(central);
    setCentralWidget(m_scrollArea);
    auto* layout = new QVBoxLayout(central);

    layout->addWidget(buildEnvironmentBar());

    m_productionBanner = new QLabel(central);
    m_productionBanner->setObjectName(QStringLiteral("productionBanner"));
    m_productionBanner->setWordWrap(true);
    m_productionBanner->setText(tr("PRODUCTION: tokens from here act on real shipments and real money."));
    m_productionBanner->hide();
    layout->addWidget(m_productionBanner);

    m_messageBanner = new MessageBanner(central);
    m_messageBanner->setObjectName(QStringLiteral("messageBanner"));
    connect(m_messageBanner, &MessageBanner::retryRequested, this,
            [this] { retry(state(m_current).message.retry); });
    connect(m_messageBanner, &MessageBanner::dismissed, this, [this] { state(m_current).message = {}; });
    layout->addWidget(m_messageBanner);

    m_keychainBanner = new MessageBanner(central);
    m_keychainBanner->setObjectName(QStringLiteral("keychainBanner"));
    connect(m_keychainBanner, &MessageBanner::retryRequested, this,
            [this] { retry(state(m_current).keychainNotice.retry); });
    connect(m_keychainBanner, &MessageBanner::dismissed, this,
            [this] { state(m_current).keychainNotice = {}; });
    layout->addWidget(m_keychainBanner);

    // Two boxes shown one at a time rather than a stacked widget, so each takes only its own height.
    m_sandboxPage = buildSandboxPage();
    m_productionPage = buildProductionPage();
    layout->addWidget(m_sandboxPage);
    layout->addWidget(m_productionPage);

    layout->addWidget(buildGetJwtRow());

    m_tokenPanel = new TokenPanel(central);
    connect(m_tokenPanel, &TokenPanel::copyRequested, this, &MainWindow::copyToken);
    connect(m_tokenPanel, &TokenPanel::getNewRequested, this, &MainWindow::getJwt);
    layout->addWidget(m_tokenPanel);
    m_claimsPanel = new ClaimsPanel(central);
    layout->addWidget(m_claimsPanel);
    layout->addStretch(1);

    auto* docsLabel = new QLabel(central);
    docsLabel->setObjectName(QStringLiteral("documentationLinkLabel"));
    docsLabel->setTextFormat(Qt::RichText);
    docsLabel->setText(tr("<a href=\"%1\">How to use the JWT in the API documentation's Authorize dialog</a>")
                           .arg(QString::fromLatin1(DocumentationUrl)));
    docsLabel->setOpenExternalLinks(true);
    docsLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    docsLabel->setAccessibleName(tr("Open the Nova Post documentation on using the JWT"));
    docsLabel->setToolTip(QString::fromLatin1(DocumentationUrl));
    layout->addWidget(docsLabel);

    new ContentHeightGuard(this, m_scrollArea);
    buildMenus();
}

void MainWindow::buildMenus()
{
    // Features add their actions to these menus from their own build functions.
    m_tokenMenu = menuBar()->addMenu(tr("&Token"));
    m_tokenMenu->setObjectName(QStringLiteral("tokenMenu"));
    m_settingsMenu = menuBar()->addMenu(tr("&Settings"));
    m_settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));

    QAction* documentation = m_helpMenu->addAction(tr("Nova Post API &documentation"));
    documentation->setObjectName(QStringLiteral("documentationAction"));
    connect(documentation, &QAction::triggered, this,
            [] { QDesktopServices::openUrl(QUrl(QString::fromLatin1(DocumentationUrl))); });
    QAction* about = m_helpMenu->addAction(tr("&About novapost-jwt"));
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, [this] {
        auto* box =
            new QMessageBox(QMessageBox::Information, tr("About novapost-jwt"),
                            tr("novapost-jwt %1\nJWTs for the Nova Post API v.1.0, with apiKeys kept in "
                               "the system keychain.")
                                .arg(QLatin1String(NOVAPOST_VERSION)),
                            QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

QWidget* MainWindow::buildEnvironmentBar()
{
    m_environmentBar = new QWidget(this);
    m_environmentBar->setObjectName(QStringLiteral("environmentBar"));
    auto* layout = new QHBoxLayout(m_environmentBar);
    layout->setContentsMargins(0, 0, 0, 0);

    m_environmentCombo = new QComboBox(m_environmentBar);
    m_environmentCombo->setObjectName(QStringLiteral("environmentComboBox"));
    m_environmentCombo->addItem(Environment(EnvironmentKind::Sandbox).displayName(),
                                Environment::idOf(EnvironmentKind::Sandbox));
    m_environmentCombo->addItem(Environment(EnvironmentKind::Production).displayName(),
                                Environment::idOf(EnvironmentKind::Production));
    m_environmentCombo->setAccessibleName(tr("Environment"));
    auto* label = new QLabel(tr("&Environment:"), m_environmentBar);
    label->setBuddy(m_environmentCombo);

    m_serverLabel = new QLabel(m_environmentBar);
    m_serverLabel->setObjectName(QStringLiteral("serverUrlLabel"));
    m_serverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverLabel->setWordWrap(true);

    layout->addWidget(label);
    layout->addWidget(m_environmentCombo);
    layout->addSpacing(12);
    layout->addWidget(m_serverLabel, 1);

    connect(m_environmentCombo, &QComboBox::activated, this, [this](int index) {
        const auto kind = Environment::kindFromId(m_environmentCombo->itemData(index).toString());
        if (kind)
            setCurrentEnvironment(*kind);
    });
    return m_environmentBar;
}

QWidget* MainWindow::buildSandboxPage()
{
    auto* box = new QGroupBox(tr("Sandbox test key"), this);
    box->setObjectName(QStringLiteral("sandboxKeysGroupBox"));

    m_phoneEdit = new QLineEdit(box);
    m_phoneEdit->setObjectName(QStringLiteral("phoneLineEdit"));
    m_phoneEdit->setPlaceholderText(tr("+49 821 343 7654"));
    m_phoneEdit->setAccessibleName(tr("Phone number"));
    m_phoneEdit->setAccessibleDescription(
        tr("The phone number registered on my.novapost.com, with its country code."));
    m_phoneEdit->setClearButtonEnabled(true);
    m_phoneStatusLabel = wrappingLabel(QStringLiteral("phoneStatusLabel"), box);

    m_requestTestKeyButton = new QPushButton(tr("&Request test key"), box);
    m_requestTestKeyButton->setObjectName(QStringLiteral("requestTestKeyButton"));
    m_requestTestKeyButton->setAccessibleName(tr("Request test key"));
    m_requestTestKeyButton->setToolTip(
        tr("Ask Nova Post for this phone's sandbox key (one request a day per phone)."));

    auto* phoneRow = new QHBoxLayout;
    phoneRow->addWidget(m_phoneEdit, 1);
    phoneRow->addWidget(m_requestTestKeyButton);

    m_keyList = new QTreeWidget(box);
    m_keyList->setObjectName(QStringLiteral("storedKeysTreeWidget"));
    m_keyList->setAccessibleName(tr("Stored test keys"));
    m_keyList->setRootIsDecorated(false);
    m_keyList->setUniformRowHeights(true);
    m_keyList->setAllColumnsShowFocus(true);
    m_keyList->setHeaderLabels(
        {tr("Phone"), tr("Created"), tr("Expires"), tr("Status"), tr("Last used"), tr("Stored")});
    m_keyList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_keyList->header()->setStretchLastSection(true);
    // Room for four keys without scrolling; most people have one or two phones.
    const int rows = m_keyList->fontMetrics().lineSpacing() * 6 + 2 * m_keyList->frameWidth();
    m_keyList->setMinimumHeight(rows);
    m_keyList->setMaximumHeight(rows + m_keyList->fontMetrics().lineSpacing() * 2);
    m_keyList->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_renewButton = new QPushButton(tr("Re&new"), box);
    m_renewButton->setObjectName(QStringLiteral("renewKeyButton"));
    m_renewButton->setAccessibleName(tr("Renew the selected test key"));
    m_renewButton->setToolTip(tr("Request the selected phone's key again, even if it was requested today."));
    m_removeButton = new QPushButton(tr("Rem&ove…"), box);
    m_removeButton->setObjectName(QStringLiteral("removeKeyButton"));
    m_removeButton->setAccessibleName(tr("Remove the selected test key"));

    auto* listButtons = new QVBoxLayout;
    listButtons->addWidget(m_renewButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch(1);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_keyList, 1);
    listRow->addLayout(listButtons);

    m_sandboxLocationLabel = wrappingLabel(QStringLiteral("sandboxKeyLocationLabel"), box);

    auto* phoneLabel = new QLabel(tr("&Phone:"), box);
    phoneLabel->setBuddy(m_phoneEdit);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(phoneLabel, phoneRow);
    form->addRow(QString(), m_phoneStatusLabel);

    auto* layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addLayout(listRow);
    layout->addWidget(m_sandboxLocationLabel);

    connect(m_phoneEdit, &QLineEdit::textChanged, this, [this] {
        updatePhoneStatus();
        updateActions();
    });
    connect(m_phoneEdit, &QLineEdit::returnPressed, this, &MainWindow::onPhoneReturnPressed);
    connect(m_requestTestKeyButton, &QPushButton::clicked, this, [this] { requestTestKey(false); });
    connect(m_renewButton, &QPushButton::clicked, this, &MainWindow::renewSelectedKey);
    connect(m_removeButton, &QPushButton::clicked, this, &MainWindow::removeSelectedKey);
    connect(m_keyList, &QTreeWidget::itemSelectionChanged, this, [this] {
        const QString phone = selectedPhone();
        if (!phone.isEmpty() && PhoneNumber::parse(m_phoneEdit->text()).digits() != phone)
            m_phoneEdit->setText(PhoneNumber::parse(phone).displayText());
        updateActions();
    });
    connect(m_keyList, &QTreeWidget::itemActivated, this, [this] { getJwt(); });
    auto* deleteShortcut =
        new QShortcut(QKeySequence::Delete, m_keyList, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &MainWindow::removeSelectedKey);
    return box;
}

QWidget* MainWindow::buildProductionPage()
{
    auto* box = new QGroupBox(tr("Production key"), this);
    box->setObjectName(QStringLiteral("productionKeyGroupBox"));

    auto* noTestKeys = wrappingLabel(QStringLiteral("noTestKeysLabel"), box);
    noTestKeys->setText(
        tr("Test keys exist only in the sandbox. For production, create an API key on "
           "my.novapost.com under Integrations → API Keys (Ukrainian clients: Business cabinet → "
           "Settings → Security), then paste it here."));

    m_productionKeyEdit = new QLineEdit(box);
    m_productionKeyEdit->setObjectName(QStringLiteral("productionKeyLineEdit"));
    m_productionKeyEdit->setEchoMode(QLineEdit::Password);
    m_productionKeyEdit->setPlaceholderText(tr("Paste the production apiKey"));
    m_productionKeyEdit->setAccessibleName(tr("Production API key"));
    // Keeps input methods and predictive keyboards from learning the key.
    m_productionKeyEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                             Qt::ImhNoPredictiveText);

    m_revealButton = new QToolButton(box);
    m_revealButton->setObjectName(QStringLiteral("revealKeyButton"));
    m_revealButton->setCheckable(true);
    m_revealButton->setText(tr("Show"));
    m_revealButton->setAccessibleName(tr("Show the production key"));
    m_revealButton->setToolTip(tr("Show or hide the key you are typing"));

    m_saveKeyButton = new QPushButton(tr("S&ave to keychain"), box);
    m_saveKeyButton->setObjectName(QStringLiteral("saveKeyButton"));
    m_saveKeyButton->setAccessibleName(tr("Save the production key to the keychain"));
    m_forgetKeyButton = new QPushButton(tr("&Forget…"), box);
    m_forgetKeyButton->setObjectName(QStringLiteral("forgetKeyButton"));
    m_forgetKeyButton->setAccessibleName(tr("Forget the saved production key"));

    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_productionKeyEdit, 1);
    keyRow->addWidget(m_revealButton);
    keyRow->addWidget(m_saveKeyButton);

    m_productionKeyCombo = new QComboBox(box);
    m_productionKeyCombo->setObjectName(QStringLiteral("productionKeyComboBox"));
    m_productionKeyCombo->setAccessibleName(tr("Saved production key to use"));
    m_productionKeyCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* useLabel = new QLabel(tr("&Use key:"), box);
    useLabel->setBuddy(m_productionKeyCombo);
    auto* useRow = new QHBoxLayout;
    useRow->addWidget(m_productionKeyCombo);
    useRow->addWidget(m_forgetKeyButton);
    useRow->addStretch(1);

    m_productionLabelEdit = new QLineEdit(box);
    m_productionLabelEdit->setObjectName(QStringLiteral("productionKeyLabelLineEdit"));
    m_productionLabelEdit->setPlaceholderText(tr("For example: Acme Sp. z o.o."));
    m_productionLabelEdit->setAccessibleName(tr("Company or account of the new key"));
    auto* labelLabel = new QLabel(tr("Company or acc&ount:"), box);
    labelLabel->setBuddy(m_productionLabelEdit);

    auto* keyLabel = new QLabel(tr("API &key:"), box);
    keyLabel->setBuddy(m_productionKeyEdit);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(useLabel, useRow);
    form->addRow(labelLabel, m_productionLabelEdit);
    form->addRow(keyLabel, keyRow);

    m_productionKeyStatusLabel = wrappingLabel(QStringLiteral("productionKeyStatusLabel"), box);
    m_productionLocationLabel = wrappingLabel(QStringLiteral("productionKeyLocationLabel"), box);

    auto* layout = new QVBoxLayout(box);
    layout->addWidget(noTestKeys);
    layout->addLayout(form);
    layout->addWidget(m_productionKeyStatusLabel);
    layout->addWidget(m_productionLocationLabel);

    connect(m_revealButton, &QToolButton::toggled, this, [this](bool shown) {
        m_productionKeyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_revealButton->setText(shown ? tr("Hide") : tr("Show"));
        m_revealButton->setAccessibleName(shown ? tr("Hide the production key")
                                                : tr("Show the production key"));
    });
    connect(m_productionKeyEdit, &QLineEdit::textChanged, this, &MainWindow::updateActions);
    connect(m_productionKeyEdit, &QLineEdit::returnPressed, this, &MainWindow::saveProductionKey);
    connect(m_saveKeyButton, &QPushButton::clicked, this, &MainWindow::saveProductionKey);
    connect(m_forgetKeyButton, &QPushButton::clicked, this, &MainWindow::forgetProductionKey);
    connect(m_productionLabelEdit, &QLineEdit::returnPressed, this, &MainWindow::saveProductionKey);
    connect(m_productionKeyCombo, &QComboBox::activated, this, [this] {
        m_services.keyStore->setLastProductionKey(selectedProductionKey());
        updateProductionKeyStatus();
        updateActions();
    });
    return box;
}

QWidget* MainWindow::buildGetJwtRow()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);

    m_getJwtButton = new QPushButton(tr("&Get JWT"), row);
    m_getJwtButton->setObjectName(QStringLiteral("getJwtButton"));
    m_getJwtButton->setAccessibleName(tr("Get JWT"));
    m_getJwtButton->setToolTip(tr("Ask Nova Post for a JWT with the selected key (Ctrl+G)"));
    QFont bold = m_getJwtButton->font();
    bold.setBold(true);
    m_getJwtButton->setFont(bold);

    m_cancelButton = new QPushButton(tr("Cancel"), row);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel the running request"));
    m_cancelButton->hide();

    m_busyIndicator = new QProgressBar(row);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setMaximumWidth(m_busyIndicator->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setAccessibleName(tr("Request in progress"));
    m_busyIndicator->hide();

    m_getJwtHintLabel = wrappingLabel(QStringLiteral("getJwtHintLabel"), row);

    layout->addWidget(m_getJwtButton);
    layout->addWidget(m_cancelButton);
    layout->addWidget(m_busyIndicator);
    layout->addWidget(m_getJwtHintLabel, 1);

    connect(m_getJwtButton, &QPushButton::clicked, this, &MainWindow::getJwt);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelRequest);
    return row;
}

void MainWindow::setUpShortcuts()
{
    // Outside dialogs Qt buttons ignore Enter; people expect Enter on a focused button to press it.
    for (QPushButton* button : findChildren<QPushButton*>())
        button->setAutoDefault(true);

    auto* getJwtShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_G), this);
    connect(getJwtShortcut, &QShortcut::activated, this, &MainWindow::getJwt);
    auto* copyShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this);
    connect(copyShortcut, &QShortcut::activated, this, &MainWindow::copyToken);
    auto* cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(cancelShortcut, &QShortcut::activated, this, [this] {
        if (m_busy)
            cancelRequest();
    });
}

// -------------------------------------------------------------------------------------------- state

void MainWindow::setCurrentEnvironment(EnvironmentKind kind)
{
    if (m_busy || kind == m_current) {
        showEnvironment();
        return;
    }
    m_current = kind;
    // A revealed production key is hidden again when leaving or entering production.
    m_revealButton->setChecked(false);
    m_services.keyStore->setLastEnvironment(kind);
    showEnvironment();
    if (!m_environmentCombo->hasFocus())
        focusNextStep();
}

void MainWindow::showEnvironment()
{
    const EnvironmentState& s = state(m_current);
    const bool production = s.environment.isProduction();
    m_environmentCombo->setCurrentIndex(m_environmentCombo->findData(Environment::idOf(m_current)));
    // Ends with the application's display name, as Qt would otherwise append it a second time.
    setWindowTitle(s.environment.displayName() + QStringLiteral(" — ") +
                   QGuiApplication::applicationDisplayName());

    const QString url = s.environment.baseUrl().toString();
    m_serverLabel->setText(s.environment.isBaseUrlOverridden()
                               ? tr("Server: %1 (overridden with --base-url)").arg(url)
                               : tr("Server: %1").arg(url));
    m_serverLabel->setStyleSheet(s.environment.isBaseUrlOverridden()
                                     ? QStringLiteral("QLabel#serverUrlLabel { color: #8a5a00; }")
                                     : QString());
    m_environmentBar->setStyleSheet(
        production ? QStringLiteral("QComboBox#environmentComboBox { color: #B3140A; font-weight: bold; }")
                   : QString());
    // Styled when first shown: the first style sheet costs start-up time, and most starts are in sandbox.
    if (production && m_productionBanner->styleSheet().isEmpty())
        m_productionBanner->setStyleSheet(
            QStringLiteral("QLabel#productionBanner { background: #DA291C; color: white; font-weight: bold; "
                           "padding: 6px 8px; border-radius: 4px; }"));
    m_productionBanner->setVisible(production);
    m_sandboxPage->setVisible(!production);
    m_productionPage->setVisible(production);

    updatePhoneStatus();
    updateProductionKeyStatus();
    renderMessages();
    renderToken();
    updateActions();
}

void MainWindow::renderMessages()
{
    const EnvironmentState& s = state(m_current);
    if (s.message.text.isEmpty())
        m_messageBanner->clearMessage();
    else
        m_messageBanner->showMessage(s.message.level, s.message.text, s.message.retry != Action::None);
    if (s.keychainNotice.text.isEmpty())
        m_keychainBanner->clearMessage();
    else
        m_keychainBanner->showMessage(MessageBanner::Level::Warning, s.keychainNotice.text,
                                      s.keychainNotice.retry != Action::None);
}

void MainWindow::renderToken()
{
    const EnvironmentState& s = state(m_current);
    const bool production = s.environment.isProduction();
    if (s.token.isValid() && s.countdown->isActive()) {
        m_tokenPanel->showToken(s.token.raw(), s.tokenExpiresAt, s.tokenLifetimeSeconds, s.tokenSource,
                                production, s.tokenExpiryAssumed);
        m_tokenPanel->showSecondsLeft(s.countdown->secondsLeft());
        m_tokenPanel->setNote(clockNote(s.clockOffsetSeconds));
        m_claimsPanel->showToken(s.token);
    } else {
        if (s.tokenExpired)
            m_tokenPanel->showExpired(production);
        else
            m_tokenPanel->showEmpty(production);
        m_tokenPanel->setNote(QString());
        m_claimsPanel->clear();
    }
    updateTray();
}

void MainWindow::refreshKeyList()
{
    const QString selected = selectedPhone();
    m_keyList->clear();
    const QList<KeyEntry> entries = m_services.keyStore->entries(EnvironmentKind::Sandbox);
    for (const KeyEntry& entry : entries) {
        auto* item = new QTreeWidgetItem(m_keyList);
        item->setData(PhoneColumn, Qt::UserRole, entry.phone);
        item->setText(PhoneColumn, PhoneNumber::parse(entry.phone).displayText());
        item->setText(CreatedColumn, dayText(entry.createdAt, tr("unknown")));
        item->setText(ExpiresColumn, dayText(entry.expiresAt, tr("unknown")));
        item->setToolTip(ExpiresColumn, dateText(entry.expiresAt, tr("unknown")));
        item->setText(StatusColumn, entry.status.isEmpty() ? tr("unknown") : entry.status);
        item->setText(LastUsedColumn, dateText(entry.lastUsedAt, tr("never")));
        item->setText(StorageColumn, entry.sessionOnly ? tr("This session only") : tr("Keychain"));
        if (entry.sessionOnly)
            item->setToolTip(StorageColumn, tr("No keychain was available; this key is forgotten when the "
                                               "program ends."));
        if (entry.phone == selected)
            item->setSelected(true);
    }
    const QList<KeyEntry> all = m_services.keyStore->entries();
    const auto inMemory =
        std::count_if(all.begin(), all.end(), [](const KeyEntry& e) { return e.sessionOnly; });
    const QString where = m_services.keyStore->secretStore()->locationDescription();
    QString location = m_services.keyStore->secretStore()->isPersistent()
                           ? tr("Keys are stored in %1.").arg(where)
                           : tr("Keys are kept in %1; they are forgotten when the program ends.").arg(where);
    // Keys kept in memory because the keychain failed must not be described as stored in it.
    if (inMemory > 0 && inMemory == all.size())
        location = tr("No keychain could be used: keys are kept in memory for this session only.");
    else if (inMemory > 0)
        location =
            tr("Keys marked “This session only” are kept in memory; the others are stored in %1.").arg(where);
    m_sandboxLocationLabel->setText(
        entries.isEmpty() ? tr("No test keys stored yet. %1").arg(location)
                          : tr("%n test key(s) stored. %1", "", int(entries.size())).arg(location));
    m_productionLocationLabel->setText(location);
}

QString MainWindow::selectedPhone() const
{
    const QList<QTreeWidgetItem*> items = m_keyList->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(PhoneColumn, Qt::UserRole).toString();
}

QString MainWindow::currentPhoneDigits() const
{
    const PhoneNumber phone = PhoneNumber::parse(m_phoneEdit->text());
    return phone.isValid() ? phone.digits() : QString();
}

void MainWindow::updatePhoneStatus()
{
    const QString text = m_phoneEdit->text();
    const PhoneNumber phone = PhoneNumber::parse(text);
    QString status;
    bool problem = false;
    if (text.trimmed().isEmpty()) {
        status = tr("Enter the phone number registered on my.novapost.com, with its country code.");
    } else if (!phone.isValid()) {
        status = phone.errorMessage();
        problem = true;
    } else if (const auto entry = m_services.keyStore->entry(EnvironmentKind::Sandbox, phone.digits())) {
        //: %1 is the phone number as digits, exactly as it will be sent to Nova Post.
        status = entry->expiresAt.isValid() ? tr("Sent as %1. A test key is stored, valid until %2.")
                                                  .arg(phone.digits(), dayText(entry->expiresAt, QString()))
                                            : tr("Sent as %1. A test key is stored.").arg(phone.digits());
    } else {
        status = tr("Sent as %1. No test key stored yet for this number.").arg(phone.digits());
    }
    m_phoneStatusLabel->setText(status);
    m_phoneStatusLabel->setStyleSheet(problem ? QStringLiteral("QLabel { color: #B3140A; }") : QString());
    m_phoneEdit->setAccessibleDescription(status);

    // Keep the list selection in step with the field, so Renew and Remove act on what is typed.
    const QString digits = phone.isValid() ? phone.digits() : QString();
    if (selectedPhone() != digits) {
        const QSignalBlocker blocker(m_keyList);
        m_keyList->clearSelection();
        for (int i = 0; i < m_keyList->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = m_keyList->topLevelItem(i);
            if (item->data(PhoneColumn, Qt::UserRole).toString() == digits) {
                item->setSelected(true);
                m_keyList->setCurrentItem(item);
            }
        }
    }
}

void MainWindow::updateProductionKeyStatus()
{
    const auto entry = m_services.keyStore->entry(EnvironmentKind::Production, selectedProductionKey());
    if (!entry) {
        m_productionKeyStatusLabel->setText(tr("No production key saved yet."));
        return;
    }
    const QString lastUsed = entry->lastUsedAt.isValid() ? dateText(entry->lastUsedAt, {}) : QString();
    QString text;
    if (entry->sessionOnly) {
        text = lastUsed.isEmpty()
                   ? tr("A production key is kept in memory for this session only.")
                   : tr("A production key is kept in memory for this session only (last used %1).")
                         .arg(lastUsed);
    } else {
        const QString where = m_services.keyStore->secretStore()->locationDescription();
        text = lastUsed.isEmpty()
                   ? tr("A production key is saved in %1.").arg(where)
                   : tr("A production key is saved in %1 (last used %2).").arg(where, lastUsed);
    }
    m_productionKeyStatusLabel->setText(text);
}

QString MainWindow::getJwtBlocker() const
{
    if (m_busy)
        return tr("A request is running; wait for it or cancel it.");
    if (m_current == EnvironmentKind::Production) {
        if (!m_services.keyStore->entry(EnvironmentKind::Production, selectedProductionKey()))
            return tr("Save a production key first to get a JWT.");
        return {};
    }
    const PhoneNumber phone = PhoneNumber::parse(m_phoneEdit->text());
    if (!phone.isValid())
        return tr("Enter a phone number with a stored test key to get a JWT.");
    if (!m_services.keyStore->entry(EnvironmentKind::Sandbox, phone.digits()))
        return tr("Request a test key for %1 first.").arg(phone.displayText());
    return {};
}

QString MainWindow::describeSource(EnvironmentKind kind, const QString& phone) const
{
    if (kind == EnvironmentKind::Production) {
        const auto entry = m_services.keyStore->entry(EnvironmentKind::Production, phone);
        if (entry && entry->productionKey != QLatin1String("default"))
            //: Which key made a token; inserted into "Uses %1.", "Getting a JWT with %1…" and similar.
            return tr("the production key “%1”").arg(entry->label);
        //: Which key made a token; inserted into "Uses %1.", "Getting a JWT with %1…" and similar.
        return tr("the saved production key");
    }
    //: Which key made a token; %1 is a phone number. Inserted into "Uses %1." and similar.
    return tr("the test key for %1").arg(PhoneNumber::parse(phone).displayText());
}

void MainWindow::updateActions()
{
    const QString blocker = getJwtBlocker();
    m_getJwtButton->setEnabled(blocker.isEmpty());
    if (m_busy) {
        // The busy text set by setBusy() stays.
    } else if (blocker.isEmpty()) {
        m_getJwtHintLabel->setText(
            tr("Uses %1. Shortcut: Ctrl+G.").arg(describeSource(m_current, currentPhoneDigits())));
    } else {
        m_getJwtHintLabel->setText(blocker);
    }
    m_getJwtButton->setAccessibleDescription(m_getJwtHintLabel->text());

    const bool phoneValid = !currentPhoneDigits().isEmpty();
    m_requestTestKeyButton->setEnabled(!m_busy && phoneValid);
    const bool haveSelection = !selectedPhone().isEmpty();
    m_renewButton->setEnabled(!m_busy && haveSelection);
    m_removeButton->setEnabled(!m_busy && haveSelection);
    m_saveKeyButton->setEnabled(!m_busy && !m_productionKeyEdit->text().trimmed().isEmpty());
    m_forgetKeyButton->setEnabled(
        !m_busy &&
        m_services.keyStore->entry(EnvironmentKind::Production, selectedProductionKey()).has_value());
    m_productionKeyCombo->setEnabled(!m_busy && m_productionKeyCombo->count() > 1);
    if (m_freshJwtAction)
        m_freshJwtAction->setEnabled(blocker.isEmpty());
    m_environmentCombo->setEnabled(!m_busy);
}

void MainWindow::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    m_cancelButton->setVisible(busy);
    m_busyIndicator->setVisible(busy);
    if (busy) {
        m_getJwtHintLabel->setText(text);
        // Keyboard users land on Cancel, which Escape also triggers.
        if (m_getJwtButton->hasFocus() || m_requestTestKeyButton->hasFocus())
            m_cancelButton->setFocus();
    }
    updateActions();
}

// ----------------------------------------------------------------------------------------- messages

void MainWindow::setMessage(EnvironmentKind kind, MessageBanner::Level level, const QString& text,
                            Action retry)
{
    state(kind).message = {level, text, retry};
    if (kind == m_current)
        renderMessages();
}

void MainWindow::setKeychainNotice(EnvironmentKind kind, const QString& text, Action retry)
{
    state(kind).keychainNotice = {MessageBanner::Level::Warning, text, retry};
    if (kind == m_current)
        renderMessages();
}

void MainWindow::clearMessage(EnvironmentKind kind)
{
    setMessage(kind, MessageBanner::Level::Info, QString());
}

void MainWindow::showApiError(EnvironmentKind kind, const ApiError& error, Action retry)
{
    const bool networkTrouble = error.kind() == ApiError::Kind::ServiceUnavailable ||
                                error.kind() == ApiError::Kind::TlsFailure ||
                                error.kind() == ApiError::Kind::Cancelled;
    const auto level =
        error.kind() == ApiError::Kind::Cancelled ? MessageBanner::Level::Info : MessageBanner::Level::Error;
    setMessage(kind, level, error.message(), error.isRetryable() || networkTrouble ? retry : Action::None);
}

void MainWindow::handleSaveResult(EnvironmentKind kind, const KeyStore::SaveResult& result,
                                  const QString& success, Action retry)
{
    if (!result.ok()) {
        if (result.status == SecretResult::Status::AccessDenied ||
            result.status == SecretResult::Status::Unavailable)
            setKeychainNotice(kind, result.message, retry);
        else
            setMessage(kind, MessageBanner::Level::Error, result.message, retry);
        return;
    }
    if (result.sessionOnly)
        setKeychainNotice(kind, result.message);
    else
        setKeychainNotice(kind, QString());
    setMessage(kind, MessageBanner::Level::Info, success);
}

// ------------------------------------------------------------------------------------------ actions

void MainWindow::retry(Action action)
{
    switch (action) {
    case Action::None:
        break;
    case Action::RequestTestKey:
        requestTestKey(false);
        break;
    case Action::RenewTestKey:
        requestTestKey(true);
        break;
    case Action::GetJwt:
        getJwt();
        break;
    case Action::SaveProductionKey:
        saveProductionKey();
        break;
    }
}

void MainWindow::onPhoneReturnPressed()
{
    // Enter does the obvious next step: with a key at hand, get the token; otherwise get a key.
    if (getJwtBlocker().isEmpty())
        getJwt();
    else
        requestTestKey(false);
}

void MainWindow::requestTestKey(bool force)
{
    if (m_busy || m_current != EnvironmentKind::Sandbox)
        return;
    const PhoneNumber phone = PhoneNumber::parse(m_phoneEdit->text());
    if (!phone.isValid()) {
        setMessage(EnvironmentKind::Sandbox, MessageBanner::Level::Error, phone.errorMessage());
        m_phoneEdit->setFocus();
        return;
    }
    const QString digits = phone.digits();
    const QString display = phone.displayText();
    KeyStore* keys = m_services.keyStore;
    keys->setLastPhone(digits);
    if (!force && keys->requestedToday(digits) && keys->entry(EnvironmentKind::Sandbox, digits)) {
        setMessage(
            EnvironmentKind::Sandbox, MessageBanner::Level::Info,
            tr("A test key for %1 was already requested today, so the stored key is used without asking "
               "again. Use Renew to ask Nova Post anyway.")
                .arg(display));
        updateActions();
        m_getJwtButton->setFocus();
        return;
    }

    const Action action = force ? Action::RenewTestKey : Action::RequestTestKey;
    clearMessage(EnvironmentKind::Sandbox);
    setBusy(true, tr("Requesting a test key for %1…").arg(display));
    // One request a day: never spend it while the keychain is locked or silent. Without any
    // keychain the key is still kept for this session, so that case goes ahead.
    keys->secretStore()->checkAccess(this, [this, digits, display, action](const SecretResult& access) {
        if (access.status == SecretResult::Status::AccessDenied ||
            access.status == SecretResult::Status::TimedOut) {
            setBusy(false);
            setKeychainNotice(EnvironmentKind::Sandbox, access.message, action);
            return;
        }
        sendTestKeyRequest(digits, display, action);
    });
}

void MainWindow::sendTestKeyRequest(const QString& digits, const QString& display, Action action)
{
    m_services.apiClient->setEnvironment(state(EnvironmentKind::Sandbox).environment);
    ApiReply* reply = m_services.apiClient->requestTestApiKey(digits);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, digits, display, action] {
        reply->deleteLater();
        if (!reply->succeeded()) {
            setBusy(false);
            // A refused request (429 daily limit, 422) leaves any stored key exactly as it was.
            showApiError(EnvironmentKind::Sandbox, reply->error(), action);
            return;
        }
        const TestApiKey key = reply->testApiKey();
        m_services.keyStore->saveTestKey(
            digits, key, this, [this, display, key, action](const KeyStore::SaveResult& result) {
                setBusy(false);
                handleSaveResult(EnvironmentKind::Sandbox, result,
                                 key.expiresAt.isValid()
                                     ? tr("Test key for %1 saved; it is valid until %2. Press Get JWT next.")
                                           .arg(display, dayText(key.expiresAt, QString()))
                                     : tr("Test key for %1 saved. Press Get JWT next.").arg(display),
                                 action);
                updatePhoneStatus();
                updateActions();
                if (result.ok())
                    m_getJwtButton->setFocus();
            });
    });
}

void MainWindow::renewSelectedKey()
{
    const QString phone = selectedPhone();
    if (phone.isEmpty())
        return;
    m_phoneEdit->setText(PhoneNumber::parse(phone).displayText());
    requestTestKey(true);
}

void MainWindow::removeSelectedKey()
{
    const QString phone = selectedPhone();
    if (phone.isEmpty() || m_busy)
        return;
    const QString display = PhoneNumber::parse(phone).displayText();
    ConfirmationPrompt::ask(
        this, tr("Remove test key"),
        tr("Remove the stored test key for %1? You can request it again later, once a day.").arg(display),
        tr("Remove"), this, [this, phone, display](bool confirmed) {
            if (!confirmed)
                return;
            m_services.keyStore->forget(
                EnvironmentKind::Sandbox, phone, this, [this, display](const KeyStore::SaveResult& result) {
                    handleSaveResult(EnvironmentKind::Sandbox, result,
                                     tr("The test key for %1 was removed.").arg(display), Action::None);
                });
        });
}

void MainWindow::saveProductionKey()
{
    if (m_busy)
        return;
    const QString key = m_productionKeyEdit->text().trimmed();
    const QString problem = ApiClient::apiKeyProblem(key);
    if (!problem.isEmpty()) {
        setMessage(EnvironmentKind::Production, MessageBanner::Level::Error, problem);
        m_productionKeyEdit->setFocus();
        return;
    }
    const QString label = m_productionLabelEdit->text().trimmed();
    // A label already stored keeps its id, which may differ from what a new label gets.
    const QString id = m_services.keyStore->productionKeyFor(label, true).id;
    m_services.keyStore->saveProductionKey(label, key, this, [this, id](const KeyStore::SaveResult& result) {
        if (result.ok()) {
            // The keychain has it now; the field need not hold it any longer.
            m_productionKeyEdit->clear();
            m_productionLabelEdit->clear();
            m_revealButton->setChecked(false);
            m_services.keyStore->setLastProductionKey(id);
            refreshProductionKeys();
            m_productionKeyCombo->setCurrentIndex(qMax(0, m_productionKeyCombo->findData(id)));
        }
        handleSaveResult(EnvironmentKind::Production, result,
                         tr("The production key was saved. Press Get JWT next."), Action::SaveProductionKey);
        updateProductionKeyStatus();
        updateActions();
        if (result.ok())
            m_getJwtButton->setFocus();
    });
}

void MainWindow::forgetProductionKey()
{
    const QString id = selectedProductionKey();
    const auto entry = m_services.keyStore->entry(EnvironmentKind::Production, id);
    if (m_busy || !entry)
        return;
    ConfirmationPrompt::ask(
        this, tr("Forget production key"),
        tr("Remove the production key “%1” from %2? You will need to paste it again to get production "
           "tokens with it.")
            .arg(entry->label, m_services.keyStore->secretStore()->locationDescription()),
        tr("Forget"), this, [this, id](bool confirmed) {
            if (!confirmed)
                return;
            m_services.keyStore->forget(
                EnvironmentKind::Production, id, this, [this](const KeyStore::SaveResult& result) {
                    refreshProductionKeys();
                    handleSaveResult(EnvironmentKind::Production, result,
                                     tr("The production key was forgotten."), Action::None);
                    updateProductionKeyStatus();
                    updateActions();
                });
        });
}

void MainWindow::getJwt()
{
    if (!getJwtBlocker().isEmpty()) {
        updateActions();
        return;
    }
    const EnvironmentKind kind = m_current;
    const QString account = kind == EnvironmentKind::Sandbox ? currentPhoneDigits() : selectedProductionKey();
    // Shift+Get JWT asks Nova Post even when a cached token would do.
    const bool fresh = QGuiApplication::keyboardModifiers().testFlag(Qt::ShiftModifier);
    startJwtRequest(kind, account, !fresh, false);
}

void MainWindow::getFreshJwt()
{
    if (!getJwtBlocker().isEmpty()) {
        updateActions();
        return;
    }
    const EnvironmentKind kind = m_current;
    const QString account = kind == EnvironmentKind::Sandbox ? currentPhoneDigits() : selectedProductionKey();
    startJwtRequest(kind, account, false, false);
}

void MainWindow::startJwtRequest(EnvironmentKind kind, const QString& account, bool useCache, bool automatic)
{
    if (m_busy)
        return;
    const QString phone = account;
    if (kind == EnvironmentKind::Sandbox)
        m_services.keyStore->setLastPhone(phone);
    else
        m_services.keyStore->setLastProductionKey(phone);
    const QString source = describeSource(kind, phone);
    const quint64 operation = ++m_operation;
    clearMessage(kind);
    setBusy(true, automatic ? tr("Renewing the JWT with %1…").arg(source)
                            : tr("Getting a JWT with %1…").arg(source));
    m_services.keyStore->readKey(
        kind, phone, this,
        [this, kind, phone, source, operation, useCache, automatic](const SecretResult& read) {
            if (operation != m_operation)
                return; // cancelled while the keychain was answering
            if (!read.ok()) {
                setBusy(false);
                if (automatic)
                    state(kind).autoRenew->renewalFailed();
                if (read.status == SecretResult::Status::Unavailable ||
                    read.status == SecretResult::Status::AccessDenied)
                    setKeychainNotice(kind, read.message, Action::GetJwt);
                else if (read.status == SecretResult::Status::NotFound)
                    setMessage(
                        kind, MessageBanner::Level::Error,
                        kind == EnvironmentKind::Sandbox
                            ? tr("The keychain no longer holds the test key for %1. Renew it to store it "
                                 "again.")
                                  .arg(PhoneNumber::parse(phone).displayText())
                            : tr("The keychain no longer holds the production key. Paste and save it "
                                 "again."));
                else
                    setMessage(kind, MessageBanner::Level::Error, read.message, Action::GetJwt);
                return;
            }
            if (state(kind).keychainNotice.retry == Action::GetJwt)
                setKeychainNotice(kind, QString()); // the keychain answered this time
            auto* fetch =
                new TokenFetch(m_services.apiClient, m_services.tokenCache, m_services.settings, this);
            m_tokenFetch = fetch;
            connect(fetch, &TokenFetch::failed, this, [this, kind, automatic](const ApiError& error) {
                setBusy(false);
                if (automatic) {
                    AutoRenewScheduler* renew = state(kind).autoRenew;
                    renew->renewalFailed();
                    const qint64 wait = AutoRenewScheduler::backoffSeconds(renew->failureCount());
                    setMessage(kind, MessageBanner::Level::Error,
                               tr("Renewing the JWT automatically failed: %1 The next try is in %n "
                                  "second(s); the current token stays usable until it expires.",
                                  "", int(wait))
                                   .arg(error.message()),
                               Action::GetJwt);
                    return;
                }
                showApiError(kind, error, Action::GetJwt);
            });
            connect(fetch, &TokenFetch::freshToken, this,
                    [this, kind, phone, source](const TokenCache::CachedToken& received) {
                        setBusy(false);
                        m_services.keyStore->markUsed(kind, phone);
                        acceptToken(kind, received.token, source, phone, received.clockOffsetSeconds, false);
                    });
            connect(fetch, &TokenFetch::cachedToken, this,
                    [this, kind, phone, source](const TokenCache::CachedToken& cached) {
                        setBusy(false);
                        m_services.keyStore->markUsed(kind, phone);
                        acceptToken(kind, cached.token, source, phone, cached.clockOffsetSeconds, true);
                        const qint64 left = m_services.tokenCache->secondsLeft(cached).value_or(0);
                        setMessage(kind, MessageBanner::Level::Info,
                                   tr("A stored JWT is still valid for %n minute(s), so it was used without "
                                      "asking Nova Post. Use Token → Get a fresh JWT (Ctrl+Shift+G) to ask "
                                      "anyway.",
                                      "", int(left / 60)));
                    });
            TokenFetch::Options options;
            options.useCache = useCache;
            options.minimumSecondsLeft = CacheMinimumSecondsLeft;
            fetch->start(state(kind).environment, read.secret, options);
        });
}

void MainWindow::cancelRequest()
{
    if (!m_busy)
        return;
    if (m_reply) {
        m_reply->cancel(); // finished() follows and reports the cancellation
        return;
    }
    if (m_tokenFetch && m_tokenFetch->isRequesting()) {
        m_tokenFetch->cancel(); // failed() follows and reports the cancellation
        return;
    }
    ++m_operation;
    if (m_tokenFetch)
        m_tokenFetch->cancel(); // releases its lock: nothing more is reported
    setBusy(false);
    for (EnvironmentState& s : m_states) {
        if (s.autoRenew->isWaitingForRenewal())
            s.autoRenew->renewalFailed();
    }
    setMessage(m_current, MessageBanner::Level::Info, tr("The request was cancelled."), Action::GetJwt);
}

void MainWindow::acceptToken(EnvironmentKind kind, const JwtToken& token, const QString& source,
                             const QString& account, qint64 clockOffsetSeconds, bool fromCache)
{
    Q_UNUSED(fromCache)
    EnvironmentState& s = state(kind);
    const QDateTime now = m_services.clock->now();
    // A previous token of this environment may still be on the clipboard; it is being replaced.
    if (s.token.raw() != token.raw())
        clearTokenFromClipboard(s);
    s.token = token;
    s.tokenSource = source;
    s.tokenAccount = account;
    s.clockOffsetSeconds = clockOffsetSeconds;
    s.tokenExpired = false;
    s.tokenExpiryAssumed = !token.expiresAt().has_value();
    // With a wrong local clock, exp is moved onto our clock: exp - (now + offset) is what is left.
    s.tokenExpiresAt = token.expiresAt().has_value() ? token.expiresAt()->addSecs(-clockOffsetSeconds)
                                                     : now.addSecs(AssumedLifetimeSeconds);
    const QDateTime start =
        token.issuedAt().has_value() ? token.issuedAt()->addSecs(-clockOffsetSeconds) : now;
    s.tokenLifetimeSeconds = qMax<qint64>(1, start.secsTo(s.tokenExpiresAt));
    s.message = {};
    s.autoRenew->start(s.tokenExpiresAt);
    m_tray->tokenStarted(int(kind));
    // Started before rendering: a token that is already past its exp expires here and is never shown.
    s.countdown->start(s.tokenExpiresAt);
    if (kind == m_current) {
        renderMessages();
        renderToken();
    }
    if (kind == m_current && s.countdown->isActive())
        m_tokenPanel->focusCopyButton();
}

void MainWindow::onTokenTick(EnvironmentKind kind, qint64 secondsLeft)
{
    if (kind == m_current)
        m_tokenPanel->showSecondsLeft(secondsLeft);
    EnvironmentState& s = state(kind);
    m_tray->tokenTick(int(kind), s.environment.displayName(), secondsLeft);
    if (kind == m_current)
        updateTray();
    s.autoRenew->check();
}

void MainWindow::onTokenExpired(EnvironmentKind kind)
{
    EnvironmentState& s = state(kind);
    clearTokenFromClipboard(s);
    s.token = JwtToken();
    s.tokenSource.clear();
    s.tokenExpired = true;
    s.autoRenew->stop();
    // The cached copy in the keychain goes too, even if no one looks it up again soon.
    if (m_services.tokenCache)
        m_services.tokenCache->purgeExpired();
    m_tray->tokenExpired(int(kind), s.environment.displayName());
    updateTray();
    if (kind == m_current) {
        renderToken();
        m_tokenPanel->focusGetNewButton();
    }
}

void MainWindow::copyToken()
{
    copyTokenAs(CopyFormats::Format::RawToken);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_services.settings->setValue(GeometryKey, saveGeometry());
    m_services.settings->sync();
    if (!m_quitting && m_keepInTrayAction->isChecked() && m_tray->hasTrayIcon()) {
        // The tray keeps the token at hand; the window comes back with Show window.
        event->ignore();
        hide();
        return;
    }
    for (const EnvironmentState& s : m_states)
        clearTokenFromClipboard(s);
    QMainWindow::closeEvent(event);
}

// ------------------------------------------------------------ clipboard clearing, extra CAs, language

void MainWindow::buildHardeningAndLanguage(const MainWindowOptions& options)
{
    m_clipboardAutoClear = new ClipboardAutoClear(m_clipboard, m_services.clock, this);
    m_clipboardAutoClear->setObjectName(QStringLiteral("clipboardAutoClear"));
    if (!m_settingsMenu->isEmpty())
        m_settingsMenu->addSeparator();
    m_settingsMenu->addMenu(
        new ClipboardDelayMenu(m_clipboardAutoClear, m_services.settings, m_settingsMenu));
    statusBar()->addPermanentWidget(new ClipboardStatusWidget(m_clipboardAutoClear, statusBar()));

    m_extraCas = new ExtraCaCertificates(m_services.apiClient, m_services.settings, this);
    connect(m_extraCas, &ExtraCaCertificates::message, this,
            [this](MessageBanner::Level level, const QString& text) { setMessage(m_current, level, text); });
    m_extraCas->addActionsTo(m_settingsMenu);
    statusBar()->addPermanentWidget(m_extraCas->statusLabel());
    m_extraCas->applyAtStart(options.caFile);

    auto* languages =
        new LanguageMenu(options.language.value_or(LanguageMenu::savedLanguage(*m_services.settings)),
                         m_services.settings, m_viewMenu);
    m_viewMenu->addMenu(languages);
    connect(languages, &LanguageMenu::languageChosen, this, [this](const QString& language) {
        // Rebuilding the window mid-request would drop the answer; the change waits for an idle window.
        if (m_busy) {
            setMessage(
                m_current, MessageBanner::Level::Info,
                tr("The language changes when the current request has finished. Choose it again then."));
            return;
        }
        emit languageChangeRequested(language);
    });
}

// ------------------------------------- token cache, auto-renew, tray, copy formats, request log, claims

namespace {

const QString AutoRenewKey = QStringLiteral("features/autoRenew");
const QString AutoRenewMinutesKey = QStringLiteral("features/autoRenewMinutes");
const QString NotifyKey = QStringLiteral("features/notifyBeforeExpiry");
const QString KeepInTrayKey = QStringLiteral("features/keepInTray");

} // namespace

void MainWindow::buildFeatureActions()
{
    QSettings* settings = m_services.settings;

    m_freshJwtAction = m_tokenMenu->addAction(tr("Get a &fresh JWT"));
    m_freshJwtAction->setObjectName(QStringLiteral("freshJwtAction"));
    m_freshJwtAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_freshJwtAction->setToolTip(tr("Ask Nova Post for a new JWT even if a stored one is still valid"));
    connect(m_freshJwtAction, &QAction::triggered, this, &MainWindow::getFreshJwt);
    m_tokenMenu->addSeparator();
    m_copyRawAction = m_tokenMenu->addAction(tr("&Copy JWT"));
    m_copyRawAction->setObjectName(QStringLiteral("copyRawAction"));
    connect(m_copyRawAction, &QAction::triggered, this,
            [this] { copyTokenAs(CopyFormats::Format::RawToken); });
    m_copyHeaderAction = m_tokenMenu->addAction(tr("Copy as &header line (Authorization: …)"));
    m_copyHeaderAction->setObjectName(QStringLiteral("copyHeaderAction"));
    connect(m_copyHeaderAction, &QAction::triggered, this,
            [this] { copyTokenAs(CopyFormats::Format::HeaderLine); });
    m_copyCurlAction = m_tokenMenu->addAction(tr("Copy as c&url command"));
    m_copyCurlAction->setObjectName(QStringLiteral("copyCurlAction"));
    connect(m_copyCurlAction, &QAction::triggered, this,
            [this] { copyTokenAs(CopyFormats::Format::CurlCommand); });
    m_copyMenu = new QMenu(this);
    m_copyMenu->setObjectName(QStringLiteral("copyFormatsMenu"));
    m_copyMenu->addAction(m_copyRawAction);
    m_copyMenu->addAction(m_copyHeaderAction);
    m_copyMenu->addAction(m_copyCurlAction);
    m_tokenPanel->setCopyMenu(m_copyMenu);

    m_autoRenewAction = m_settingsMenu->addAction(tr("&Renew the JWT automatically before expiry"));
    m_autoRenewAction->setObjectName(QStringLiteral("autoRenewAction"));
    m_autoRenewAction->setCheckable(true);
    m_autoRenewAction->setChecked(settings->value(AutoRenewKey, false).toBool());
    QMenu* leadMenu = m_settingsMenu->addMenu(tr("Renew &before expiry"));
    leadMenu->setObjectName(QStringLiteral("autoRenewLeadMenu"));
    m_renewLeadGroup = new QActionGroup(this);
    m_renewLeadGroup->setExclusive(true);
    int minutes = settings->value(AutoRenewMinutesKey, 5).toInt();
    if (minutes != 1 && minutes != 2 && minutes != 5 && minutes != 10)
        minutes = 5;
    for (int choice : {1, 2, 5, 10}) {
        QAction* action = leadMenu->addAction(tr("%n minute(s) before expiry", "", choice));
        action->setObjectName(QStringLiteral("autoRenew%1MinutesAction").arg(choice));
        action->setCheckable(true);
        action->setData(choice);
        action->setChecked(choice == minutes);
        m_renewLeadGroup->addAction(action);
    }
    m_notifyAction = m_settingsMenu->addAction(tr("&Notify before expiry"));
    m_notifyAction->setObjectName(QStringLiteral("notifyBeforeExpiryAction"));
    m_notifyAction->setCheckable(true);
    m_notifyAction->setChecked(settings->value(NotifyKey, true).toBool());
    m_keepInTrayAction = m_settingsMenu->addAction(tr("&Keep running in the tray when closed"));
    m_keepInTrayAction->setObjectName(QStringLiteral("keepInTrayAction"));
    m_keepInTrayAction->setCheckable(true);
    m_keepInTrayAction->setChecked(settings->value(KeepInTrayKey, false).toBool());

    auto save = [this] {
        QSettings* settings = m_services.settings;
        settings->setValue(AutoRenewKey, m_autoRenewAction->isChecked());
        if (QAction* lead = m_renewLeadGroup->checkedAction())
            settings->setValue(AutoRenewMinutesKey, lead->data().toInt());
        settings->setValue(NotifyKey, m_notifyAction->isChecked());
        settings->setValue(KeepInTrayKey, m_keepInTrayAction->isChecked());
        settings->sync();
        applyFeatureSettings();
    };
    connect(m_autoRenewAction, &QAction::toggled, this, save);
    connect(m_renewLeadGroup, &QActionGroup::triggered, this, save);
    connect(m_notifyAction, &QAction::toggled, this, save);
    connect(m_keepInTrayAction, &QAction::toggled, this, save);

    QAction* log = m_viewMenu->addAction(tr("Request &log…"));
    log->setObjectName(QStringLiteral("requestLogAction"));
    connect(log, &QAction::triggered, this, &MainWindow::showRequestLog);

    connect(m_services.keyStore, &KeyStore::entriesChanged, this, &MainWindow::refreshProductionKeys);
}

void MainWindow::buildTray()
{
    m_tray = new TrayController(this);
    connect(m_tray, &TrayController::copyRequested, this, &MainWindow::copyToken);
    connect(m_tray, &TrayController::getNewRequested, this, &MainWindow::getFreshJwt);
    const auto showWindow = [this] {
        showNormal();
        raise();
        activateWindow();
    };
    connect(m_tray, &TrayController::showWindowRequested, this, showWindow);
    // The notification's "Get a new JWT": as the tray's, in the environment the notification was about.
    connect(m_tray, &TrayController::getNewForSlotRequested, this, [this, showWindow](int slot) {
        setCurrentEnvironment(slot == int(EnvironmentKind::Production) ? EnvironmentKind::Production
                                                                       : EnvironmentKind::Sandbox);
        showWindow();
        m_tray->getNewAction()->trigger();
    });
    connect(m_tray, &TrayController::quitRequested, this, [this] {
        m_quitting = true;
        close();
        QCoreApplication::quit();
    });
    QTimer::singleShot(0, this, [this] {
        if (!m_tray->showIcon()) {
            m_keepInTrayAction->setEnabled(false);
            m_keepInTrayAction->setToolTip(tr("This desktop has no system tray."));
        }
    });
}

void MainWindow::applyFeatureSettings()
{
    const QAction* lead = m_renewLeadGroup->checkedAction();
    const int minutes = lead ? lead->data().toInt() : 5;
    for (EnvironmentState& s : m_states) {
        s.autoRenew->setEnabled(m_autoRenewAction->isChecked());
        s.autoRenew->setLeadSeconds(qint64(minutes) * 60);
    }
    m_tray->setNotificationsEnabled(m_notifyAction->isChecked());
}

void MainWindow::restoreCachedTokens()
{
    TokenCache* cache = m_services.tokenCache;
    if (!cache)
        return;
    for (EnvironmentKind kind : {EnvironmentKind::Sandbox, EnvironmentKind::Production}) {
        const QString account =
            kind == EnvironmentKind::Sandbox ? m_services.keyStore->lastPhone() : selectedProductionKey();
        if (account.isEmpty() || !m_services.keyStore->entry(kind, account))
            continue;
        // The cache entry is named after the key, so the key is read first (asynchronously).
        m_services.keyStore->readKey(kind, account, this, [this, kind, account](const SecretResult& read) {
            if (!read.ok() || state(kind).token.isValid())
                return;
            m_services.tokenCache->lookup(
                state(kind).environment, read.secret, 1, this,
                [this, kind, account](const std::optional<TokenCache::CachedToken>& cached) {
                    if (!cached || state(kind).token.isValid())
                        return;
                    acceptToken(kind, cached->token, describeSource(kind, account), account,
                                cached->clockOffsetSeconds, true);
                });
        });
    }
}

void MainWindow::copyTokenAs(CopyFormats::Format format)
{
    const EnvironmentState& s = state(m_current);
    if (!s.token.isValid() || !s.countdown->isActive())
        return;
    m_clipboard->copySecret(CopyFormats::text(format, s.token.raw(), s.environment.baseUrl()));
    m_tokenPanel->showCopied();
}

void MainWindow::clearTokenFromClipboard(const EnvironmentState& s)
{
    // The token may have been copied raw, as a header line or inside a curl command.
    for (const QString& text : CopyFormats::allTexts(s.token.raw(), s.environment.baseUrl()))
        m_clipboard->clearIfHolding(text);
}

void MainWindow::onAutoRenewDue(EnvironmentKind kind)
{
    EnvironmentState& s = state(kind);
    if (m_busy) {
        s.autoRenew->renewalPostponed();
        return;
    }
    if (s.tokenAccount.isEmpty() || !m_services.keyStore->entry(kind, s.tokenAccount)) {
        s.autoRenew->stop();
        return;
    }
    startJwtRequest(kind, s.tokenAccount, false, true);
}

void MainWindow::updateTray()
{
    const EnvironmentState& s = state(m_current);
    std::optional<qint64> left;
    if (s.token.isValid() && s.countdown->isActive())
        left = s.countdown->secondsLeft();
    m_tray->showState(s.environment.displayName(), left, s.tokenExpired);
}

void MainWindow::showRequestLog()
{
    if (!m_requestLogDialog) {
        m_requestLogDialog = new RequestLogDialog(m_requestLog, this);
        connect(m_requestLogDialog, &RequestLogDialog::copyRequested, this, [this](const QString& text) {
            // The log holds no secret (the apiKey is redacted), so it goes on the clipboard plainly.
            QClipboard* clipboard =
                m_services.clipboard ? m_services.clipboard : QGuiApplication::clipboard();
            clipboard->setText(text);
        });
    }
    m_requestLogDialog->show();
    m_requestLogDialog->raise();
    m_requestLogDialog->activateWindow();
}

void MainWindow::refreshProductionKeys()
{
    const QString wanted = m_productionKeyCombo->count() > 0 ? selectedProductionKey()
                                                             : m_services.keyStore->lastProductionKey();
    const QSignalBlocker blocker(m_productionKeyCombo);
    m_productionKeyCombo->clear();
    for (const KeyEntry& entry : m_services.keyStore->entries(EnvironmentKind::Production)) {
        const QString label =
            entry.productionKey == QLatin1String("default") && entry.label == entry.productionKey
                ? tr("Default")
                : entry.label;
        m_productionKeyCombo->addItem(label, entry.productionKey);
    }
    int index = m_productionKeyCombo->findData(wanted);
    if (index < 0)
        index = m_productionKeyCombo->findData(m_services.keyStore->lastProductionKey());
    m_productionKeyCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_productionKeyCombo->setVisible(m_productionKeyCombo->count() > 0);
}

QString MainWindow::selectedProductionKey() const
{
    if (m_productionKeyCombo && m_productionKeyCombo->currentIndex() >= 0)
        return m_productionKeyCombo->currentData().toString();
    return m_services.keyStore->lastProductionKey();
}

QString MainWindow::clockNote(qint64 clockOffsetSeconds) const
{
    if (qAbs(clockOffsetSeconds) <= ApiReply::ClockSkewToleranceSeconds)
        return {};
    // The offset is Nova Post's time minus ours: negative means our clock is ahead.
    const bool ahead = clockOffsetSeconds < 0;
    const qint64 seconds = qAbs(clockOffsetSeconds);
    if (seconds >= 60) {
        const int minutes = int((seconds + 30) / 60);
        return ahead ? tr("Your clock is %n min ahead of Nova Post's; the countdown uses the server's time.",
                          "", minutes)
                     : tr("Your clock is %n min behind Nova Post's; the countdown uses the server's time.",
                          "", minutes);
    }
    return ahead ? tr("Your clock is %n s ahead of Nova Post's; the countdown uses the server's time.", "",
                      int(seconds))
                 : tr("Your clock is %n s behind Nova Post's; the countdown uses the server's time.", "",
                      int(seconds));
}

} // namespace novapost::gui
