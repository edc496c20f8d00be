// SPDX-License-Identifier: MIT
#pragma once

#include "SecretStore.h"

#include <QCoreApplication>

namespace novapost {
class KeyStore;
}

namespace novapost::cli {

class CliConsole;

/** @brief `keys`: the stored keys with their dates and status (never the keys), and where they are. */
class KeysCommand
{
    // The messages belong to the command-line tool's catalogue.
    Q_DECLARE_TR_FUNCTIONS(novapost::cli::CliApplication)

public:
    /** Nothing is owned; the keychain's answer is dropped when @p context is destroyed. */
    KeysCommand(CliConsole* console, KeyStore* keys, SecretStore* secrets, bool json, QObject* context);

    /** Asks whether the keychain can be used, prints the list and ends the run. */
    void run();

private:
    void list(const SecretResult& access);

    CliConsole* m_console;
    KeyStore* m_keys;
    SecretStore* m_secrets;
    bool m_json;
    QObject* m_context;
};

} // namespace novapost::cli
