// SPDX-License-Identifier: MIT
#pragma once

#include "CliRunner.h"
#include "FakeNovaPostServer.h"

#include <QTemporaryDir>

#include <memory>

namespace novapost::test {

/**
 * @brief What a CLI test starts from: a listening fake Nova Post server and the real CLI in a
 * fresh, isolated home without a keychain. start() in init(), stop() in cleanup().
 */
struct CliFixture
{
    std::unique_ptr<FakeNovaPostServer> server;
    std::unique_ptr<QTemporaryDir> home;
    std::unique_ptr<CliRunner> cli;

    /** False when the server could not listen. */
    bool start()
    {
        server = std::make_unique<FakeNovaPostServer>();
        home = std::make_unique<QTemporaryDir>();
        cli = std::make_unique<CliRunner>(QStringLiteral(NOVAPOST_CLI_PATH));
        cli->isolateIn(home->path());
        cli->withoutKeychain();
        return server->listen();
    }

    void stop()
    {
        cli.reset();
        home.reset();
        server.reset();
    }
};

} // namespace novapost::test
