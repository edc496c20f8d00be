// SPDX-License-Identifier: MIT
#include "CliOptions.h"

#include "CaCertificateFile.h"
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
              "  10 the output could not be written\n");
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
    parser.addOptions({help, version, env, baseUrl, timeout, caFile, json, phone, apiKeyStdin, fresh, print,
                       renew, minTtl, lang, key});

    auto usageError = [&](const QString& message) -> std::optional<CliOptions> {
        *exitCode = ExitUsage;
        *error = message;
        return std::nullopt;
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText() + QLatin1Char('.'));
    if (parser.isSet(help)) {
        printOut(helpText());
        *exitCode = ExitOk;
        return std::nullopt;
    }
    if (parser.isSet(version)) {
        printOut(QStringLiteral("novapost-jwt-cli %1\n").arg(QLatin1String(NOVAPOST_VERSION)));
        *exitCode = ExitOk;
        return std::nullopt;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("No command given; see novapost-jwt-cli --help."));
    if (positional.size() > 1)
        return usageError(tr("Unexpected argument “%1”; see novapost-jwt-cli --help.").arg(positional.at(1)));

    CliOptions options;
    const CommandInfo* info = nullptr;
    for (const CommandInfo& candidate : commands()) {
        if (positional.first() == QLatin1String(candidate.name))
            info = &candidate;
    }
    if (!info)
        return usageError(tr("Unknown command “%1”; see novapost-jwt-cli --help.").arg(positional.first()));
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
    if (parser.isSet(baseUrl)) {
        QString problem;
        const QUrl url = Environment::normalizedBaseUrl(parser.value(baseUrl), &problem);
        if (url.isEmpty())
            return usageError(problem);
        options.environment.setBaseUrlOverride(url);
    }
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 3600)
            return usageError(tr("The time-out must be a number of seconds between 0 and 3600."));
        options.timeoutMs = qMax(1, int(seconds * 1000));
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
