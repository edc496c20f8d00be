// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "ClaimsPanel.h"
#include "ClipboardAutoClear.h"
#include "ClipboardGuard.h"
#include "ClipboardStatusWidget.h"
#include "EnvironmentBar.h"
#include "EnvironmentSession.h"
#include "EnvironmentSessions.h"
#include "ExtraCaCertificates.h"
#include "GetJwtRow.h"
#include "KeyStore.h"
#include "LanguageMenu.h"
#include "MessageBanner.h"
#include "ProductionKeyPage.h"
#include "RequestLog.h"
#include "RequestLogDialog.h"
#include "RestoredGeometry.h"
#include "SandboxKeyPage.h"
#include "SessionBinding.h"
#include "TokenPanel.h"
#include "TrayController.h"
#include "WindowHeightFitter.h"
#include "WindowMenus.h"
#include "WindowSettings.h"

#include <QAction>
#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace novapost::gui {

namespace {

/**
 * A window @p width wide that shows all of @p area's contents (@p around is the height of the menu and
 * status bars) with lines to spare for what a token adds (countdown, expiry, header hint, claims); no
 * larger than @p screen (at 200 % the contents alone can be wider). Smaller windows scroll.
 */
QSize openingSize(const QScrollArea* area, int width, int around, const QSize& screen)
{
    const QWidget* contents = area->widget();
    width = std::min(std::max(width, contents->minimumSizeHint().width()), screen.width());
    const int screenHeight = screen.height();
    const int contentsHeight =
        contents->hasHeightForWidth() ? contents->heightForWidth(width) : contents->sizeHint().height();
    const int spare = contents->fontMetrics().lineSpacing() * 8;
    return {width, std::min(around + contentsHeight + spare, screenHeight)};
}

EnvironmentSession::MessageLevel sessionLevel(MessageBanner::Level level)
{
    switch (level) {
    case MessageBanner::Level::Info:
        return EnvironmentSession::MessageLevel::Info;
    case MessageBanner::Level::Warning:
        return EnvironmentSession::MessageLevel::Warning;
    case MessageBanner::Level::Error:
        break;
    }
    return EnvironmentSession::MessageLevel::Error;
}

} // namespace

MainWindow::MainWindow(const MainWindowServices& services, const MainWindowOptions& options, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_settings(services.windowSettings ? services.windowSettings
                                         : new WindowSettings(services.settings, this))
    , m_clipboard(
          new ClipboardGuard(services.clipboard ? services.clipboard : QGuiApplication::clipboard(), this))
    , m_requestLog(services.requestLog)
{
    Q_ASSERT(m_services.apiClient && m_services.keyStore && m_services.settings && m_services.clock);
    m_sessions = services.sessions ? services.sessions
                                   : createSessions(services, m_settings, options.baseUrlOverride, this);
    if (!m_requestLog) {
        m_requestLog = new RequestLog(this);
        m_requestLog->setObjectName(QStringLiteral("requestLog"));
        m_requestLog->watch(m_services.apiClient);
    }
    buildUi();
    // Before the parts below, which may have something to say to the shown session.
    m_binding->show(options.environment.value_or(
        m_services.keyStore->lastEnvironment().value_or(EnvironmentKind::Sandbox)));
    bindSettings();
    buildTray();
    buildClipboardCertificatesAndLanguage(options);
    // Outside dialogs Qt buttons ignore Enter; people expect Enter on a focused button to press it.
    for (QPushButton* button : findChildren<QPushButton*>())
        button->setAutoDefault(true);
    for (EnvironmentSession* session : m_sessions->all())
        connect(session, &EnvironmentSession::tokenDiscarded, this,
                [this, session](const QString& rawToken) { clearFromClipboard(session, rawToken); });

    showEnvironment();
    // After the first show(): the size hint depends on which key page is shown.
    if (!RestoredGeometry::restore(this, m_settings->windowGeometry()))
        resize(openingSize(m_scrollArea, 760,
                           menuBar()->sizeHint().height() + statusBar()->sizeHint().height(),
                           // The title bar and borders need room on the screen too.
                           screen()->availableGeometry().size() - (frameGeometry().size() - size())));
    m_heightFitter = new WindowHeightFitter(this, m_scrollArea);
    m_binding->focusNextStep();
}

MainWindow::~MainWindow()
{
    // It watches the window's events, which still come while the window's children are destroyed.
    delete m_heightFitter;
    m_heightFitter = nullptr;
    // The tokens leave the clipboard with the window, not only at application quit.
    for (const EnvironmentSession* session : m_sessions->all())
        clearFromClipboard(session, session->token().raw());
}

EnvironmentSessions* MainWindow::createSessions(const MainWindowServices& services, WindowSettings* settings,
                                                const QUrl& baseUrlOverride, QObject* parent)
{
    EnvironmentSessions::Services core;
    core.apiClient = services.apiClient;
    core.keyStore = services.keyStore;
    core.clock = services.clock;
    core.tokenCache = services.tokenCache;
    core.settings = services.settings;
    return new EnvironmentSessions(core, settings, baseUrlOverride, parent);
}

EnvironmentKind MainWindow::currentEnvironment() const
{
    return m_binding->current()->kind();
}

EnvironmentSession* MainWindow::session(EnvironmentKind kind) const
{
    return m_sessions->session(kind);
}

void MainWindow::buildUi()
{
    // Scrolls when the window is shorter than its contents; the contents are never squeezed.
    // Given its widget while that is still empty, so the area does not measure and move a full tree.
    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setObjectName(QStringLiteral("contentsScrollArea"));
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setWidgetResizable(true);
    // Not a tab stop of its own: focus on it would show nowhere. Tabbing still scrolls to the focused field.
    m_scrollArea->setFocusPolicy(Qt::NoFocus);
    auto* central = new QWidget;
    m_scrollArea->setWidget(central);
    setCentralWidget(m_scrollArea);
    auto* layout = new QVBoxLayout(central);

    SessionViews views;
    views.environmentBar = new EnvironmentBar(central);
    views.messageBanner = new MessageBanner(central);
    views.messageBanner->setObjectName(QStringLiteral("messageBanner"));
    views.keychainBanner = new MessageBanner(central);
    views.keychainBanner->setObjectName(QStringLiteral("keychainBanner"));
    // Two pages shown one at a time rather than a stacked widget, so each takes only its own height.
    views.sandboxPage = new SandboxKeyPage(central);
    views.productionPage = new ProductionKeyPage(central);
    views.getJwtRow = new GetJwtRow(central);
    views.tokenPanel = m_tokenPanel = new TokenPanel(central);
    views.claimsPanel = new ClaimsPanel(central);
    for (QWidget* view : std::initializer_list<QWidget*>{
             views.environmentBar, views.messageBanner, views.keychainBanner, views.sandboxPage,
             views.productionPage, views.getJwtRow, views.tokenPanel, views.claimsPanel})
        layout->addWidget(view);
    layout->addStretch(1);

    auto* docsLabel = new QLabel(central);
    docsLabel->setObjectName(QStringLiteral("documentationLinkLabel"));
    docsLabel->setTextFormat(Qt::RichText);
    docsLabel->setText(tr("<a href=\"%1\">How to use the JWT in the API documentation's Authorize dialog</a>")
                           .arg(QString::fromLatin1(DocumentationUrl)));
    docsLabel->setOpenExternalLinks(true);
    // Not a tab stop (Help has the same page): a keyboard-reachable link takes two stops, the first
    // of them with no visible focus.
    docsLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
    docsLabel->setAccessibleName(tr("Open the Nova Post documentation on using the JWT"));
    docsLabel->setToolTip(QString::fromLatin1(DocumentationUrl));
    layout->addWidget(docsLabel);

    views.menus = m_menus = new WindowMenus(this, QUrl(QString::fromLatin1(DocumentationUrl)));
    m_tokenPanel->setCopyMenu(m_menus->copyMenu());
    m_binding = new SessionBinding(views, m_sessions, m_services.keyStore, this);

    connect(views.environmentBar, &EnvironmentBar::environmentChosen, this,
            &MainWindow::setCurrentEnvironment);
    connect(m_tokenPanel, &TokenPanel::copyRequested, this,
            [this] { copyTokenAs(CopyFormats::Format::RawToken); });
    connect(m_menus, &WindowMenus::copyRequested, this, &MainWindow::copyTokenAs);
    connect(m_menus, &WindowMenus::requestLogRequested, this, &MainWindow::showRequestLog);
}

void MainWindow::bindSettings()
{
    m_menus->setAutoRenew(m_settings->autoRenew());
    m_menus->setRenewLeadMinutes(m_settings->renewLeadMinutes());
    m_menus->setNotifyBeforeExpiry(m_settings->notifyBeforeExpiry());
    m_menus->setKeepInTray(m_settings->keepInTray());
    connect(m_menus, &WindowMenus::featureSettingsChanged, m_settings, [this] {
        m_settings->setAutoRenew(m_menus->autoRenew());
        m_settings->setRenewLeadMinutes(m_menus->renewLeadMinutes());
        m_settings->setNotifyBeforeExpiry(m_menus->notifyBeforeExpiry());
        m_settings->setKeepInTray(m_menus->keepInTray());
    });
}

void MainWindow::buildTray()
{
    // It exists, with its menu, even where the desktop has no tray.
    m_tray = new TrayController(this);
    m_tray->setObjectName(QStringLiteral("trayController"));
    for (EnvironmentSession* session : m_sessions->all())
        m_tray->watch(session);
    m_tray->setNotificationsEnabled(m_settings->notifyBeforeExpiry());
    connect(m_settings, &WindowSettings::changed, m_tray,
            [this] { m_tray->setNotificationsEnabled(m_settings->notifyBeforeExpiry()); });
    connect(m_tray, &TrayController::copyRequested, this,
            [this] { copyTokenAs(CopyFormats::Format::RawToken); });
    connect(m_tray, &TrayController::getNewRequested, m_binding, [this] { m_binding->getJwt(true); });
    const auto showWindow = [this] {
        showNormal();
        raise();
        activateWindow();
    };
    connect(m_tray, &TrayController::showWindowRequested, this, showWindow);
    // The notification's "Get a fresh JWT": as the tray's, in the environment the notification was about.
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
    m_menus->addQuitAction(m_tray->quitAction());
    // Asking the desktop for a tray takes a round trip to it: from the event loop, once the window
    // is shown, not while it is built (it can still come before the first frame is drawn).
    QTimer::singleShot(0, this, [this] {
        if (!m_tray->showIcon())
            m_menus->setKeepInTrayAvailable(false);
    });
}

void MainWindow::buildClipboardCertificatesAndLanguage(const MainWindowOptions& options)
{
    auto* autoClear = new ClipboardAutoClear(m_clipboard, m_services.clock, this);
    autoClear->setObjectName(QStringLiteral("clipboardAutoClear"));
    QMenu* settingsMenu = m_menus->settingsMenu();
    if (!settingsMenu->isEmpty())
        settingsMenu->addSeparator();
    settingsMenu->addMenu(new ClipboardDelayMenu(autoClear, m_settings, settingsMenu));
    statusBar()->addPermanentWidget(new ClipboardStatusWidget(autoClear, statusBar()));
    m_tray->followClipboard(autoClear);

    auto* extraCas = new ExtraCaCertificates(m_services.apiClient, m_settings, this);
    connect(extraCas, &ExtraCaCertificates::message, this,
            [this](MessageBanner::Level level, const QString& text) {
                m_binding->current()->setMessage(sessionLevel(level), text);
            });
    extraCas->addActionsTo(settingsMenu);
    statusBar()->addPermanentWidget(extraCas->statusLabel());
    extraCas->applyAtStart(options.caFile);

    auto* languages =
        new LanguageMenu(options.language.value_or(m_settings->language()), m_settings, m_menus->viewMenu());
    m_menus->viewMenu()->addMenu(languages);
    connect(languages, &LanguageMenu::languageChosen, this, [this](const QString& language) {
        // Rebuilding the window mid-request would drop the answer; the change waits for an idle window.
        if (m_sessions->isAnyBusy()) {
            m_binding->current()->setMessage(
                EnvironmentSession::MessageLevel::Info,
                tr("The language changes when the current request has finished. Choose it again then."));
            return;
        }
        emit languageChangeRequested(language);
    });
}

void MainWindow::setCurrentEnvironment(EnvironmentKind kind)
{
    if (!m_binding->show(kind))
        return;
    m_services.keyStore->setLastEnvironment(kind);
    showEnvironment();
}

void MainWindow::showEnvironment()
{
    const Environment& environment = m_binding->current()->environment();
    // Ends with the application's display name, as Qt would otherwise append it a second time.
    setWindowTitle(environment.displayName() + QStringLiteral(" — ") +
                   QGuiApplication::applicationDisplayName());
    m_tray->describe(m_binding->current());
}

void MainWindow::copyTokenAs(CopyFormats::Format format)
{
    const EnvironmentSession* session = m_binding->current();
    if (!session->hasLiveToken())
        return;
    m_clipboard->copySecret(
        CopyFormats::text(format, session->token().raw(), session->environment().baseUrl()), session->kind());
    m_tokenPanel->showCopied();
}

void MainWindow::clearFromClipboard(const EnvironmentSession* session, const QString& rawToken)
{
    // The token may have been copied raw, as a header line or inside a curl command.
    for (const QString& text : CopyFormats::allTexts(rawToken, session->environment().baseUrl()))
        m_clipboard->clearIfHolding(text);
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

void MainWindow::closeEvent(QCloseEvent* event)
{
    // The size the user gave the window, not one grown for a banner or the claims.
    m_heightFitter->returnToUserHeight();
    m_settings->setWindowGeometry(saveGeometry());
    if (!m_quitting && m_settings->keepInTray() && m_tray->hasTrayIcon()) {
        // The tray keeps the token at hand; the window comes back with Show window.
        event->ignore();
        hide();
        return;
    }
    for (const EnvironmentSession* session : m_sessions->all())
        clearFromClipboard(session, session->token().raw());
    QMainWindow::closeEvent(event);
}

} // namespace novapost::gui
