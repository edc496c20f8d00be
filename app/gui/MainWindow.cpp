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
#include "EnvironmentBar.h"
#include "ExtraCaCertificates.h"
#include "FirstPaint.h"
#include "GetJwtRow.h"
#include "LanguageMenu.h"
#include "PhoneNumber.h"
#include "ProductionKeyPage.h"
#include "RequestLog.h"
#include "RequestLogDialog.h"
#include "RestoredGeometry.h"
#include "SandboxKeyPage.h"
#include "TokenCache.h"
#include "TokenCountdown.h"
#include "TokenFetch.h"
#include "TokenPanel.h"
#include "TrayController.h"
#include "ViewParts.h"
#include "WindowMenus.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>

namespace novapost::gui {

namespace {

const QString GeometryKey = QStringLiteral("window/geometry");
constexpr qint64 AssumedLifetimeSeconds = 3600;

using viewparts::dateText;
using viewparts::dayText;

/**
 * A window @p width wide that shows all of @p area's contents (@p around is the height of the menu and
 * status bars) with lines to spare for what a token adds (countdown, expiry, header hint, claims); no
 * taller than @p screenHeight. Shorter windows scroll.
 */
QSize openingSize(const QScrollArea* area, int width, int around, int screenHeight)
{
    const QWidget* contents = area->widget();
    width = std::max(width, contents->minimumSizeHint().width());
    const int contentsHeight =
        contents->hasHeightForWidth() ? contents->heightForWidth(width) : contents->sizeHint().height();
    const int spare = contents->fontMetrics().lineSpacing() * 8;
    return {width, std::min(around + contentsHeight + spare, screenHeight)};
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
    connectViews();
    // Outside dialogs Qt buttons ignore Enter; people expect Enter on a focused button to press it.
    for (QPushButton* button : findChildren<QPushButton*>())
        button->setAutoDefault(true);
    connect(m_services.keyStore, &KeyStore::entriesChanged, this, [this] {
        refreshKeyList();
        updatePhoneStatus();
        updateProductionKeyStatus();
        updateActions();
    });
    // A keychain call that takes over a second is most likely waiting behind an unlock prompt.
    connect(m_services.keyStore->secretStore(), &SecretStore::waitingForUnlock, this, [this] {
        if (m_busy)
            m_getJwtRow->setHint(tr("Waiting for the keychain to be unlocked…"));
    });

    m_sandboxPage->setPhoneText(PhoneNumber::parse(m_services.keyStore->lastPhone()).isValid()
                                    ? PhoneNumber::parse(m_services.keyStore->lastPhone()).displayText()
                                    : QString());
    refreshKeyList();
    refreshProductionKeys();
    showEnvironment();
    applyFeatureSettings();
    restoreCachedTokens();
    // After showEnvironment(): the size hint depends on which key page is shown.
    if (!RestoredGeometry::restore(this, m_services.settings->value(GeometryKey).toByteArray()))
        resize(openingSize(m_scrollArea, 760,
                           menuBar()->sizeHint().height() + statusBar()->sizeHint().height(),
                           screen()->availableGeometry().height()));
    focusNextStep();
}

void MainWindow::focusNextStep()
{
    // Start where the next keystroke is useful: on Get JWT when it can run, else on the field to fill.
    if (getJwtBlocker().isEmpty())
        m_getJwtRow->focusGetJwt();
    else if (m_current == EnvironmentKind::Production)
        m_productionPage->focusKeyField();
    else
        m_sandboxPage->focusPhone();
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
    // Scrolls when the window is shorter than its contents; the contents are never squeezed.
    // Given its widget while that is still empty, so the area does not measure and move a full tree.
    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setObjectName(QStringLiteral("contentsScrollArea"));
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setWidgetResizable(true);
    auto* central = new QWidget;
    m_scrollArea->setWidget(central);
    setCentralWidget(m_scrollArea);
    auto* layout = new QVBoxLayout(central);

    m_environmentBar = new EnvironmentBar(central);
    layout->addWidget(m_environmentBar);
    m_messageBanner = new MessageBanner(central);
    m_messageBanner->setObjectName(QStringLiteral("messageBanner"));
    layout->addWidget(m_messageBanner);
    m_keychainBanner = new MessageBanner(central);
    m_keychainBanner->setObjectName(QStringLiteral("keychainBanner"));
    layout->addWidget(m_keychainBanner);

    // Two pages shown one at a time rather than a stacked widget, so each takes only its own height.
    m_sandboxPage = new SandboxKeyPage(central);
    m_productionPage = new ProductionKeyPage(central);
    layout->addWidget(m_sandboxPage);
    layout->addWidget(m_productionPage);

    m_getJwtRow = new GetJwtRow(central);
    layout->addWidget(m_getJwtRow);
    m_tokenPanel = new TokenPanel(central);
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

    m_menus = new WindowMenus(this, QUrl(QString::fromLatin1(DocumentationUrl)));
}

void MainWindow::connectViews()
{
    connect(m_environmentBar, &EnvironmentBar::environmentChosen, this, &MainWindow::setCurrentEnvironment);
    connect(m_messageBanner, &MessageBanner::retryRequested, this,
            [this] { retry(state(m_current).message.retry); });
    connect(m_messageBanner, &MessageBanner::dismissed, this, [this] { state(m_current).message = {}; });
    connect(m_keychainBanner, &MessageBanner::retryRequested, this,
            [this] { retry(state(m_current).keychainNotice.retry); });
    connect(m_keychainBanner, &MessageBanner::dismissed, this,
            [this] { state(m_current).keychainNotice = {}; });

    connect(m_sandboxPage, &SandboxKeyPage::phoneTextChanged, this, [this] {
        updatePhoneStatus();
        updateActions();
    });
    connect(m_sandboxPage, &SandboxKeyPage::phoneReturnPressed, this, &MainWindow::onPhoneReturnPressed);
    connect(m_sandboxPage, &SandboxKeyPage::requestKey, this,
            [this](const QString& phoneText) { requestTestKey(phoneText, false); });
    connect(m_sandboxPage, &SandboxKeyPage::renewKey, this, &MainWindow::renewTestKey);
    connect(m_sandboxPage, &SandboxKeyPage::removeKey, this, &MainWindow::removeTestKey);
    connect(m_sandboxPage, &SandboxKeyPage::selectedAccountChanged, this, &MainWindow::updateActions);
    connect(m_sandboxPage, &SandboxKeyPage::keyActivated, this, &MainWindow::getJwt);

    connect(m_productionPage, &ProductionKeyPage::saveKey, this, &MainWindow::saveProductionKey);
    connect(m_productionPage, &ProductionKeyPage::forgetKey, this, &MainWindow::forgetProductionKey);
    connect(m_productionPage, &ProductionKeyPage::keyTextChanged, this, &MainWindow::updateActions);
    connect(m_productionPage, &ProductionKeyPage::keyChosen, this, [this](const QString& account) {
        m_services.keyStore->setLastProductionKey(account);
        updateProductionKeyStatus();
        updateActions();
    });

    connect(m_getJwtRow, &GetJwtRow::getJwtClicked, this, [this](bool fresh) {
        // Shift+Get JWT asks Nova Post even when a cached token would do.
        if (fresh)
            getFreshJwt();
        else
            getJwt();
    });
    connect(m_getJwtRow, &GetJwtRow::cancelClicked, this, &MainWindow::cancelRequest);
    connect(m_tokenPanel, &TokenPanel::copyRequested, this, &MainWindow::copyToken);
    connect(m_tokenPanel, &TokenPanel::getNewRequested, this, &MainWindow::getJwt);

    connect(m_menus, &WindowMenus::getJwtRequested, this, &MainWindow::getJwt);
    connect(m_menus, &WindowMenus::freshJwtRequested, this, &MainWindow::getFreshJwt);
    connect(m_menus, &WindowMenus::copyRequested, this, &MainWindow::copyTokenAs);
    connect(m_menus, &WindowMenus::requestLogRequested, this, &MainWindow::showRequestLog);
    connect(m_menus, &WindowMenus::cancelRequested, this, [this] {
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
    m_productionPage->hideKey();
    m_services.keyStore->setLastEnvironment(kind);
    showEnvironment();
    if (!m_environmentBar->choiceHasFocus())
        focusNextStep();
}

void MainWindow::showEnvironment()
{
    const EnvironmentState& s = state(m_current);
    const bool production = s.environment.isProduction();
    m_environmentBar->setEnvironment(s.environment);
    // Ends with the application's display name, as Qt would otherwise append it a second time.
    setWindowTitle(s.environment.displayName() + QStringLiteral(" — ") +
                   QGuiApplication::applicationDisplayName());
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
    const QList<KeyEntry> entries = m_services.keyStore->entries(EnvironmentKind::Sandbox);
    m_sandboxPage->setKeys(entries);
    const QString location = keyLocationText();
    m_sandboxPage->setLocation(entries.isEmpty()
                                   ? tr("No test keys stored yet. %1").arg(location)
                                   : tr("%n test key(s) stored. %1", "", int(entries.size())).arg(location));
}

bool MainWindow::allKeysInPersistentStore() const
{
    const QList<KeyEntry> all = m_services.keyStore->entries();
    return m_services.keyStore->secretStore()->isPersistent() &&
           std::none_of(all.begin(), all.end(), [](const KeyEntry& e) { return e.sessionOnly; });
}

QString MainWindow::keyLocationText() const
{
    const QList<KeyEntry> all = m_services.keyStore->entries();
    const auto inMemory =
        std::count_if(all.begin(), all.end(), [](const KeyEntry& e) { return e.sessionOnly; });
    const QString where = m_services.keyStore->secretStore()->locationDescription();
    // Keys kept in memory because the keychain failed must not be described as stored in it.
    if (inMemory > 0 && inMemory == all.size())
        return tr("No keychain could be used: keys are kept in memory for this session only.");
    if (inMemory > 0)
        return tr("Keys marked “This session only” are kept in memory; the others are stored in %1.")
            .arg(where);
    return m_services.keyStore->secretStore()->isPersistent()
               ? tr("Keys are stored in %1.").arg(where)
               : tr("Keys are kept in %1; they are forgotten when the program ends.").arg(where);
}

QString MainWindow::currentPhoneDigits() const
{
    const PhoneNumber phone = PhoneNumber::parse(m_sandboxPage->phoneText());
    return phone.isValid() ? phone.digits() : QString();
}

void MainWindow::updatePhoneStatus()
{
    const QString text = m_sandboxPage->phoneText();
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
    m_sandboxPage->setPhoneStatus(status, problem);
    // Keep the list selection in step with the field, so Renew and Remove act on what is typed.
    m_sandboxPage->selectAccount(phone.isValid() ? phone.digits() : QString());
}

void MainWindow::updateProductionKeyStatus()
{
    const auto entry = m_services.keyStore->entry(EnvironmentKind::Production, selectedProductionKey());
    const QString location = keyLocationText();
    if (!entry) {
        m_productionPage->setKeyStatus(tr("No production key saved yet.") + QLatin1Char(' ') + location);
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
    // Where keys are kept, unless that only repeats where this key is saved.
    if (entry->sessionOnly || !allKeysInPersistentStore())
        text += QLatin1Char(' ') + location;
    m_productionPage->setKeyStatus(text);
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
    const PhoneNumber phone = PhoneNumber::parse(m_sandboxPage->phoneText());
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
    m_getJwtRow->setGetJwtEnabled(blocker.isEmpty());
    if (m_busy) {
        // The busy text set by setBusy() stays.
    } else if (blocker.isEmpty()) {
        m_getJwtRow->setHint(
            tr("Uses %1. Shortcut: Ctrl+G.").arg(describeSource(m_current, currentPhoneDigits())));
    } else {
        m_getJwtRow->setHint(blocker);
    }

    m_sandboxPage->setRequestEnabled(!m_busy && !currentPhoneDigits().isEmpty());
    m_sandboxPage->setKeyActionsEnabled(!m_busy && !m_sandboxPage->selectedAccount().isEmpty());
    m_productionPage->setActionsEnabled(
        !m_busy,
        m_services.keyStore->entry(EnvironmentKind::Production, selectedProductionKey()).has_value());
    m_menus->setFreshJwtEnabled(blocker.isEmpty());
    m_environmentBar->setChoiceEnabled(!m_busy);
}

void MainWindow::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    // Keyboard users land on Cancel, which Escape also triggers.
    const bool onRequestButton = busy && m_sandboxPage->requestButtonHasFocus();
    m_getJwtRow->setBusy(busy, text);
    if (onRequestButton)
        m_getJwtRow->focusCancel();
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
        requestTestKey(m_sandboxPage->phoneText(), false);
        break;
    case Action::RenewTestKey:
        requestTestKey(m_sandboxPage->phoneText(), true);
        break;
    case Action::GetJwt:
        getJwt();
        break;
    case Action::SaveProductionKey:
        saveProductionKey(m_productionPage->labelText(), m_productionPage->keyText());
        break;
    }
}

void MainWindow::onPhoneReturnPressed()
{
    // Enter does the obvious next step: with a key at hand, get the token; otherwise get a key.
    if (getJwtBlocker().isEmpty())
        getJwt();
    else
        requestTestKey(m_sandboxPage->phoneText(), false);
}

void MainWindow::requestTestKey(const QString& phoneText, bool force)
{
    if (m_busy || m_current != EnvironmentKind::Sandbox)
        return;
    const PhoneNumber phone = PhoneNumber::parse(phoneText);
    if (!phone.isValid()) {
        setMessage(EnvironmentKind::Sandbox, MessageBanner::Level::Error, phone.errorMessage());
        m_sandboxPage->focusPhone();
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
        m_getJwtRow->focusGetJwt();
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
                    m_getJwtRow->focusGetJwt();
            });
    });
}

void MainWindow::renewTestKey(const QString& account)
{
    if (account.isEmpty())
        return;
    m_sandboxPage->setPhoneText(PhoneNumber::parse(account).displayText());
    requestTestKey(m_sandboxPage->phoneText(), true);
}

void MainWindow::removeTestKey(const QString& account)
{
    const QString phone = account;
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

void MainWindow::saveProductionKey(const QString& label, const QString& key)
{
    if (m_busy)
        return;
    const QString problem = ApiClient::apiKeyProblem(key);
    if (!problem.isEmpty()) {
        setMessage(EnvironmentKind::Production, MessageBanner::Level::Error, problem);
        m_productionPage->focusKeyField();
        return;
    }
    // A label already stored keeps its id, which may differ from what a new label gets.
    const QString id = m_services.keyStore->productionKeyFor(label, true).id;
    m_services.keyStore->saveProductionKey(label, key, this, [this, id](const KeyStore::SaveResult& result) {
        if (result.ok()) {
            // The keychain has it now; the field need not hold it any longer.
            m_productionPage->clearInput();
            m_services.keyStore->setLastProductionKey(id);
            refreshProductionKeys();
            m_productionPage->selectKey(id);
        }
        handleSaveResult(EnvironmentKind::Production, result,
                         tr("The production key was saved. Press Get JWT next."), Action::SaveProductionKey);
        updateProductionKeyStatus();
        updateActions();
        if (result.ok())
            m_getJwtRow->focusGetJwt();
    });
}

void MainWindow::forgetProductionKey(const QString& account)
{
    const QString id = account;
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
    if (!m_quitting && m_menus->keepInTray() && m_tray->hasTrayIcon()) {
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
    QMenu* settingsMenu = m_menus->settingsMenu();
    if (!settingsMenu->isEmpty())
        settingsMenu->addSeparator();
    settingsMenu->addMenu(new ClipboardDelayMenu(m_clipboardAutoClear, m_services.settings, settingsMenu));
    statusBar()->addPermanentWidget(new ClipboardStatusWidget(m_clipboardAutoClear, statusBar()));

    m_extraCas = new ExtraCaCertificates(m_services.apiClient, m_services.settings, this);
    connect(m_extraCas, &ExtraCaCertificates::message, this,
            [this](MessageBanner::Level level, const QString& text) { setMessage(m_current, level, text); });
    m_extraCas->addActionsTo(settingsMenu);
    statusBar()->addPermanentWidget(m_extraCas->statusLabel());
    m_extraCas->applyAtStart(options.caFile);

    auto* languages =
        new LanguageMenu(options.language.value_or(LanguageMenu::savedLanguage(*m_services.settings)),
                         m_services.settings, m_menus->viewMenu());
    m_menus->viewMenu()->addMenu(languages);
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
    const QSettings* settings = m_services.settings;
    m_menus->setAutoRenew(settings->value(AutoRenewKey, false).toBool());
    m_menus->setRenewLeadMinutes(
        settings->value(AutoRenewMinutesKey, WindowMenus::DefaultRenewLeadMinutes).toInt());
    m_menus->setNotifyBeforeExpiry(settings->value(NotifyKey, true).toBool());
    m_menus->setKeepInTray(settings->value(KeepInTrayKey, false).toBool());
    connect(m_menus, &WindowMenus::featureSettingsChanged, this, [this] {
        QSettings* settings = m_services.settings;
        settings->setValue(AutoRenewKey, m_menus->autoRenew());
        settings->setValue(AutoRenewMinutesKey, m_menus->renewLeadMinutes());
        settings->setValue(NotifyKey, m_menus->notifyBeforeExpiry());
        settings->setValue(KeepInTrayKey, m_menus->keepInTray());
        settings->sync();
        applyFeatureSettings();
    });
    m_tokenPanel->setCopyMenu(m_menus->copyMenu());

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
    FirstPaint::then(this, [this] {
        if (!m_tray->showIcon())
            m_menus->setKeepInTrayAvailable(false);
    });
}

void MainWindow::applyFeatureSettings()
{
    const int minutes = m_menus->renewLeadMinutes();
    for (EnvironmentState& s : m_states) {
        s.autoRenew->setEnabled(m_menus->autoRenew());
        s.autoRenew->setLeadSeconds(qint64(minutes) * 60);
    }
    m_tray->setNotificationsEnabled(m_menus->notifyBeforeExpiry());
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
    m_productionPage->setKeys(m_services.keyStore->entries(EnvironmentKind::Production),
                              m_services.keyStore->lastProductionKey());
}

QString MainWindow::selectedProductionKey() const
{
    const QString chosen = m_productionPage->selectedKey();
    return chosen.isEmpty() ? m_services.keyStore->lastProductionKey() : chosen;
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
