// SPDX-License-Identifier: MIT
#include "CliOptions.h"

#include "CaCertificateFile.h"
#include "CommandHelp.h"
#include "EnvironmentVariables.h"
#include "NearestName.h"
#include "Version.h"

#include <QCommandLineParser>

#include <cmath>
#include <cstdio>

namespace novapost::cli {

namespace {

struct CommandInfo
{
    const char* name;
    Command command;
    /** Options only this command accepts. */
    QStringList ownOptions;
};

const QList<CommandInfo>& commands()
{
    static const QList<CommandInfo> list = {
        {"token",
         Command::Token,
         {QStringLiteral("phone"), QStringLiteral("key"), QStringLiteral("api-key-stdin"),
          QStringLiteral("fresh"), QStringLiteral("min-ttl")}},
        {"test-key",
         Command::TestKey,
         {QStringLiteral("phone"), QStringLiteral("print"), QStringLiteral("renew")}},
        {"keys", Command::Keys, {}},
        {"set-key", Command::SetKey, {QStringLiteral("phone"), QStringLiteral("key")}},
        {"forget", Command::Forget, {QStringLiteral("phone"), QStringLiteral("key")}},
        {"decode", Command::Decode, {}},
    };
    return list;
}

const QStringList CommandSpecificOptions = {QStringLiteral("phone"),         QStringLiteral("key"),
                                            QStringLiteral("api-key-stdin"), QStringLiteral("min-ttl"),
                                            QStringLiteral("fresh"),         QStringLiteral("print"),
                                            QStringLiteral("renew")};

const CommandInfo* findCommand(const QString& name)
{
    for (const CommandInfo& candidate : commands()) {
        if (name == QLatin1String(candidate.name))
            return &candidate;
    }
    return nullptr;
}

void printOut(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

} // namespace

QString CliParser::helpText()
{
    return tr("Usage: novapost-jwt-cli [options] COMMAND [command options]\n"
              "\n"
              "Gets JWTs for the Nova Post API v.1.0 and manages apiKeys in the system keychain.\n"
              "\n"
              "Commands:\n"
              "  token [--phone PHONE | --key LABEL] [--api-key-stdin] [--min-ttl MINUTES] [--fresh]\n"
              "                       Print a JWT alone on one line (--json: jwt, expiresAt, expiresIn).\n"
              "                       The apiKey comes from stdin with --api-key-stdin, else from the\n"
              "                       keychain: the sandbox key of --phone (or the phone used last), or the\n"
              "                       production key --key (or the one used last, else \"default\").\n"
              "                       A token cached in the keychain is reused while at\n"
              "                       least --min-ttl minutes (default 5) remain; --fresh always fetches.\n"
              "  test-key --phone PHONE [--print] [--renew]\n"
              "                       Sandbox only: request a test apiKey for a phone registered on\n"
              "                       my.novapost.com and store it. A key requested today is reused\n"
              "                       unless --renew is given. --print writes the key to stdout.\n"
              "  keys                 List stored keys with their dates and status (never the keys).\n"
              "  set-key [--phone PHONE | --key LABEL]\n"
              "                       Read an apiKey from stdin and store it: a production key named\n"
              "                       LABEL (one per company or account; default \"default\"), or the\n"
              "                       sandbox key of --phone.\n"
              "  forget [--phone PHONE | --key LABEL]\n"
              "                       Remove a production key, or the sandbox key of --phone.\n"
              "  decode               Read a JWT from stdin and show its header, claims and expiry.\n"
              "\n"
              "Options:\n"
              "  --env sandbox|production   Environment (default: sandbox).\n"
              "  --base-url URL             Use another server (https, or http on this computer); the\n"
              "                             environment's rules stay.\n"
              "  --timeout SECONDS          Give up on the server after this long (default: 30).\n"
              "  --ca-file PEM              Also trust the CA certificates in this file.\n"
              "  --json                     Machine-readable output.\n"
              "  --lang LANGUAGE            Language of messages: en, uk, pl or de (default: the system's).\n"
              "  -h, --help                 Show this help.\n"
              "  -v, --version              Show the version.\n"
              "\n"
              "Exit codes:\n"
              "  0  success\n"
              "  2  usage or input error (nothing was sent)\n"
              "  3  authentication rejected (HTTP 401/403)\n"
              "  4  request rejected (other HTTP 4xx, such as 404, 409, 422, 429)\n"
              "  5  service unavailable or network failure (HTTP 5xx, time-out, no connection)\n"
              "  6  TLS failure (the server's certificate could not be verified)\n"
              "  7  malformed or unexpected response\n"
              "  8  keychain failure\n"
              "  9  the settings file could not be written\n"
              "  10 the output could not be written\n") +
           QLatin1Char('\n') +
           tr("Help of one command:\n"
              "  COMMAND --help, help COMMAND\n"
              "                       Show what COMMAND does and the options it takes.\n") +
           QLatin1Char('\n') +
           tr("Environment variables:\n"
              "  NOVAPOST_ENV         sandbox or production, as --env.\n"
              "  NOVAPOST_BASE_URL    as --base-url.\n"
              "  NOVAPOST_TIMEOUT     seconds, as --timeout.\n"
              "  NOVAPOST_API_KEY     the apiKey for token when none of --api-key-stdin, --phone and\n"
              "                       --key is given; it is removed from the environment once read.\n"
              "\n"
              "An option given on the command line wins over its variable.\n");
}

std::optional<int> CliParser::timeoutMs(const QString& seconds)
{
    bool ok = false;
    const double value = seconds.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value <= 0 || value > 3600)
        return std::nullopt;
    return qMax(1, int(value * 1000));
}

QString CliParser::parseError(const QCommandLineParser& parser, const QList<QCommandLineOption>& known,
                              const QStringList& arguments)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (unknown.isEmpty()) {
        // Qt's own sentences ("Missing value after '--env'.") already end with a full stop.
        const QString text = parser.errorText();
        return text.endsWith(QLatin1Char('.')) ? text : text + QLatin1Char('.');
    }
    const QString name = unknown.first();
    // Written as it was typed: "-x", "--frsh", "-frsh" (single-dash words are long options here).
    QString typed = (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    for (const QString& argument : arguments.mid(1)) {
        const QString option = argument.section(QLatin1Char('='), 0, 0);
        if (option == QLatin1Char('-') + name || option == QStringLiteral("--") + name) {
            typed = option;
            break;
        }
    }
    QStringList longNames;
    for (const QCommandLineOption& option : known) {
        for (const QString& optionName : option.names()) {
            if (optionName.size() > 1)
                longNames.append(optionName);
        }
    }
    QString suggestion = NearestName::in(name, longNames);
    if (suggestion.isEmpty() && name.size() == 1) {
        // An unknown one-letter option: the long option it abbreviates, when only one starts so.
        QStringList starting;
        for (const QString& longName : std::as_const(longNames)) {
            if (longName.startsWith(name.toLower()))
                starting.append(longName);
        }
        if (starting.size() == 1)
            suggestion = starting.first();
    }
    if (suggestion.isEmpty())
        return tr("Unknown option %1; see novapost-jwt-cli --help.").arg(typed);
    return tr("Unknown option %1; did you mean %2?").arg(typed, QStringLiteral("--") + suggestion);
}

QString CliParser::unknownCommand(const QString& name)
{
    QStringList names{QStringLiteral("help")};
    for (const CommandInfo& command : commands())
        names.append(QLatin1String(command.name));
    const QString suggestion = NearestName::in(name, names);
    if (suggestion.isEmpty())
        return tr("Unknown command “%1”; see novapost-jwt-cli --help.").arg(name);
    return tr("Unknown command “%1”; did you mean %2?").arg(name, suggestion);
}

std::optional<CliOptions> CliParser::parse(const QStringList& arguments, int* exitCode, QString* error)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, {});
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, {});
    const QCommandLineOption env(QStringLiteral("env"), {}, QStringLiteral("name"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), {}, QStringLiteral("url"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), {}, QStringLiteral("seconds"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), {}, QStringLiteral("pem"));
    const QCommandLineOption json(QStringLiteral("json"), {});
    const QCommandLineOption phone(QStringLiteral("phone"), {}, QStringLiteral("phone"));
    const QCommandLineOption key(QStringLiteral("key"), {}, QStringLiteral("label"));
    const QCommandLineOption apiKeyStdin(QStringLiteral("api-key-stdin"), {});
    const QCommandLineOption fresh(QStringLiteral("fresh"), {});
    const QCommandLineOption print(QStringLiteral("print"), {});
    const QCommandLineOption renew(QStringLiteral("renew"), {});
    const QCommandLineOption minTtl(QStringLiteral("min-ttl"), {}, QStringLiteral("minutes"));
    // Applied by main() before parsing, so that even parse errors are translated.
    const QCommandLineOption lang(QStringLiteral("lang"), {}, QStringLiteral("language"));
    const QList<QCommandLineOption> known = {help, version,     env,   baseUrl, timeout, caFile, json, phone,
                                             key,  apiKeyStdin, fresh, print,   renew,   minTtl, lang};
    parser.addOptions(known);

    auto usageError = [&](const QString& message) -> std::optional<CliOptions> {
        *exitCode = ExitUsage;
        *error = message;
        return std::nullopt;
    };
    if (!parser.parse(arguments))
        return usageError(parseError(parser, known, arguments));
    if (parser.isSet(version)) {
        printOut(QStringLiteral("novapost-jwt-cli %1\n").arg(QLatin1String(NOVAPOST_VERSION)));
        *exitCode = ExitOk;
        return std::nullopt;
    }

    const QStringList positional = parser.positionalArguments();
    const bool helpCommand = !positional.isEmpty() && positional.first() == QLatin1String("help");
    if (parser.isSet(help) || helpCommand) {
        // "token --help", "--help token" and "help token" show the help of token.
        const QStringList topics = helpCommand ? positional.mid(1) : positional;
        if (topics.size() > 1)
            return usageError(tr("Unexpected argument “%1”; see novapost-jwt-cli --help.").arg(topics.at(1)));
        if (topics.isEmpty()) {
            printOut(helpText());
        } else {
            const CommandInfo* topic = findCommand(topics.first());
            if (!topic)
                return usageError(unknownCommand(topics.first()));
            printOut(CommandHelp::text(topic->command));
        }
        *exitCode = ExitOk;
        return std::nullopt;
    }

    if (positional.isEmpty())
        return usageError(tr("No command given; see novapost-jwt-cli --help."));
    if (positional.size() > 1)
        return usageError(tr("Unexpected argument “%1”; see novapost-jwt-cli --help.").arg(positional.at(1)));

    CliOptions options;
    const CommandInfo* info = findCommand(positional.first());
    if (!info)
        return usageError(unknownCommand(positional.first()));
    options.command = info->command;
    for (const QString& name : CommandSpecificOptions) {
        if (parser.isSet(name) && !info->ownOptions.contains(name))
            return usageError(
                tr("The option --%1 does not apply to the %2 command.").arg(name, positional.first()));
    }

    if (parser.isSet(env)) {
        const auto kind = Environment::kindFromId(parser.value(env));
        if (!kind)
            return usageError(
                tr("Unknown environment “%1”; use sandbox or production.").arg(parser.value(env)));
        options.environment = Environment(*kind);
    }
    // Before the options that override them: a variable only counts where its option is absent.
    if (const QString problem = EnvironmentVariables::apply(&options, parser.isSet(env),
                                                            parser.isSet(baseUrl), parser.isSet(timeout));
        !problem.isEmpty())
        return usageError(problem);
    if (parser.isSet(baseUrl)) {
        QString problem;
        const QUrl url = Environment::normalizedBaseUrl(parser.value(baseUrl), &problem);
        if (url.isEmpty())
            return usageError(problem);
        options.environment.setBaseUrlOverride(url);
    }
    if (parser.isSet(timeout)) {
        const auto milliseconds = timeoutMs(parser.value(timeout));
        if (!milliseconds)
            return usageError(tr("The time-out must be a number of seconds between 0 and 3600."));
        options.timeoutMs = *milliseconds;
    }
    if (parser.isSet(caFile)) {
        const QString path = parser.value(caFile);
        const CaCertificateFile::Loaded loaded = CaCertificateFile::load(path);
        if (loaded.problem == CaCertificateFile::Problem::Unreadable)
            return usageError(tr("The CA file “%1” cannot be read.").arg(path));
        if (loaded.problem == CaCertificateFile::Problem::NoCertificate)
            return usageError(tr("The CA file “%1” holds no PEM certificate.").arg(path));
        options.extraCas = loaded.certificates;
    }
    if (parser.isSet(minTtl)) {
        bool ok = false;
        const double minutes = parser.value(minTtl).toDouble(&ok);
        if (!ok || !std::isfinite(minutes) || minutes < 0 || minutes > 60)
            return usageError(tr("--min-ttl must be a number of minutes between 0 and 60."));
        options.minimumTtlSeconds = qint64(minutes * 60);
    }
    options.json = parser.isSet(json);
    options.phoneText = parser.value(phone);
    options.keyLabel = parser.value(key);
    options.apiKeyFromStdin = parser.isSet(apiKeyStdin);
    options.fresh = parser.isSet(fresh);
    options.printKey = parser.isSet(print);
    options.renew = parser.isSet(renew);
    *exitCode = ExitOk;
    return options;
}

} // namespace novapost::cli
