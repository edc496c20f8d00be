// SPDX-License-Identifier: MIT
#include "EnvironmentVariables.h"

#include "CliOptions.h"

#include <cmath>
#include <cstdlib>
#include <cstring>

namespace novapost::cli {

QString EnvironmentVariables::value(const char* name)
{
    return qEnvironmentVariable(name).trimmed();
}

std::optional<QString> EnvironmentVariables::takeApiKey()
{
    if (!qEnvironmentVariableIsSet(ApiKeyVariable))
        return std::nullopt;
    const QString key = qEnvironmentVariable(ApiKeyVariable);
#ifdef Q_OS_LINUX
    // /proc/PID/environ shows the block the process started with, not the current environment:
    // unsetting alone would leave the key readable there for as long as the process runs.
    if (char* inPlace = std::getenv(ApiKeyVariable))
        std::memset(inPlace, 'x', std::strlen(inPlace));
#endif
    qunsetenv(ApiKeyVariable);
    return key;
}

QString EnvironmentVariables::apply(CliOptions* options, bool environmentGiven, bool baseUrlGiven,
                                    bool timeoutGiven)
{
    if (const QString id = value(KindVariable); !environmentGiven && !id.isEmpty()) {
        const auto kind = Environment::kindFromId(id);
        if (!kind)
            return tr("The environment variable NOVAPOST_ENV is “%1”; use sandbox or production.").arg(id);
        options->environment = Environment(*kind);
    }
    if (const QString text = value(BaseUrlVariable); !baseUrlGiven && !text.isEmpty()) {
        QString problem;
        const QUrl url = Environment::normalizedBaseUrl(text, &problem);
        if (url.isEmpty())
            return tr("The environment variable NOVAPOST_BASE_URL cannot be used: %1").arg(problem);
        options->environment.setBaseUrlOverride(url);
    }
    if (const QString text = value(TimeoutVariable); !timeoutGiven && !text.isEmpty()) {
        const auto milliseconds = CliParser::timeoutMs(text);
        if (!milliseconds)
            return tr("The environment variable NOVAPOST_TIMEOUT must be a number of seconds between 0 and "
                      "3600.");
        options->timeoutMs = *milliseconds;
    }
    return {};
}

} // namespace novapost::cli
