// SPDX-License-Identifier: MIT
#pragma once

#include "Defaults.h"
#include "Environment.h"
#include "ExitCode.h"

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
};

} // namespace novapost::cli
