// SPDX-License-Identifier: MIT
// The proxy rules of EnvironmentProxyFactory, row by row, in process. tst_proxy checks the same rules
// end to end through a real CONNECT proxy and the CLI.
#include "EnvironmentProxyFactory.h"

#include <QTest>

using novapost::EnvironmentProxyFactory;

namespace {

using EnvList = QList<QPair<QString, QString>>;

const QString Proxy = QStringLiteral("http://proxy.example:3128");

} // namespace

class ProxyRulesTest : public QObject
{
    Q_OBJECT

private slots:
    void proxyFor_data();
    void proxyFor();
    void proxyUrl_data();
    void proxyUrl();
    void socketQueries();
};

void ProxyRulesTest::proxyFor_data()
{
    QTest::addColumn<EnvList>("environment");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("viaProxy");

    const QString api = QStringLiteral("https://api.novapost.pl/v.1.0/");
    QTest::newRow("nothing set") << EnvList{} << api << false;
    QTest::newRow("https_proxy") << EnvList{{"https_proxy", Proxy}} << api << true;
    QTest::newRow("HTTPS_PROXY") << EnvList{{"HTTPS_PROXY", Proxy}} << api << true;
    QTest::newRow("all_proxy") << EnvList{{"all_proxy", Proxy}} << api << true;
    QTest::newRow("ALL_PROXY") << EnvList{{"ALL_PROXY", Proxy}} << api << true;
    QTest::newRow("http_proxy is not for https") << EnvList{{"http_proxy", Proxy}} << api << false;
    QTest::newRow("HTTP_PROXY is not for https") << EnvList{{"HTTP_PROXY", Proxy}} << api << false;
    QTest::newRow("http_proxy for http") << EnvList{{"http_proxy", Proxy}} << "http://example.com/" << true;
    QTest::newRow("HTTP_PROXY never, as in curl")
        << EnvList{{"HTTP_PROXY", Proxy}} << "http://example.com/" << false;
    QTest::newRow("blank https_proxy counts as unset")
        << EnvList{{"https_proxy", "  "}, {"HTTPS_PROXY", Proxy}} << api << true;

    const EnvList proxied{{"https_proxy", Proxy}};
    auto noProxy = [&proxied](const QString& value) {
        return proxied + EnvList{{"no_proxy", value}};
    };
    QTest::newRow("no_proxy=host") << noProxy("api.novapost.pl") << api << false;
    QTest::newRow("no_proxy=HOST, any case") << noProxy("API.NovaPost.PL") << api << false;
    QTest::newRow("no_proxy=domain covers subdomains") << noProxy("novapost.pl") << api << false;
    QTest::newRow("no_proxy=.domain") << noProxy(".novapost.pl") << api << false;
    QTest::newRow("no_proxy=*.domain") << noProxy("*.novapost.pl") << api << false;
    QTest::newRow("no_proxy=domain. (trailing dot)") << noProxy("novapost.pl.") << api << false;
    QTest::newRow("no_proxy=.domain covers the domain itself")
        << noProxy(".novapost.pl") << "https://novapost.pl/" << false;
    QTest::newRow("no_proxy suffix is not a domain") << noProxy("post.pl") << api << true;
    QTest::newRow("no_proxy=other host") << noProxy("example.com") << api << true;
    QTest::newRow("no_proxy=*") << noProxy("*") << api << false;
    QTest::newRow("no_proxy list with blanks") << noProxy(" example.com , novapost.pl ,") << api << false;
    QTest::newRow("no_proxy list without a match") << noProxy("example.com,.novapost.com") << api << true;
    QTest::newRow("NO_PROXY") << proxied + EnvList{{"NO_PROXY", "novapost.pl"}} << api << false;
    QTest::newRow("no_proxy, when set, hides NO_PROXY")
        << proxied + EnvList{{"no_proxy", "example.com"}, {"NO_PROXY", "novapost.pl"}} << api << true;
    QTest::newRow("no_proxy=IPv4") << noProxy("192.0.2.7") << "https://192.0.2.7/" << false;
    QTest::newRow("no_proxy=IPv4, other address") << noProxy("192.0.2.7") << "https://192.0.2.8/" << true;
    QTest::newRow("no_proxy=CIDR") << noProxy("10.0.0.0/8") << "https://10.1.2.3/" << false;
    QTest::newRow("no_proxy=CIDR, outside") << noProxy("10.0.0.0/8") << "https://11.1.2.3/" << true;
    QTest::newRow("no_proxy=IPv6") << noProxy("2001:db8::1") << "https://[2001:db8::1]/" << false;
    QTest::newRow("no_proxy=[IPv6]") << noProxy("[2001:db8::1]") << "https://[2001:db8::1]/" << false;
    QTest::newRow("no_proxy=IP does not match a name") << noProxy("192.0.2.7") << api << true;

    QTest::newRow("localhost") << proxied << "https://localhost:8443/" << false;
    QTest::newRow("a.localhost") << proxied << "https://a.localhost/" << false;
    QTest::newRow("127.0.0.1") << proxied << "https://127.0.0.1:8443/" << false;
    QTest::newRow("127.1.2.3") << proxied << "https://127.1.2.3/" << false;
    QTest::newRow("::1") << proxied << "https://[::1]:8443/" << false;
    QTest::newRow("localhost.example is not loopback") << proxied << "https://localhost.example/" << true;
}

void ProxyRulesTest::proxyFor()
{
    QFETCH(EnvList, environment);
    QFETCH(QString, url);
    QFETCH(bool, viaProxy);

    QProcessEnvironment variables;
    for (const auto& [name, value] : environment)
        variables.insert(name, value);
    const QNetworkProxy proxy = EnvironmentProxyFactory(variables).proxyFor(QUrl(url));
    if (viaProxy) {
        QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(proxy.hostName(), QStringLiteral("proxy.example"));
        QCOMPARE(proxy.port(), quint16(3128));
    } else {
        QCOMPARE(proxy.type(), QNetworkProxy::NoProxy);
    }
}

void ProxyRulesTest::proxyUrl_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("type"); // QNetworkProxy::ProxyType
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");

    QTest::newRow("http://host:port")
        << "http://proxy.example:3128" << int(QNetworkProxy::HttpProxy) << "proxy.example" << 3128 << ""
        << "";
    QTest::newRow("host:port, no scheme")
        << "proxy.example:3128" << int(QNetworkProxy::HttpProxy) << "proxy.example" << 3128 << ""
        << "";
    QTest::newRow("no port: 1080, as in curl")
        << "http://proxy.example" << int(QNetworkProxy::HttpProxy) << "proxy.example" << 1080 << ""
        << "";
    QTest::newRow("trailing slash") << "http://proxy.example:3128/" << int(QNetworkProxy::HttpProxy)
                                    << "proxy.example" << 3128 << ""
                                    << "";
    QTest::newRow("credentials, percent-encoded")
        << "http://me%40corp:p%3Ass@proxy.example:3128" << int(QNetworkProxy::HttpProxy) << "proxy.example"
        << 3128 << "me@corp"
        << "p:ss";
    QTest::newRow("socks5") << "socks5://proxy.example:1081" << int(QNetworkProxy::Socks5Proxy)
                            << "proxy.example" << 1081 << ""
                            << "";
    QTest::newRow("socks5h") << "socks5h://proxy.example" << int(QNetworkProxy::Socks5Proxy)
                             << "proxy.example" << 1080 << ""
                             << "";
    // Qt cannot speak these: the request must fail at an unreachable proxy, never go direct.
    QTest::newRow("https:// proxy fails closed")
        << "https://proxy.example:3128" << int(QNetworkProxy::HttpProxy) << "0.0.0.0" << 0 << ""
        << "";
    QTest::newRow("socks4:// fails closed")
        << "socks4://proxy.example:1080" << int(QNetworkProxy::HttpProxy) << "0.0.0.0" << 0 << ""
        << "";
    QTest::newRow("garbage fails closed")
        << "http://" << int(QNetworkProxy::HttpProxy) << "0.0.0.0" << 0 << ""
        << "";
}

void ProxyRulesTest::proxyUrl()
{
    QFETCH(QString, value);
    QFETCH(int, type);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);

    QProcessEnvironment variables;
    variables.insert(QStringLiteral("https_proxy"), value);
    const QNetworkProxy proxy =
        EnvironmentProxyFactory(variables).proxyFor(QUrl(QStringLiteral("https://api.novapost.pl/")));
    QCOMPARE(int(proxy.type()), type);
    QCOMPARE(proxy.hostName(), host);
    QCOMPARE(int(proxy.port()), port);
    QCOMPARE(proxy.user(), user);
    QCOMPARE(proxy.password(), password);
}

void ProxyRulesTest::socketQueries()
{
    QProcessEnvironment variables;
    variables.insert(QStringLiteral("https_proxy"), Proxy);
    variables.insert(QStringLiteral("no_proxy"), QStringLiteral("internal.example"));
    EnvironmentProxyFactory factory(variables);

    const auto viaUrl =
        factory.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://api.novapost.pl/"))));
    QCOMPARE(viaUrl.size(), 1);
    QCOMPARE(viaUrl.first().type(), QNetworkProxy::HttpProxy);
    const auto bypassed = factory.queryProxy(
        QNetworkProxyQuery(QStringLiteral("git.internal.example"), 443, QStringLiteral("https")));
    QCOMPARE(bypassed.size(), 1);
    QCOMPARE(bypassed.first().type(), QNetworkProxy::NoProxy);
    const auto server =
        factory.queryProxy(QNetworkProxyQuery(8443, QString(), QNetworkProxyQuery::TcpServer));
    QCOMPARE(server.size(), 1);
    QCOMPARE(server.first().type(), QNetworkProxy::NoProxy);
}

QTEST_GUILESS_MAIN(ProxyRulesTest)
#include "tst_proxyrules.moc"
