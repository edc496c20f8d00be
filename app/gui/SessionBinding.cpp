// SPDX-License-Identifier: MIT
#include "SessionBinding.h"

#include "ClaimsPanel.h"
#include "ConfirmationPrompt.h"
#include "EnvironmentBar.h"
#include "EnvironmentSession.h"
#include "EnvironmentSessions.h"
#include "GetJwtRow.h"
#include "KeyStore.h"
#include "MessageBanner.h"
#include "PhoneNumber.h"
#include "ProductionKeyPage.h"
#include "SandboxKeyPage.h"
#include "Shortcuts.h"
#include "TokenPanel.h"
#include "WindowMenus.h"

#include <QCoreApplication>

// The texts are translated in the window's context, where the shipped catalogues hold them.

namespace novapost::gui {

namespace {

MessageBanner::Level bannerLevel(EnvironmentSession::MessageLevel level)
{
    switch (level) {
    case EnvironmentSession::MessageLevel::Info:
        return MessageBanner::Level::Info;
    case EnvironmentSession::MessageLevel::Warning:
        return MessageBanner::Level::Warning;
    case EnvironmentSession::MessageLevel::Error:
        break;
    }
    return MessageBanner::Level::Error;
}

void showIn(MessageBanner* banner, const EnvironmentSession::Message& message)
{
    if (message.text.isEmpty())
        banner->clearMessage();
    else
        banner->showMessage(bannerLevel(message.level), message.text,
                            message.retry != EnvironmentSession::Action::None);
}

} // namespace

SessionBinding::SessionBinding(const SessionViews& views, EnvironmentSessions* sessions, KeyStore* keys,
                               QWidget* window)
    : QObject(window)
    , m_views(views)
    , m_sessions(sessions)
    , m_keys(keys)
    , m_window(window)
    , m_texts(keys)
{
    const PhoneNumber lastPhone = PhoneNumber::parse(keys->rememberedPhone());
    m_views.sandboxPage->setPhoneText(lastPhone.isValid() ? lastPhone.displayText() : QString());
    refreshKeys();
    connectViews();
    for (EnvironmentSession* session : sessions->all())
        watch(session);
    connect(keys, &KeyStore::entriesChanged, this, [this] {
        refreshKeys();
        updatePhoneStatus();
        updateProductionKeyStatus();
        updateActions();
    });
}

void SessionBinding::connectViews()
{
    connect(m_views.messageBanner, &MessageBanner::retryRequested, this, [this] { retry(false); });
    connect(m_views.messageBanner, &MessageBanner::dismissed, this, [this] { m_current->clearMessage(); });
    connect(m_views.keychainBanner, &MessageBanner::retryRequested, this, [this] { retry(true); });
    connect(m_views.keychainBanner, &MessageBanner::dismissed, this,
            [this] { m_current->dismissKeychainNotice(); });

    EnvironmentSession* sandbox = m_sessions->session(EnvironmentKind::Sandbox);
    SandboxKeyPage* sandboxPage = m_views.sandboxPage;
    connect(sandboxPage, &SandboxKeyPage::phoneTextChanged, this, [this] {
        updatePhoneStatus();
        updateActions();
    });
    connect(sandboxPage, &SandboxKeyPage::phoneReturnPressed, this, [this, sandbox, sandboxPage] {
        // Enter does the obvious next step: with a key at hand, get the token; otherwise get a key.
        if (sandbox->getJwtBlocker(sandboxPage->phoneText()).isEmpty())
            getJwt(false);
        else
            sandbox->requestTestKey(sandboxPage->phoneText(), false);
    });
    connect(sandboxPage, &SandboxKeyPage::requestKey, sandbox,
            [sandbox](const QString& phoneText) { sandbox->requestTestKey(phoneText, false); });
    connect(sandboxPage, &SandboxKeyPage::renewKey, sandbox, [sandbox, sandboxPage](const QString& account) {
        sandboxPage->setPhoneText(PhoneNumber::parse(account).displayText());
        sandbox->requestTestKey(sandboxPage->phoneText(), true);
    });
    connect(sandboxPage, &SandboxKeyPage::removeKey, this, &SessionBinding::removeTestKey);
    connect(sandboxPage, &SandboxKeyPage::selectedAccountChanged, this, &SessionBinding::updateActions);
    connect(sandboxPage, &SandboxKeyPage::keyActivated, this, [this] { getJwt(false); });

    EnvironmentSession* production = m_sessions->session(EnvironmentKind::Production);
    connect(m_views.productionPage, &ProductionKeyPage::saveKey, production,
            &EnvironmentSession::saveProductionKey);
    connect(m_views.productionPage, &ProductionKeyPage::forgetKey, this,
            &SessionBinding::forgetProductionKey);
    connect(m_views.productionPage, &ProductionKeyPage::keyTextChanged, this, &SessionBinding::updateActions);
    connect(m_views.productionPage, &ProductionKeyPage::keyChosen, this, [this](const QString& account) {
        m_keys->setLastProductionKey(account);
        updateProductionKeyStatus();
        updateActions();
    });

    connect(m_views.getJwtRow, &GetJwtRow::getJwtClicked, this, &SessionBinding::getJwt);
    connect(m_views.getJwtRow, &GetJwtRow::cancelClicked, this, &SessionBinding::cancel);
    connect(m_views.tokenPanel, &TokenPanel::getNewRequested, this, [this] { getJwt(false); });
    connect(m_views.menus, &WindowMenus::getJwtRequested, this, &SessionBinding::getJwtOrNextStep);
    connect(m_views.menus, &WindowMenus::freshJwtRequested, this, [this] { getJwt(true); });
    connect(m_views.menus, &WindowMenus::cancelRequested, this, &SessionBinding::cancel);
}

void SessionBinding::retry(bool ofKeychainNotice)
{
    const EnvironmentSession::Action action =
        ofKeychainNotice ? m_current->keychainNotice().retry : m_current->message().retry;
    // The key and label are saved as the fields hold them now, as Save would: what was corrected
    // since the failure counts, and the session never keeps a typed key of its own.
    // Retry runs as the button it repeats would now: with the phone, key and label the page shows,
    // which may have been corrected since the failure. A fresh request stays fresh.
    switch (action) {
    case EnvironmentSession::Action::SaveProductionKey:
        return m_current->saveProductionKey(m_views.productionPage->labelText(),
                                            m_views.productionPage->keyText());
    case EnvironmentSession::Action::GetJwt:
        return getJwt(m_current->lastRequestWasFresh());
    case EnvironmentSession::Action::RequestTestKey:
    case EnvironmentSession::Action::RenewTestKey:
        return m_current->requestTestKey(m_views.sandboxPage->phoneText(),
                                         action == EnvironmentSession::Action::RenewTestKey);
    case EnvironmentSession::Action::None:
        break;
    }
}

void SessionBinding::watch(EnvironmentSession* session)
{
    const auto shown = [this, session] {
        return session == m_current;
    };
    connect(session, &EnvironmentSession::busyChanged, this, [this, shown] {
        if (shown())
            renderBusy();
    });
    connect(session, &EnvironmentSession::messageChanged, this, [this, shown] {
        if (shown())
            renderMessages();
    });
    connect(session, &EnvironmentSession::tick, this, [this, shown](qint64 secondsLeft) {
        if (shown())
            m_views.tokenPanel->showSecondsLeft(secondsLeft);
    });
    connect(session, &EnvironmentSession::tokenChanged, this, [this, session, shown] {
        if (!shown())
            return;
        renderToken();
        if (session->hasLiveToken())
            m_views.tokenPanel->focusCopyButton();
        else if (session->isExpired())
            m_views.tokenPanel->focusGetNewButton();
    });
    connect(session, &EnvironmentSession::testKeyReady, this, [this, shown] {
        if (!shown())
            return;
        updatePhoneStatus();
        updateActions();
        m_views.getJwtRow->focusGetJwt();
    });
    connect(session, &EnvironmentSession::phoneRejected, this, [this, shown] {
        if (shown())
            m_views.sandboxPage->focusPhone();
    });
    connect(session, &EnvironmentSession::productionKeyRejected, this, [this, shown] {
        if (shown())
            m_views.productionPage->focusKeyField();
    });
    connect(session, &EnvironmentSession::productionKeySaved, this, [this, shown](const QString& id) {
        // The keychain has it now; the field need not hold it any longer.
        m_views.productionPage->clearInput();
        refreshKeys();
        m_views.productionPage->selectKey(id);
        updateProductionKeyStatus();
        updateActions();
        if (shown())
            m_views.getJwtRow->focusGetJwt();
    });
}

bool SessionBinding::show(EnvironmentKind kind)
{
    EnvironmentSession* next = m_sessions->session(kind);
    const bool switching = m_current != next && !(m_current && m_current->isBusy());
    if (switching) {
        m_current = next;
        // A revealed production key is hidden again when leaving or entering production.
        m_views.productionPage->hideKey();
    }
    renderAll();
    if (switching && !m_views.environmentBar->choiceHasFocus())
        focusNextStep();
    return switching;
}

QString SessionBinding::selectedProductionKey() const
{
    const QString chosen = m_views.productionPage->selectedKey();
    return chosen.isEmpty() ? m_keys->lastProductionKey() : chosen;
}

QString SessionBinding::keyInput() const
{
    return m_current->kind() == EnvironmentKind::Production ? selectedProductionKey()
                                                            : m_views.sandboxPage->phoneText();
}

void SessionBinding::getJwt(bool fresh)
{
    const QString input = keyInput();
    if (!m_current->getJwtBlocker(input).isEmpty()) {
        updateActions();
        return;
    }
    m_current->getJwt(m_current->accountFor(input), fresh);
}

void SessionBinding::getJwtOrNextStep()
{
    const QString input = keyInput();
    if (m_current->getJwtBlocker(input).isEmpty())
        return getJwt(false);
    if (m_current->isBusy())
        return;
    // A valid phone without a key: getting its key is the only way to a JWT, as Enter in the field
    // does. Nothing is spent on a phone with a key: it never gets here.
    if (m_current->kind() == EnvironmentKind::Sandbox && !m_current->accountFor(input).isEmpty())
        return m_current->requestTestKey(input, false);
    focusNextStep();
}

void SessionBinding::cancel()
{
    if (m_current->isBusy())
        m_current->cancel();
}

void SessionBinding::focusNextStep()
{
    // Start where the next keystroke is useful: on Get JWT when it can run, else on the field to fill.
    if (m_current->getJwtBlocker(keyInput()).isEmpty())
        m_views.getJwtRow->focusGetJwt();
    else if (m_current->kind() == EnvironmentKind::Production)
        m_views.productionPage->focusKeyField();
    else
        m_views.sandboxPage->focusPhone();
}

// ------------------------------------------------------------------------------------- rendering

void SessionBinding::renderAll()
{
    const bool production = m_current->environment().isProduction();
    m_views.environmentBar->setEnvironment(m_current->environment());
    m_views.sandboxPage->setVisible(!production);
    m_views.productionPage->setVisible(production);
    updatePhoneStatus();
    updateProductionKeyStatus();
    renderMessages();
    renderToken();
    renderBusy();
}

void SessionBinding::renderMessages()
{
    showIn(m_views.messageBanner, m_current->message());
    showIn(m_views.keychainBanner, m_current->keychainNotice());
}

void SessionBinding::renderToken()
{
    const EnvironmentSession* s = m_current;
    const bool production = s->environment().isProduction();
    if (s->hasLiveToken()) {
        m_views.tokenPanel->showToken(s->token().raw(), s->tokenExpiresAt(), s->tokenLifetimeSeconds(),
                                      s->tokenSource(), production, s->isExpiryAssumed());
        m_views.tokenPanel->showSecondsLeft(s->secondsLeft());
        m_views.tokenPanel->setNote(s->clockNote());
        m_views.claimsPanel->showToken(s->token());
        return;
    }
    if (s->isExpired())
        m_views.tokenPanel->showExpired(production);
    else
        m_views.tokenPanel->showEmpty(production);
    m_views.tokenPanel->setNote(QString());
    m_views.claimsPanel->clear();
}

void SessionBinding::renderBusy()
{
    const bool busy = m_current->isBusy();
    // Keyboard users land on Cancel, which Escape also triggers.
    const bool onRequestButton = busy && m_views.sandboxPage->requestButtonHasFocus();
    m_views.getJwtRow->setBusy(busy, m_current->busyText());
    if (onRequestButton)
        m_views.getJwtRow->focusCancel();
    updateActions();
}

void SessionBinding::refreshKeys()
{
    m_views.sandboxPage->setKeys(m_keys->entries(EnvironmentKind::Sandbox));
    m_views.sandboxPage->setLocation(m_texts.sandboxSummary());
    m_views.productionPage->setKeys(m_keys->entries(EnvironmentKind::Production),
                                    m_keys->lastProductionKey());
}

void SessionBinding::updatePhoneStatus()
{
    const QString text = m_views.sandboxPage->phoneText();
    const KeyStatusTexts::PhoneStatus status = m_texts.phoneStatus(text);
    m_views.sandboxPage->setPhoneStatus(status.text, status.problem);
    // Keep the list selection in step with the field, so Renew and Remove act on what is typed.
    const PhoneNumber phone = PhoneNumber::parse(text);
    m_views.sandboxPage->selectAccount(phone.isValid() ? phone.digits() : QString());
}

void SessionBinding::updateProductionKeyStatus()
{
    m_views.productionPage->setKeyStatus(m_texts.productionKeyStatus(selectedProductionKey()));
}

void SessionBinding::updateActions()
{
    const EnvironmentSession* s = m_current;
    const bool busy = s->isBusy();
    const QString input = keyInput();
    const QString blocker = s->getJwtBlocker(input);
    m_views.getJwtRow->setGetJwtEnabled(blocker.isEmpty());
    if (!busy) // else the busy text stays
        m_views.getJwtRow->setHint(
            blocker.isEmpty()
                ? QCoreApplication::translate("novapost::gui::MainWindow", "Uses %1. Shortcut: %2.")
                      .arg(s->describeSource(s->accountFor(input)), shortcuts::text(shortcuts::getJwt()))
                : blocker);
    m_views.sandboxPage->setRequestEnabled(!busy &&
                                           PhoneNumber::parse(m_views.sandboxPage->phoneText()).isValid());
    m_views.sandboxPage->setKeyActionsEnabled(!busy && !m_views.sandboxPage->selectedAccount().isEmpty());
    m_views.productionPage->setActionsEnabled(
        !busy, m_keys->entry(EnvironmentKind::Production, selectedProductionKey()).has_value());
    m_views.menus->setFreshJwtEnabled(blocker.isEmpty());
    m_views.environmentBar->setChoiceEnabled(!busy);
}

// ------------------------------------------------------------------------- confirmed key removal

void SessionBinding::removeTestKey(const QString& account)
{
    EnvironmentSession* sandbox = m_sessions->session(EnvironmentKind::Sandbox);
    if (account.isEmpty() || sandbox->isBusy())
        return;
    ConfirmationPrompt::ask(
        m_window, QCoreApplication::translate("novapost::gui::MainWindow", "Remove test key"),
        QCoreApplication::translate(
            "novapost::gui::MainWindow",
            "Remove the stored test key for %1? You can request it again later, once a day.")
            .arg(PhoneNumber::parse(account).displayText()),
        QCoreApplication::translate("novapost::gui::MainWindow", "Remove"), sandbox,
        [sandbox, account](bool confirmed) {
            if (confirmed)
                sandbox->removeTestKey(account);
        });
}

void SessionBinding::forgetProductionKey(const QString& id)
{
    EnvironmentSession* production = m_sessions->session(EnvironmentKind::Production);
    const auto entry = m_keys->entry(EnvironmentKind::Production, id);
    if (production->isBusy() || !entry)
        return;
    ConfirmationPrompt::ask(
        m_window, QCoreApplication::translate("novapost::gui::MainWindow", "Forget production key"),
        QCoreApplication::translate("novapost::gui::MainWindow",
                                    "Remove the production key “%1” from %2? You will need to paste it again "
                                    "to get production tokens with it.")
            .arg(entry->label, m_keys->secretStore()->locationDescription()),
        QCoreApplication::translate("novapost::gui::MainWindow", "Forget"), production,
        [production, id](bool confirmed) {
            if (confirmed)
                production->forgetProductionKey(id);
        });
}

} // namespace novapost::gui
