// SPDX-License-Identifier: MIT
#include "WindowMenus.h"

#include "EnvironmentSession.h"
#include "Shortcuts.h"
#include "Version.h"
#include "WindowSettings.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QSignalBlocker>

namespace novapost::gui {

WindowMenus::WindowMenus(QMainWindow* window, const QUrl& documentationUrl)
    : QObject(window)
    , m_window(window)
{
    // Other parts add their actions to these menus after them.
    m_tokenMenu =
        window->menuBar()->addMenu(QCoreApplication::translate("novapost::gui::MainWindow", "&Token"));
    m_tokenMenu->setObjectName(QStringLiteral("tokenMenu"));
    m_settingsMenu =
        window->menuBar()->addMenu(QCoreApplication::translate("novapost::gui::MainWindow", "&Settings"));
    m_settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    m_viewMenu =
        window->menuBar()->addMenu(QCoreApplication::translate("novapost::gui::MainWindow", "&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_helpMenu =
        window->menuBar()->addMenu(QCoreApplication::translate("novapost::gui::MainWindow", "&Help"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));

    buildHelpMenu(documentationUrl);
    buildTokenMenu();
    buildSettingsMenu();

    QAction* log =
        m_viewMenu->addAction(QCoreApplication::translate("novapost::gui::MainWindow", "Request &log…"));
    log->setObjectName(QStringLiteral("requestLogAction"));
    connect(log, &QAction::triggered, this, &WindowMenus::requestLogRequested);

    setUpShortcuts();
}

void WindowMenus::buildHelpMenu(const QUrl& documentationUrl)
{
    QAction* documentation = m_helpMenu->addAction(
        QCoreApplication::translate("novapost::gui::MainWindow", "Nova Post API &documentation"));
    documentation->setObjectName(QStringLiteral("documentationAction"));
    connect(documentation, &QAction::triggered, this,
            [documentationUrl] { QDesktopServices::openUrl(documentationUrl); });
    QAction* about = m_helpMenu->addAction(
        QCoreApplication::translate("novapost::gui::MainWindow", "&About novapost-jwt"));
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, [this] {
        auto* box =
            new QMessageBox(QMessageBox::Information,
                            QCoreApplication::translate("novapost::gui::MainWindow", "About novapost-jwt"),
                            QCoreApplication::translate(
                                "novapost::gui::MainWindow",
                                "novapost-jwt %1\nJWTs for the Nova Post API v.1.0, with apiKeys kept in "
                                "the system keychain.")
                                .arg(QLatin1String(NOVAPOST_VERSION)),
                            QMessageBox::Close, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void WindowMenus::buildTokenMenu()
{
    m_freshJwtAction =
        m_tokenMenu->addAction(QCoreApplication::translate("novapost::gui::MainWindow", "Get a &fresh JWT"));
    m_freshJwtAction->setObjectName(QStringLiteral("freshJwtAction"));
    m_freshJwtAction->setShortcut(shortcuts::getFreshJwt());
    m_freshJwtAction->setToolTip(QCoreApplication::translate(
        "novapost::gui::MainWindow", "Ask Nova Post for a new JWT even if a stored one is still valid"));
    connect(m_freshJwtAction, &QAction::triggered, this, &WindowMenus::freshJwtRequested);
    m_tokenMenu->addSeparator();

    m_copyMenu = new QMenu(m_window);
    m_copyMenu->setObjectName(QStringLiteral("copyFormatsMenu"));
    const auto addCopy = [this](const QString& text, const char* objectName, CopyFormats::Format format) {
        QAction* action = m_tokenMenu->addAction(text);
        action->setObjectName(QLatin1String(objectName));
        connect(action, &QAction::triggered, this, [this, format] { emit copyRequested(format); });
        m_copyMenu->addAction(action);
    };
    addCopy(QCoreApplication::translate("novapost::gui::MainWindow", "&Copy JWT"), "copyRawAction",
            CopyFormats::Format::RawToken);
    addCopy(
        QCoreApplication::translate("novapost::gui::MainWindow", "Copy as &header line (Authorization: …)"),
        "copyHeaderAction", CopyFormats::Format::HeaderLine);
    addCopy(QCoreApplication::translate("novapost::gui::MainWindow", "Copy as c&url command"),
            "copyCurlAction", CopyFormats::Format::CurlCommand);
}

void WindowMenus::buildSettingsMenu()
{
    m_autoRenewAction = m_settingsMenu->addAction(QCoreApplication::translate(
        "novapost::gui::MainWindow", "&Renew the JWT automatically before expiry"));
    m_autoRenewAction->setObjectName(QStringLiteral("autoRenewAction"));
    m_autoRenewAction->setCheckable(true);
    QMenu* leadMenu = m_settingsMenu->addMenu(
        QCoreApplication::translate("novapost::gui::MainWindow", "&When to renew automatically"));
    leadMenu->setObjectName(QStringLiteral("autoRenewLeadMenu"));
    // The lead time feeds only the renewal schedule; the expiry warning has its own fixed time.
    m_settingsMenu->setToolTipsVisible(true);
    const int warningMinutes = EnvironmentSession::ExpiryWarningSeconds / 60;
    leadMenu->menuAction()->setToolTip(QCoreApplication::translate(
        "novapost::gui::MainWindow",
        "Moves only the automatic renewal. The expiry warning still comes %n minute(s) before expiry.", "",
        warningMinutes));
    leadMenu->setEnabled(false);
    m_renewLeadMenu = leadMenu;
    m_renewLeadGroup = new QActionGroup(this);
    m_renewLeadGroup->setExclusive(true);
    for (int choice : WindowSettings::renewLeadChoices()) {
        QAction* action = leadMenu->addAction(QCoreApplication::translate(
            "novapost::gui::MainWindow", "%n minute(s) before expiry", "", choice));
        action->setObjectName(QStringLiteral("autoRenew%1MinutesAction").arg(choice));
        action->setCheckable(true);
        action->setData(choice);
        action->setChecked(choice == WindowSettings::DefaultRenewLeadMinutes);
        m_renewLeadGroup->addAction(action);
    }
    m_notifyAction = m_settingsMenu->addAction(
        QCoreApplication::translate("novapost::gui::MainWindow", "&Notify before expiry"));
    m_notifyAction->setObjectName(QStringLiteral("notifyBeforeExpiryAction"));
    m_notifyAction->setCheckable(true);
    m_keepInTrayAction = m_settingsMenu->addAction(
        QCoreApplication::translate("novapost::gui::MainWindow", "&Keep running in the tray when closed"));
    m_keepInTrayAction->setObjectName(QStringLiteral("keepInTrayAction"));
    m_keepInTrayAction->setCheckable(true);

    // The setters block these signals: only changes made here, not shown settings, are reported.
    connect(m_autoRenewAction, &QAction::toggled, m_renewLeadMenu, &QMenu::setEnabled);
    connect(m_autoRenewAction, &QAction::toggled, this, &WindowMenus::featureSettingsChanged);
    connect(m_renewLeadGroup, &QActionGroup::triggered, this, &WindowMenus::featureSettingsChanged);
    connect(m_notifyAction, &QAction::toggled, this, &WindowMenus::featureSettingsChanged);
    connect(m_keepInTrayAction, &QAction::toggled, this, &WindowMenus::featureSettingsChanged);
}

void WindowMenus::setUpShortcuts()
{
    auto* getJwt = new QShortcut(shortcuts::getJwt(), m_window);
    connect(getJwt, &QShortcut::activated, this, &WindowMenus::getJwtRequested);
    auto* copy = new QShortcut(shortcuts::copyJwt(), m_window);
    connect(copy, &QShortcut::activated, this, [this] { emit copyRequested(CopyFormats::Format::RawToken); });
    auto* cancel = new QShortcut(QKeySequence(Qt::Key_Escape), m_window);
    connect(cancel, &QShortcut::activated, this, &WindowMenus::cancelRequested);
}

void WindowMenus::setFreshJwtEnabled(bool enabled)
{
    m_freshJwtAction->setEnabled(enabled);
}

void WindowMenus::setAutoRenew(bool on)
{
    const QSignalBlocker blocker(m_autoRenewAction);
    m_autoRenewAction->setChecked(on);
    m_renewLeadMenu->setEnabled(on);
}

void WindowMenus::setRenewLeadMinutes(int minutes)
{
    if (!WindowSettings::renewLeadChoices().contains(minutes))
        minutes = WindowSettings::DefaultRenewLeadMinutes;
    for (QAction* action : m_renewLeadGroup->actions())
        action->setChecked(action->data().toInt() == minutes);
}

void WindowMenus::setNotifyBeforeExpiry(bool on)
{
    const QSignalBlocker blocker(m_notifyAction);
    m_notifyAction->setChecked(on);
}

void WindowMenus::setKeepInTray(bool on)
{
    const QSignalBlocker blocker(m_keepInTrayAction);
    m_keepInTrayAction->setChecked(on);
}

void WindowMenus::setKeepInTrayAvailable(bool available)
{
    m_keepInTrayAction->setEnabled(available);
    m_keepInTrayAction->setToolTip(
        available
            ? QString()
            : QCoreApplication::translate("novapost::gui::MainWindow", "This desktop has no system tray."));
}

void WindowMenus::addQuitAction(QAction* quit)
{
    // The platform's Quit keys; where it has none (Windows, offscreen), the Ctrl+Q people expect.
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (keys.isEmpty())
        keys.append(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setShortcuts(keys);
    m_tokenMenu->addSeparator();
    m_tokenMenu->addAction(quit);
}

bool WindowMenus::autoRenew() const
{
    return m_autoRenewAction->isChecked();
}

int WindowMenus::renewLeadMinutes() const
{
    const QAction* lead = m_renewLeadGroup->checkedAction();
    return lead ? lead->data().toInt() : WindowSettings::DefaultRenewLeadMinutes;
}

bool WindowMenus::notifyBeforeExpiry() const
{
    return m_notifyAction->isChecked();
}

bool WindowMenus::keepInTray() const
{
    return m_keepInTrayAction->isChecked();
}

} // namespace novapost::gui
