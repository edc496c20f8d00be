// SPDX-License-Identifier: MIT
// Standalone stand-in for the desktop's notification service, for end-to-end scripts: owns
// org.freedesktop.Notifications on the session bus and prints every Notify call as one JSON line
// on stdout, until it is killed. A script presses a notification's button with
//   dbus-send --session --type=signal /org/freedesktop/Notifications
//       org.freedesktop.Notifications.ActionInvoked uint32:ID string:KEY    (one line)
#include "FakeNotificationServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>
#include <cstdio>

#include <unistd.h>

namespace {

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
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Records org.freedesktop.Notifications calls on the session bus as JSON lines on stdout."));
    parser.addHelpOption();
    const QCommandLineOption noActionsOption(QStringLiteral("no-actions"),
                                             QStringLiteral("Do not announce the \"actions\" capability."));
    parser.addOption(noActionsOption);
    parser.process(app);

    QStringList capabilities{QStringLiteral("body")};
    if (!parser.isSet(noActionsOption))
        capabilities << QStringLiteral("actions");
    novapost::test::FakeNotificationServer server(capabilities);
    QObject::connect(&server, &novapost::test::FakeNotificationServer::notified, &server, [&server] {
        const auto& n = server.notifications().last();
        QJsonObject hints;
        for (auto it = n.hints.cbegin(); it != n.hints.cend(); ++it)
            hints.insert(it.key(), QJsonValue::fromVariant(it.value()));
        const QJsonObject line{{QStringLiteral("id"), qint64(n.id)},
                               {QStringLiteral("app_name"), n.appName},
                               {QStringLiteral("replaces_id"), qint64(n.replacesId)},
                               {QStringLiteral("app_icon"), n.appIcon},
                               {QStringLiteral("summary"), n.summary},
                               {QStringLiteral("body"), n.body},
                               {QStringLiteral("actions"), QJsonArray::fromStringList(n.actions)},
                               {QStringLiteral("hints"), hints},
                               {QStringLiteral("expire_timeout"), n.expireTimeout}};
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    });
    QString error;
    if (!server.registerOn(QDBusConnection::sessionBus(), &error)) {
        std::fprintf(stderr, "novapost-fake-notifications: %s\n", qPrintable(error));
        return 1;
    }
    std::fprintf(stderr, "novapost-fake-notifications: ready\n");
    return app.exec();
}
