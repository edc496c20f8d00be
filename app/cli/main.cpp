// SPDX-License-Identifier: MIT
#include "CliApplication.h"
#include "CliOptions.h"
#include "EnvironmentProxyFactory.h"
#include "EnvironmentVariables.h"
#include "ProcessHardening.h"
#include "Translations.h"
#include "Version.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    novapost::ProcessHardening::disableCoreDumps();
    novapost::ProcessHardening::guardStandardStreams();
    // Taken before anything else runs, so no thread or child process ever sees the key.
    auto apiKeyFromVariable = novapost::cli::EnvironmentVariables::takeApiKey();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("novapost-jwt-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NOVAPOST_VERSION));

    novapost::Translations::install(
        novapost::Translations::languageFromArguments(QCoreApplication::arguments()));

    int exitCode = 0;
    QString error;
    auto options = novapost::cli::CliParser::parse(QCoreApplication::arguments(), &exitCode, &error);
    if (!options) {
        if (!error.isEmpty())
            std::fprintf(stderr, "novapost-jwt-cli: %s\n", error.toLocal8Bit().constData());
        // --help and --version: text that did not reach stdout is no success either.
        if (exitCode == novapost::cli::ExitOk && (std::ferror(stdout) || std::fflush(stdout) != 0)) {
            std::fprintf(stderr, "novapost-jwt-cli: %s\n",
                         novapost::cli::CliApplication::tr("The output could not be written.")
                             .toLocal8Bit()
                             .constData());
            return novapost::cli::ExitOutputFailed;
        }
        return exitCode;
    }

    novapost::EnvironmentProxyFactory::installForApplication();
    // Only token uses it; every other command lets go of it before it starts.
    if (options->command == novapost::cli::Command::Token)
        options->apiKeyFromVariable = std::move(apiKeyFromVariable);
    apiKeyFromVariable.reset();
    novapost::cli::CliApplication cli(std::move(*options));
    cli.start();
    return QCoreApplication::exec();
}
