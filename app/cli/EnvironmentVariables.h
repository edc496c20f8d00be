// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace novapost::cli {

struct CliOptions;

/**
 * @brief NOVAPOST_ENV, NOVAPOST_BASE_URL and NOVAPOST_TIMEOUT for scripts and CI, each used only
 * where its command-line option is absent; and NOVAPOST_API_KEY, taken out of the environment.
 */
class EnvironmentVariables
{
    Q_DECLARE_TR_FUNCTIONS(novapost::cli::CliParser)

public:
    static constexpr const char* KindVariable = "NOVAPOST_ENV";
    static constexpr const char* BaseUrlVariable = "NOVAPOST_BASE_URL";
    static constexpr const char* TimeoutVariable = "NOVAPOST_TIMEOUT";
    static constexpr const char* ApiKeyVariable = "NOVAPOST_API_KEY";

    /** The value of @p name, or empty when it is unset or empty (as `NOVAPOST_ENV= cmd` means "none"). */
    static QString value(const char* name);

    /**
     * NOVAPOST_API_KEY's value (set, even if empty), removed from this process's environment so
     * that no child process inherits it; on Linux its bytes in the environment block the process
     * started with are overwritten too. Call first thing in main(), before any thread starts.
     */
    static std::optional<QString> takeApiKey();

    /** Applies the variables whose options were not given; empty, or one sentence naming the bad one. */
    static QString apply(CliOptions* options, bool environmentGiven, bool baseUrlGiven, bool timeoutGiven);
};

} // namespace novapost::cli
