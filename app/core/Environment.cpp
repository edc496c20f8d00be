// SPDX-License-Identifier: MIT
#include "Environment.h"

#include <QHostAddress>

namespace novapost {

Environment::Environment(EnvironmentKind kind)
    : m_kind(kind)
{}

QUrl Environment::defaultBaseUrl(EnvironmentKind kind)
{
    switch (kind) {
    case EnvironmentKind::Production:
        return QUrl(QStringLiteral("https://api.novapost.com/v.1.0/"));
    case EnvironmentKind::Sandbox:
        break;
    }
    return QUrl(QStringLiteral("https://api-stage.novapost.pl/v.1.0/"));
}

QString Environment::idOf(EnvironmentKind kind)
{
    return kind == EnvironmentKind::Production ? QStringLiteral("production") : QStringLiteral("sandbox");
}

std::optional<EnvironmentKind> Environment::kindFromId(const QString& id)
{
    const QString normalized = id.trimmed().toLower();
    if (normalized == QLatin1String("sandbox") || normalized == QLatin1String("stage"))
        return EnvironmentKind::Sandbox;
    if (normalized == QLatin1String("production") || normalized == QLatin1String("prod"))
        return EnvironmentKind::Production;
    return std::nullopt;
}

QString Environment::displayName() const
{
    return m_kind == EnvironmentKind::Production ? tr("Production") : tr("Sandbox");
}

bool Environment::isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl Environment::normalizedBaseUrl(const QString& text, QString* error)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return QUrl();
    };
    if (trimmed.isEmpty())
        return fail(tr("The server URL is empty."));
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return fail(tr("“%1” is not a server URL; write it in full, like https://api.novapost.com/v.1.0/.")
                        .arg(trimmed));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return fail(tr("The server URL must start with https://."));
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return fail(tr("Plain http:// is only allowed for a server on this computer (localhost); "
                       "use https:// for %1.")
                        .arg(url.host()));
    if (url.hasQuery() || url.hasFragment())
        return fail(tr("The server URL must not contain a query (?) or fragment (#)."));
    if (!url.userInfo().isEmpty())
        return fail(tr("The server URL must not contain a user name or password."));

    QUrl normalized = url;
    normalized.setScheme(scheme);
    QString path = normalized.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    normalized.setPath(path + QLatin1Char('/'));
    return normalized;
}

QUrl Environment::baseUrl() const
{
    return m_override.isValid() ? m_override : defaultBaseUrl(m_kind);
}

QUrl Environment::endpoint(const QString& relativePath) const
{
    return baseUrl().resolved(QUrl(relativePath));
}

} // namespace novapost
