// SPDX-License-Identifier: MIT
// Standalone fake Nova Post server for scripts (benchmarks, screenshots): prints its base URL on one
// stdout line, then serves until it is killed.
#include "FakeNovaPostServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <csignal>
#include <cstdio>

#include <unistd.h>

namespace {

// Scripts stop the server with kill + wait; exiting 0 keeps `set -e` scripts from dying on the 143 status a
// default SIGTERM would give. Nothing needs flushing, so the async-signal-safe _exit() is enough.
void exitQuietly(int)
{
    _exit(0);
}

} // namespace

int main(int argc, char* argv[])
{
    struct sigaction action = {};
    action.sa_handler = exitQuietly;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("novapost-fake-server"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fake Nova Post API server on 127.0.0.1. Prints its base URL, then serves until killed."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("TCP port (default: any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption apiKeyOption(
        QStringLiteral("api-key"), QStringLiteral("Accept this API key (repeatable)."), QStringLiteral("K"));
    const QCommandLineOption phoneOption(QStringLiteral("phone"),
                                         QStringLiteral("Register a phone for /test-api-keys (repeatable)."),
                                         QStringLiteral("DIGITS=KEY"));
    const QCommandLineOption dailyLimitOption(
        QStringLiteral("daily-limit"), QStringLiteral("Answer 429 to a second test-key request per phone."));
    const QCommandLineOption jwtLifetimeOption(QStringLiteral("jwt-lifetime"),
                                               QStringLiteral("JWT lifetime in seconds (default: 3600)."),
                                               QStringLiteral("SECONDS"), QStringLiteral("3600"));
    parser.addOptions({portOption, apiKeyOption, phoneOption, dailyLimitOption, jwtLifetimeOption});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "novapost-fake-server: invalid --port value\n");
        return 2;
    }
    const qint64 jwtLifetime = parser.value(jwtLifetimeOption).toLongLong(&ok);
    if (!ok) {
        std::fprintf(stderr, "novapost-fake-server: invalid --jwt-lifetime value\n");
        return 2;
    }

    novapost::test::FakeNovaPostServer server;
    server.setDailyLimit(parser.isSet(dailyLimitOption));
    server.setJwtLifetimeSeconds(jwtLifetime);
    for (const QString& key : parser.values(apiKeyOption))
        server.addApiKey(key);
    for (const QString& entry : parser.values(phoneOption)) {
        const qsizetype equals = entry.indexOf(u'=');
        if (equals <= 0 || equals == entry.size() - 1) {
            std::fprintf(stderr, "novapost-fake-server: --phone expects DIGITS=KEY, got '%s'\n",
                         qPrintable(entry));
            return 2;
        }
        server.registerPhone(entry.left(equals), entry.mid(equals + 1));
    }

    if (!server.listen(quint16(port))) {
        std::fprintf(stderr, "novapost-fake-server: cannot listen: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    // Scripts block on this line to learn the port, so it must not sit in a pipe buffer.
    std::fprintf(stdout, "%s\n", server.baseUrl().toString().toUtf8().constData());
    std::fflush(stdout);
    return app.exec();
}
