// SPDX-License-Identifier: MIT
#include "SessionTexts.h"

#include "ApiReply.h"
#include "KeyStore.h"
#include "PhoneNumber.h"
#include "Shortcuts.h"

#include <QLocale>

namespace novapost::gui {

QString SessionTexts::source(const KeyStore* keys, EnvironmentKind kind, const QString& account)
{
    if (kind == EnvironmentKind::Production) {
        const auto entry = keys->entry(EnvironmentKind::Production, account);
        if (entry && entry->productionKey != QLatin1String("default"))
            //: Which key made a token; inserted into "Uses %1.", "Getting a JWT with %1…" and similar.
            return tr("the production key “%1”").arg(entry->label);
        //: Which key made a token; inserted into "Uses %1.", "Getting a JWT with %1…" and similar.
        return tr("the saved production key");
    }
    //: Which key made a token; %1 is a phone number. Inserted into "Uses %1." and similar.
    return tr("the test key for %1").arg(PhoneNumber::parse(account).displayText());
}

QString SessionTexts::getJwtBlocker(const KeyStore* keys, EnvironmentKind kind, const QString& input,
                                    bool busy)
{
    if (busy)
        return tr("A request is running; wait for it or cancel it.");
    if (kind == EnvironmentKind::Production)
        return keys->entry(EnvironmentKind::Production, input)
                   ? QString()
                   : tr("Save a production key first to get a JWT.");
    const PhoneNumber phone = PhoneNumber::parse(input);
    if (!phone.isValid())
        return tr("Enter a phone number with a stored test key to get a JWT.");
    if (!keys->entry(EnvironmentKind::Sandbox, phone.digits()))
        return tr("There is no test key for %1 yet; Request test key (or %2) gets one.")
            .arg(phone.displayText(), shortcuts::text(shortcuts::getJwt()));
    return {};
}

QString SessionTexts::clockNote(qint64 offsetSeconds)
{
    if (qAbs(offsetSeconds) <= ApiReply::ClockSkewToleranceSeconds)
        return {};
    // The offset is Nova Post's time minus ours: negative means our clock is ahead.
    const bool ahead = offsetSeconds < 0;
    const qint64 seconds = qAbs(offsetSeconds);
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

QString SessionTexts::waitingForKeychain()
{
    return tr("Waiting for the keychain to be unlocked…");
}

QString SessionTexts::requestingTestKey(const QString& phone)
{
    return tr("Requesting a test key for %1…").arg(phone);
}

QString SessionTexts::testKeyReused(const QString& phone)
{
    return tr("A test key for %1 was already requested today, so the stored key is used without asking "
              "again. Use Renew to ask Nova Post anyway.")
        .arg(phone);
}

QString SessionTexts::testKeySaved(const QString& phone, const QDateTime& expiresAt)
{
    // Just the day: key lifetimes are a year, so the time of day is noise.
    return expiresAt.isValid()
               ? tr("Test key for %1 saved; it is valid until %2. Press Get JWT next.")
                     .arg(phone, QLocale().toString(expiresAt.toLocalTime().date(), QLocale::ShortFormat))
               : tr("Test key for %1 saved. Press Get JWT next.").arg(phone);
}

QString SessionTexts::storedTestKeyStillWorks(const QString& phone)
{
    return tr("The test key stored for %1 still works: press Get JWT.").arg(phone);
}

QString SessionTexts::testKeyRemoved(const QString& phone)
{
    return tr("The test key for %1 was removed.").arg(phone);
}

QString SessionTexts::productionKeySaved()
{
    return tr("The production key was saved. Press Get JWT next.");
}

QString SessionTexts::productionKeyForgotten()
{
    return tr("The production key was forgotten.");
}

QString SessionTexts::gettingJwt(const QString& source, bool automatic)
{
    return automatic ? tr("Renewing the JWT with %1…").arg(source) : tr("Getting a JWT with %1…").arg(source);
}

QString SessionTexts::cachedTokenUsed(qint64 secondsLeft)
{
    // Computed before tr(): Qt 6.4's lupdate loses a message with a division in its arguments.
    const int minutes = int(secondsLeft / 60);
    return tr("A stored JWT is still valid for %n minute(s), so it was used without asking Nova Post. Use "
              "Token → Get a fresh JWT (%1) to ask anyway.",
              "", minutes)
        .arg(shortcuts::text(shortcuts::getFreshJwt()));
}

QString SessionTexts::keyGone(EnvironmentKind kind, const QString& account)
{
    return kind == EnvironmentKind::Sandbox
               ? tr("The keychain no longer holds the test key for %1. Renew it to store it again.")
                     .arg(PhoneNumber::parse(account).displayText())
               : tr("The keychain no longer holds the production key. Paste and save it again.");
}

QString SessionTexts::renewalFailed(const QString& problem, qint64 nextTrySeconds)
{
    return tr("Renewing the JWT automatically failed: %1 The next try is in %n second(s); the current token "
              "stays usable until it expires.",
              "", int(nextTrySeconds))
        .arg(problem);
}

QString SessionTexts::cancelled()
{
    return tr("The request was cancelled.");
}

} // namespace novapost::gui
