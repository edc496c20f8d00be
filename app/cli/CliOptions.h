// SPDX-License-Identifier: MIT
#pragma once

#include "Defaults.h"
#include "Environment.h"
#include "ExitCode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <optional>

namespace novapost::cli {

enum class Command { Token, TestKey, Keys, SetKey, Forget, Decode };

/** @brief The command line, checked: everything the commands need, or why it is wrong. */
struct CliOptions
{
    Command command = Command::Token;
    Environment environment;
    int timeoutMs = defaults::RequestTimeoutMs;
    QList<QSslCertificate> extraCas;
    bool json = false;
    QString phoneText;
    /** --key: the label of a production key. */
    QString keyLabel;
    bool apiKeyFromStdin = false;
    /** NOVAPOST_API_KEY, already taken out of the environment; for token when no key is named. */
    std::optional<QString> apiKeyFromVariable;
    bool fresh = false;
    qint64 minimumTtlSeconds = defaults::CacheMinimumSecondsLeft;
    bool printKey = false;
    bool renew = false;
};

/** @brief Parses argv; on --help/--version prints and returns an exit code via @p earlyExit. */
class CliParser
{
    Q_DECLARE_TR_FUNCTIONS(novapost::cli::CliParser)

public:
    /** Returns options, or nothing with @p exitCode set (0 after --help/--version, 2 with @p error). */
    static std::optional<CliOptions> parse(const QStringList& arguments, int* exitCode, QString* error);
    static QString helpText();
    /** @p seconds as milliseconds when it is a number of seconds in (0, 3600]. */
    static std::optional<int> timeoutMs(const QString& seconds);

private:
    /** One sentence for a command line QCommandLineParser refused, with a hint when one is close. */
    static QString parseError(const QCommandLineParser& parser, const QList<QCommandLineOption>& known,
                              const QStringList& arguments);
    static QString unknownCommand(const QString& name);
};

} // namespace novapost::cli
