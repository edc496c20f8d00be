// SPDX-License-Identifier: MIT
#include "KeyStatusTexts.h"

#include "KeyStore.h"
#include "PhoneNumber.h"
#include "ViewParts.h"

#include <algorithm>

namespace novapost::gui {

KeyStatusTexts::KeyStatusTexts(const KeyStore* keys)
    : m_keys(keys)
{}

KeyStatusTexts::PhoneStatus KeyStatusTexts::phoneStatus(const QString& phoneText) const
{
    const PhoneNumber phone = PhoneNumber::parse(phoneText);
    if (phoneText.trimmed().isEmpty())
        return {tr("Enter the phone number registered on my.novapost.com, with its country code."), false};
    if (!phone.isValid())
        return {phone.errorMessage(), true};
    if (const auto entry = m_keys->entry(EnvironmentKind::Sandbox, phone.digits())) {
        //: %1 is the phone number as digits, exactly as it will be sent to Nova Post.
        return {entry->expiresAt.isValid()
                    ? tr("Sent as %1. A test key is stored, valid until %2.")
                          .arg(phone.digits(), viewparts::dayText(entry->expiresAt, QString()))
                    : tr("Sent as %1. A test key is stored.").arg(phone.digits()),
                false};
    }
    return {tr("Sent as %1. No test key stored yet for this number.").arg(phone.digits()), false};
}

QString KeyStatusTexts::sandboxSummary() const
{
    const int count = int(m_keys->entries(EnvironmentKind::Sandbox).size());
    return count == 0 ? tr("No test keys stored yet. %1").arg(location())
                      : tr("%n test key(s) stored. %1", "", count).arg(location());
}

QString KeyStatusTexts::location() const
{
    const QList<KeyEntry> all = m_keys->entries();
    const auto inMemory =
        std::count_if(all.begin(), all.end(), [](const KeyEntry& e) { return e.sessionOnly; });
    const QString where = m_keys->secretStore()->locationDescription();
    // Keys kept in memory because the keychain failed must not be described as stored in it.
    if (inMemory > 0 && inMemory == all.size())
        return tr("No keychain could be used: keys are kept in memory for this session only.");
    if (inMemory > 0)
        return tr("Keys marked “This session only” are kept in memory; the others are stored in %1.")
            .arg(where);
    return m_keys->secretStore()->isPersistent()
               ? tr("Keys are stored in %1.").arg(where)
               : tr("Keys are kept in %1; they are forgotten when the program ends.").arg(where);
}

QString KeyStatusTexts::productionKeyStatus(const QString& id) const
{
    const auto entry = m_keys->entry(EnvironmentKind::Production, id);
    if (!entry)
        return tr("No production key saved yet.") + QLatin1Char(' ') + location();
    const QString lastUsed =
        entry->lastUsedAt.isValid() ? viewparts::dateText(entry->lastUsedAt, {}) : QString();
    QString text;
    if (entry->sessionOnly) {
        text = lastUsed.isEmpty()
                   ? tr("A production key is kept in memory for this session only.")
                   : tr("A production key is kept in memory for this session only (last used %1).")
                         .arg(lastUsed);
    } else {
        const QString where = m_keys->secretStore()->locationDescription();
        text = lastUsed.isEmpty()
                   ? tr("A production key is saved in %1.").arg(where)
                   : tr("A production key is saved in %1 (last used %2).").arg(where, lastUsed);
    }
    // The sentence already says where this key is kept; where all keys are would say it again.
    return text;
}

} // namespace novapost::gui
