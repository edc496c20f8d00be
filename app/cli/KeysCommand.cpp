// SPDX-License-Identifier: MIT
#include "KeysCommand.h"

#include "CliConsole.h"
#include "CliTimes.h"
#include "KeyStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace novapost::cli {

KeysCommand::KeysCommand(CliConsole* console, KeyStore* keys, SecretStore* secrets, bool json,
                         QObject* context)
    : m_console(console)
    , m_keys(keys)
    , m_secrets(secrets)
    , m_json(json)
    , m_context(context)
{}

void KeysCommand::run()
{
    // The list comes from the settings file; whether the keychain holding the keys can be used
    // right now is asked, not assumed.
    m_secrets->checkAccess(m_context, [this](const SecretResult& access) { list(access); });
}

void KeysCommand::list(const SecretResult& access)
{
    const QList<KeyEntry> entries = m_keys->entries();
    if (m_json) {
        QJsonArray list;
        for (const KeyEntry& entry : entries) {
            // A field without a value is left out rather than null: a sandbox key has a phone, a
            // production key its id and label, and neither has what belongs to the other.
            QJsonObject object{{QStringLiteral("environment"), Environment::idOf(entry.environment)}};
            auto insertText = [&object](const char* name, const QString& value) {
                if (!value.isEmpty())
                    object.insert(QLatin1String(name), value);
            };
            auto insertTime = [&object](const char* name, const QDateTime& value) {
                if (value.isValid())
                    object.insert(QLatin1String(name), CliTimes::isoUtc(value));
            };
            if (entry.environment == EnvironmentKind::Production) {
                insertText("key", entry.productionKey);
                insertText("label", entry.label);
            } else {
                insertText("phone", entry.phone);
            }
            insertTime("createdAt", entry.createdAt);
            insertTime("expDate", entry.expiresAt);
            insertText("status", entry.status);
            insertTime("storedAt", entry.requestedAt);
            insertTime("lastUsedAt", entry.lastUsedAt);
            list.append(object);
        }
        const QString lastPhone = m_keys->lastPhone();
        QJsonObject object{{QStringLiteral("keys"), list},
                           {QStringLiteral("storage"), access.ok() ? QStringLiteral("keychain")
                                                       : access.status == SecretResult::Status::AccessDenied
                                                           ? QStringLiteral("locked")
                                                           : QStringLiteral("unavailable")}};
        if (!lastPhone.isEmpty())
            object.insert(QStringLiteral("lastPhone"), lastPhone);
        if (!access.ok())
            m_console->note(access.message);
        m_console->printLine(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        return m_console->succeed();
    }
    if (!access.ok())
        m_console->note(access.message);
    if (entries.isEmpty()) {
        m_console->printLine(
            tr("No keys stored. Request a sandbox key with “test-key --phone PHONE”, or store a key with "
               "“set-key”."));
        return m_console->succeed();
    }
    const QString row = QStringLiteral("%1  %2  %3  %4  %5  %6");
    m_console->printLine(row.arg(tr("ENVIRONMENT"), -11)
                             .arg(tr("PHONE OR KEY"), -16)
                             .arg(tr("STATUS"), -8)
                             .arg(tr("CREATED"), -20)
                             .arg(tr("EXPIRES"), -20)
                             .arg(tr("LAST USED")));
    for (const KeyEntry& entry : entries) {
        m_console->printLine(
            row.arg(Environment::idOf(entry.environment), -11)
                .arg(entry.phone.isEmpty() ? entry.label : QLatin1Char('+') + entry.phone, -16)
                .arg(entry.status.isEmpty() ? QStringLiteral("-") : entry.status, -8)
                .arg(CliTimes::readableUtc(entry.createdAt), -20)
                .arg(CliTimes::readableUtc(entry.expiresAt), -20)
                .arg(entry.lastUsedAt.isValid() ? CliTimes::readableUtc(entry.lastUsedAt) : tr("never")));
    }
    if (access.ok())
        m_console->printLine(tr("Keys are stored in %1.").arg(m_secrets->locationDescription()));
    m_console->succeed();
}

} // namespace novapost::cli
