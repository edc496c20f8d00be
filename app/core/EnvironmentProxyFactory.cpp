// SPDX-License-Identifier: MIT
#include "EnvironmentProxyFactory.h"

#include <QHostAddress>
#include <QUrl>

namespace novapost {

namespace {

// curl's default when a proxy URL names no port.
constexpr quint16 DefaultProxyPort = 1080;

QString withoutBrackets(const QString& host)
{
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        return host.mid(1, host.size() - 2);
    return host;
}

bool isLoopback(const QString& host)
{
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QNetworkProxy proxyFromValue(const QString& value)
{
    const QString text = value.contains(QLatin1String("://")) ? value : QLatin1String("http://") + value;
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::DefaultProxy;
    if (scheme == QLatin1String("http"))
        type = QNetworkProxy::HttpProxy;
    else if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h"))
        type = QNetworkProxy::Socks5Proxy;
    if (type == QNetworkProxy::DefaultProxy || !url.isValid() || url.host().isEmpty()) {
        // Unusable, yet named on purpose: a proxy no one listens on makes the request fail with a
        // proxy error (exit 5) instead of quietly going around whatever the proxy enforces.
        return QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("0.0.0.0"), 0);
    }
    return QNetworkProxy(type, url.host(), static_cast<quint16>(url.port(DefaultProxyPort)),
                         url.userName(QUrl::FullyDecoded), url.password(QUrl::FullyDecoded));
}

bool entryMatches(QString entry, const QString& host)
{
    entry = withoutBrackets(entry.trimmed().toLower());
    if (entry.isEmpty())
        return false;
    if (entry == QLatin1String("*"))
        return true;
    const QHostAddress hostAddress(host);
    if (entry.contains(QLatin1Char('/'))) {
        const auto subnet = QHostAddress::parseSubnet(entry);
        return !hostAddress.isNull() &&
               subnet.first.protocol() != QAbstractSocket::UnknownNetworkLayerProtocol &&
               hostAddress.isInSubnet(subnet);
    }
    const QHostAddress entryAddress(entry);
    if (!entryAddress.isNull())
        return !hostAddress.isNull() && hostAddress.isEqual(entryAddress);
    if (entry.startsWith(QLatin1String("*.")))
        entry.remove(0, 1);
    if (entry.startsWith(QLatin1Char('.')))
        entry.remove(0, 1);
    if (entry.endsWith(QLatin1Char('.')))
        entry.chop(1);
    return !entry.isEmpty() && (host == entry || host.endsWith(QLatin1Char('.') + entry));
}

} // namespace

EnvironmentProxyFactory::EnvironmentProxyFactory(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{}

QList<QNetworkProxy> EnvironmentProxyFactory::queryProxy(const QNetworkProxyQuery& query)
{
    switch (query.queryType()) {
    case QNetworkProxyQuery::UrlRequest:
        return {proxyFor(query.url())};
    case QNetworkProxyQuery::TcpSocket: {
        QUrl url;
        url.setScheme(query.protocolTag().isEmpty() ? QStringLiteral("https") : query.protocolTag());
        url.setHost(query.peerHostName());
        return {proxyFor(url)};
    }
    default:
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    }
}

QNetworkProxy EnvironmentProxyFactory::proxyFor(const QUrl& url) const
{
    const QString host = withoutBrackets(url.host().toLower());
    if (host.isEmpty() || isLoopback(host) || bypasses(host))
        return QNetworkProxy(QNetworkProxy::NoProxy);

    QStringList names;
    if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
        names = {QStringLiteral("https_proxy"), QStringLiteral("HTTPS_PROXY")};
    else if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)
        names = {QStringLiteral("http_proxy")}; // HTTP_PROXY can be set by a CGI request ("httpoxy").
    names << QStringLiteral("all_proxy") << QStringLiteral("ALL_PROXY");
    for (const QString& name : std::as_const(names)) {
        const QString value = variable(name);
        if (!value.isEmpty())
            return proxyFromValue(value);
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

void EnvironmentProxyFactory::installForApplication()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    QNetworkProxyFactory::setUseSystemConfiguration(true);
#else
    QNetworkProxyFactory::setApplicationProxyFactory(new EnvironmentProxyFactory);
#endif
}

QString EnvironmentProxyFactory::variable(const QString& name) const
{
    return m_environment.value(name).trimmed();
}

bool EnvironmentProxyFactory::bypasses(const QString& host) const
{
    QString list = variable(QStringLiteral("no_proxy"));
    if (list.isEmpty())
        list = variable(QStringLiteral("NO_PROXY"));
    const QStringList entries = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return std::any_of(entries.begin(), entries.end(),
                       [&host](const QString& entry) { return entryMatches(entry, host); });
}

} // namespace novapost
