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
    if (!qEnvironmentVariableIsSet(ApiKey))
        return std::nullopt;
    const QString key = qEnvironmentVariable(ApiKey);
#ifdef Q_OS_LINUX
    // /proc/PID/environ shows the block the process started with, not the current environment:
    // unsetting alone would leave the key readable there for as long as the process runs.
    if (char* inPlace = std::getenv(ApiKey))
        std::memset(inPlace, 'x', std::strlen(inPlace));
#endif
    qunsetenv(ApiKey);
    return key;
}

QString EnvironmentVariables::apply(CliOptions* options, bool environmentGiven, bool baseUrlGiven,
                                    bool timeoutGiven)
{
    if (const QString id = value(Environment); !environmentGiven && !id.isEmpty()) {
        const auto kind = novapost::Environment::kindFromId(id);
        if (!kind)
            return tr("The environment variable NOVAPOST_ENV is “%1”; use sandbox or production.").arg(id);
        options->environment = novapost::Environment(*kind);
    }
    if (const QString text = value(BaseUrl); !baseUrlGiven && !text.isEmpty()) {
        QString problem;
        const QUrl url = novapost::Environment::normalizedBaseUrl(text, &problem);
        if (url.isEmpty())
            return tr("The environment variable NOVAPOST_BASE_URL cannot be used: %1").arg(problem);
        options->environment.setBaseUrlOverride(url);
    }
    if (const QString text = value(Timeout); !timeoutGiven && !text.isEmpty()) {
        const auto milliseconds = CliParser::timeoutMs(text);
        if (!milliseconds)
            return tr("The environment variable NOVAPOST_TIMEOUT must be a number of seconds between 0 and "
                      "3600.");
        options->timeoutMs = *milliseconds;
    }
    return {};
}

} // namespace novapost::cli
