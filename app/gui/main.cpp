// SPDX-License-Identifier: MIT
// The desktop window: parses the command line, wires the real services and shows MainWindow.
#include "ApiClient.h"
#include "AppSettings.h"
#include "Clock.h"
#include "Environment.h"
#include "EnvironmentProxyFactory.h"
#include "ExtraCaCertificates.h"
#include "KeychainSecretStore.h"
#include "KeyStore.h"
#include "MainWindow.h"
#include "ProcessHardening.h"
#include "RequestLog.h"
#include "SingleInstance.h"
#include "TokenCache.h"
#include "Translations.h"
#include "Version.h"
#include "WindowHost.h"
#include "WindowSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

namespace {

/** A sentence on stderr: all that a launch handing over to the open window can show of itself. */
void tell(const QString& message)
{
    std::fprintf(stderr, "novapost-jwt: %s\n", qUtf8Printable(message));
}

int fail(const QString& message)
{
    tell(message);
    // Before the window exists, a message box is the only place a double-clicked app can say it.
    QMessageBox::critical(nullptr, QApplication::translate("main", "Nova Post JWT"), message);
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    novapost::ProcessHardening::disableCoreDumps();
    novapost::ProcessHardening::guardStandardStreams();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("novapost-jwt"));
    QApplication::setApplicationVersion(QStringLiteral(NOVAPOST_VERSION));
    // The installed .desktop file's name: Wayland matches windows to their icon and menu entry by it.
    QApplication::setDesktopFileName(QStringLiteral("io.github.novapost_jwt.NovapostJwt"));
    // Before any tr() call, so the parser's help text is translated too.
    // --lang wins for this run; otherwise the language chosen in View → Language ("" = the system's).
    const QString languageArgument = novapost::Translations::languageFromArguments(app.arguments());
    novapost::Translations::install(
        languageArgument.isEmpty()
            ? novapost::gui::WindowSettings(novapost::AppSettings::open().get()).language()
            : languageArgument);
    // After the translator: the window titles end with this name, in the chosen language.
    QApplication::setApplicationDisplayName(novapost::gui::WindowHost::translatedApplicationName());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Gets a JWT for the Nova Post API and puts it on the clipboard."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption envOption(QStringLiteral("env"),
                                       QApplication::translate("main", "Start in this environment."),
                                       QStringLiteral("sandbox|production"));
    const QCommandLineOption baseUrlOption(
        QStringLiteral("base-url"),
        QApplication::translate("main", "Use this server instead of Nova Post's."), QStringLiteral("URL"));
    const QCommandLineOption caFileOption(
        QStringLiteral("ca-file"),
        QApplication::translate("main", "Also trust the CA certificates in this PEM file."),
        QStringLiteral("PEM"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QApplication::translate("main", "Use this language (en, uk, pl, de)."),
        QStringLiteral("LANGUAGE"));
    parser.addOptions({envOption, baseUrlOption, caFileOption, langOption});
    parser.process(app);

    novapost::gui::MainWindowOptions options;
    if (parser.isSet(envOption)) {
        options.environment = novapost::Environment::kindFromId(parser.value(envOption).trimmed().toLower());
        if (!options.environment)
            return fail(QApplication::translate("main", "--env must be “sandbox” or “production”, not “%1”.")
                            .arg(parser.value(envOption)));
    }
    if (parser.isSet(baseUrlOption)) {
        QString error;
        options.baseUrlOverride =
            novapost::Environment::normalizedBaseUrl(parser.value(baseUrlOption), &error);
        if (!options.baseUrlOverride.isValid())
            return fail(error);
    }
    if (parser.isSet(caFileOption)) {
        // Checked here so a bad file stops the start with a message; the window applies it.
        QString error;
        if (novapost::gui::ExtraCaCertificates::load(parser.value(caFileOption), &error).isEmpty())
            return fail(error);
        options.caFile = parser.value(caFileOption);
    }

    // Corporate networks often require a proxy; without this Qt would go direct.
    novapost::EnvironmentProxyFactory::installForApplication();

    novapost::SystemClock clock;
    QNetworkAccessManager network;
    novapost::ApiClient apiClient(&network);
    apiClient.setClock(&clock);
    novapost::KeychainSecretStore secrets;
    const std::unique_ptr<QSettings> settings = novapost::AppSettings::open();
    novapost::KeyStore keyStore(&secrets, settings.get(), &clock);
    // JWTs shared with novapost-jwt-cli until their exp: same keychain service, same settings file.
    novapost::TokenCache tokenCache(&secrets, settings.get(), &clock);
    keyStore.setTokenCache(&tokenCache);

    novapost::gui::MainWindowServices services;
    services.apiClient = &apiClient;
    services.keyStore = &keyStore;
    services.settings = settings.get();
    services.clock = &clock;
    services.tokenCache = &tokenCache;
    // Owned here, not by a window, so this run's log survives a language change.
    novapost::RequestLog requestLog;
    requestLog.watch(&apiClient);
    services.requestLog = &requestLog;

    if (!languageArgument.isEmpty())
        options.language = languageArgument;
    // One window per user and settings file: a second one would compete for the settings, the token
    // cache and the tray. The CLI has no such limit.
    novapost::gui::SingleInstance instance(settings->fileName());
    // Owns the window and rebuilds it with the same services when the language changes.
    std::unique_ptr<novapost::gui::WindowHost> host;
    const auto startWindow = [&] {
        if (!instance.problem().isEmpty())
            tell(instance.problem());
        host = std::make_unique<novapost::gui::WindowHost>(services, options);
        instance.setActivationHandler([&host](std::optional<novapost::EnvironmentKind> environment) {
            return host->present(environment);
        });
        host->window()->show();
        // From the event loop: rendering the SVG for the window manager is not needed to draw the window.
        QTimer::singleShot(
            0, &app, [] { QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/novapost-jwt.svg"))); });
    };
    if (instance.tryBecomeInstance()) {
        startWindow();
        return app.exec();
    }

    // Another launch runs the window: it shows it (in --env's environment), and this one ends. Only the
    // environment goes over; the other options belong to the start of a window.
    const bool startOptionsGiven =
        parser.isSet(baseUrlOption) || parser.isSet(caFileOption) || parser.isSet(langOption);
    QObject::connect(&instance, &novapost::gui::SingleInstance::handedOver, &app,
                     [startOptionsGiven](novapost::EnvironmentKind shown) {
                         tell(QApplication::translate(
                                  "main", "The window that was already open has been brought to the front. "
                                          "It shows %1.")
                                  .arg(novapost::Environment(shown).displayName()));
                         if (startOptionsGiven)
                             tell(QApplication::translate(
                                 "main", "--base-url, --ca-file and --lang only apply when the "
                                         "window starts. Quit the open window first to use them."));
                         QCoreApplication::exit(0);
                     });
    QObject::connect(&instance, &novapost::gui::SingleInstance::becameInstance, &app, startWindow);
    QObject::connect(&instance, &novapost::gui::SingleInstance::unanswered, &app, [&] {
        // Computed before translate(): Qt 6.4's lupdate loses a message with a division in its arguments.
        const int waitedSeconds = novapost::gui::SingleInstance::AnswerTimeoutMs / 1000;
        tell(QApplication::translate("main",
                                     "The window that is already open did not answer within %n second(s), "
                                     "so another one opens.",
                                     "", waitedSeconds));
        startWindow();
    });
    instance.handOver(options.environment);
    return app.exec();
}
