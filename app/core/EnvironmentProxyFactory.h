// SPDX-License-Identifier: MIT
#pragma once

#include <QNetworkProxyFactory>
#include <QProcessEnvironment>

namespace novapost {

/**
 * @brief Chooses the proxy for each request from the curl-style environment variables.
 *
 * The same rules on every Linux, whatever libproxy version Qt would otherwise ask (Debian 12's
 * libproxy 0.4 and Debian 13's 0.5 disagree on no_proxy):
 * - https URLs: https_proxy, else HTTPS_PROXY, else all_proxy, else ALL_PROXY;
 *   http URLs: http_proxy (never HTTP_PROXY, as in curl), else all_proxy, else ALL_PROXY.
 *   A value is `[http://][user:password@]host[:port]` (port 1080 when left out) or `socks5://…`;
 *   https tunnels through CONNECT, so TLS is still checked end to end.
 * - no_proxy, else NO_PROXY: a comma list (blanks ignored) of host names, each covering the host
 *   and its subdomains with or without a leading "." (or "*."), IP addresses, CIDR ranges such as
 *   10.0.0.0/8, or `*` for every host.
 * - Loopback hosts (localhost, 127.0.0.0/8, ::1) are never proxied.
 * - A proxy the variables name but Qt cannot use (https://, socks4://) fails the request; it is never
 *   skipped for a direct connection.
 */
class EnvironmentProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit EnvironmentProxyFactory(
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override;

    /** The proxy for @p url under these variables; NoProxy for a direct connection. */
    QNetworkProxy proxyFor(const QUrl& url) const;

    /**
     * Makes the whole application follow these rules on Linux and other Unix desktops; Windows and
     * macOS keep their system proxy settings, which Qt reads natively there.
     */
    static void installForApplication();

private:
    QString variable(const QString& name) const;
    bool bypasses(const QString& host) const;

    QProcessEnvironment m_environment;
};

} // namespace novapost
