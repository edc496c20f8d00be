// SPDX-License-Identifier: MIT
// The CLI follows the curl-style proxy variables (EnvironmentProxyFactory; tst_proxyrules has every
// rule): https_proxy, else HTTPS_PROXY, else all_proxy/ALL_PROXY, through CONNECT, and no_proxy,
// else NO_PROXY, to bypass. The same rows pass on Debian 12 and 13 whatever libproxy they have.
// Qt itself never proxies loopback hosts, so the server is reached under a name in the reserved
// .test domain that only the recording proxy (which tunnels every CONNECT to 127.0.0.1) knows.
#include "CliRunner.h"
#include "FakeNovaPostServer.h"

#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using novapost::test::CliResult;
using novapost::test::CliRunner;
using novapost::test::FakeNovaPostServer;

namespace {

using EnvList = QList<QPair<QString, QString>>;
enum class Route { Direct, ViaProxy, ProxyFails };

/**
 * An HTTP proxy that records each request line. Plain requests ("GET http://...") get an answer
 * of its own, so a token that reaches the CLI proves the route; CONNECT is tunnelled for real.
 */
class RecordingProxy : public QObject
{
public:
    explicit RecordingProxy(QByteArray answerBody)
        : m_answerBody(std::move(answerBody))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* client = m_server.nextPendingConnection())
                serve(client);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    quint16 port() const { return m_server.serverPort(); }
    QList<QByteArray> requestLines() const { return m_requestLines; }

private:
    void serve(QTcpSocket* client)
    {
        client->setParent(this);
        auto* buffer = new QByteArray;
        connect(client, &QObject::destroyed, this, [buffer] { delete buffer; });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
            if (client->property("tunnel").toBool())
                return;
            *buffer += client->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray line = buffer->left(buffer->indexOf("\r\n"));
            m_requestLines.append(line);
            if (line.startsWith("CONNECT "))
                tunnel(client, line.split(' ').value(1), buffer->mid(end + 4));
            else
                answer(client);
        });
    }

    void answer(QTcpSocket* client)
    {
        client->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(m_answerBody.size()) + "\r\nConnection: close\r\n\r\n" +
                      m_answerBody);
        client->disconnectFromHost();
    }

    void tunnel(QTcpSocket* client, const QByteArray& authority, const QByteArray& early)
    {
        client->setProperty("tunnel", true);
        const qsizetype colon = authority.lastIndexOf(':');
        auto* upstream = new QTcpSocket(client);
        QPointer<QTcpSocket> guardedClient(client);
        connect(upstream, &QTcpSocket::connected, client, [client, upstream, early] {
            client->write("HTTP/1.1 200 Connection established\r\n\r\n");
            if (!early.isEmpty())
                upstream->write(early);
            connect(client, &QTcpSocket::readyRead, upstream,
                    [client, upstream] { upstream->write(client->readAll()); });
            if (client->bytesAvailable() > 0)
                upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, [guardedClient] {
            if (guardedClient)
                guardedClient->disconnectFromHost();
        });
        connect(upstream, &QTcpSocket::errorOccurred, client, [guardedClient] {
            if (guardedClient)
                guardedClient->disconnectFromHost();
        });
        // Every name leads to the fake server: only the proxy can "resolve" the .test host.
        upstream->connectToHost(QHostAddress::LocalHost, authority.mid(colon + 1).toUShort());
    }

    QTcpServer m_server;
    QByteArray m_answerBody;
    QList<QByteArray> m_requestLines;
};

const QStringList ProxyVariables = {
    QStringLiteral("http_proxy"),  QStringLiteral("HTTP_PROXY"), QStringLiteral("https_proxy"),
    QStringLiteral("HTTPS_PROXY"), QStringLiteral("all_proxy"),  QStringLiteral("ALL_PROXY"),
    QStringLiteral("ftp_proxy"),   QStringLiteral("FTP_PROXY"),  QStringLiteral("no_proxy"),
    QStringLiteral("NO_PROXY"),
};
// A desktop session must not change the outcome: the environment alone decides on Linux.
const QStringList DesktopVariables = {
    QStringLiteral("XDG_CURRENT_DESKTOP"),      QStringLiteral("DESKTOP_SESSION"),
    QStringLiteral("GNOME_DESKTOP_SESSION_ID"), QStringLiteral("KDE_FULL_SESSION"),
    QStringLiteral("KDE_SESSION_VERSION"),
};

} // namespace

class ProxyTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void httpsThroughConnect_data();
    void httpsThroughConnect();
    void loopbackIsNeverProxied_data();
    void loopbackIsNeverProxied();
    void deadProxyIsAnErrorNotADetour();

private:
    /** Sets @p variables; "$PROXY" stands for the recording proxy's URL, "$HOSTPORT" for its address. */
    void applyEnvironment(const EnvList& variables);
    QStringList tokenArguments(const QString& host) const;

    QTemporaryDir m_certificateDir;
    QString m_certificatePath;
    QSslCertificate m_certificate;
    QSslKey m_key;
    FakeNovaPostServer* m_server = nullptr;
    RecordingProxy* m_proxy = nullptr;
    QTemporaryDir* m_home = nullptr;
    CliRunner* m_cli = nullptr;
    QString m_proxyJwt;
};

namespace {

// RFC 6761 reserves .test; no resolver knows it, so a direct attempt fails instead of leaving.
const QString ProxiedHost = QStringLiteral("api.novapost.test");

} // namespace

void ProxyTest::initTestCase()
{
    m_certificatePath = m_certificateDir.filePath("cert.pem");
    const QString keyPath = m_certificateDir.filePath("key.pem");
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", keyPath, "-out",
                              m_certificatePath, "-days", "2", "-subj", "/CN=" + ProxiedHost, "-addext",
                              "subjectAltName=DNS:" + ProxiedHost + ",IP:127.0.0.1"});
    QVERIFY(openssl.waitForFinished(60000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAll().constData());
    QFile certificate(m_certificatePath);
    QFile key(keyPath);
    QVERIFY(certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    m_certificate = QSslCertificate(certificate.readAll(), QSsl::Pem);
    m_key = QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    QVERIFY(!m_certificate.isNull() && !m_key.isNull());
}

void ProxyTest::init()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    m_proxyJwt =
        FakeNovaPostServer::makeJwt(QJsonObject{{"iss", "proxy"}, {"iat", now}, {"exp", now + 3600}});
    m_server = new FakeNovaPostServer;
    m_server->addApiKey("key-1");
    m_proxy = new RecordingProxy("{\"jwt\":\"" + m_proxyJwt.toLatin1() + "\"}");
    QVERIFY(m_proxy->listen());
    m_home = new QTemporaryDir;
    m_cli = new CliRunner(QStringLiteral(NOVAPOST_CLI_PATH));
    m_cli->isolateIn(m_home->path());
    m_cli->withoutKeychain();
    for (const QString& name : ProxyVariables + DesktopVariables)
        m_cli->environment().remove(name);
}

void ProxyTest::cleanup()
{
    delete m_cli;
    delete m_home;
    delete m_proxy;
    delete m_server;
}

void ProxyTest::applyEnvironment(const EnvList& variables)
{
    for (const auto& [name, value] : variables)
        m_cli->environment().insert(name, QString(value)
                                              .replace(QLatin1String("$PROXY"), m_proxy->url())
                                              .replace(QLatin1String("$HOSTPORT"),
                                                       QStringLiteral("127.0.0.1:%1").arg(m_proxy->port())));
}

QStringList ProxyTest::tokenArguments(const QString& host) const
{
    QUrl url = m_server->baseUrl();
    url.setHost(host);
    // A short time-out bounds the direct attempts at the unresolvable name.
    return {"--base-url", url.toString(), "--ca-file", m_certificatePath,
            "--timeout",  "10",           "token",     "--api-key-stdin"};
}

void ProxyTest::httpsThroughConnect_data()
{
    QTest::addColumn<EnvList>("environment");
    QTest::addColumn<Route>("route");

    const QString proxy = QStringLiteral("$PROXY");
    QTest::newRow("no variables: direct") << EnvList{} << Route::Direct;
    QTest::newRow("https_proxy") << EnvList{{"https_proxy", proxy}} << Route::ViaProxy;
    QTest::newRow("HTTPS_PROXY") << EnvList{{"HTTPS_PROXY", proxy}} << Route::ViaProxy;
    QTest::newRow("all_proxy") << EnvList{{"all_proxy", proxy}} << Route::ViaProxy;
    QTest::newRow("ALL_PROXY") << EnvList{{"ALL_PROXY", proxy}} << Route::ViaProxy;
    // As in curl: http_proxy is for http:// URLs only.
    QTest::newRow("http_proxy is not for https")
        << EnvList{{"http_proxy", proxy}, {"HTTP_PROXY", proxy}} << Route::Direct;
    QTest::newRow("a proxy without a scheme is http://")
        << EnvList{{"https_proxy", "$HOSTPORT"}} << Route::ViaProxy;
    // Qt cannot talk TLS to a proxy: the request fails rather than going around the proxy.
    QTest::newRow("an https:// proxy URL fails closed")
        << EnvList{{"https_proxy", "https://$HOSTPORT"}} << Route::ProxyFails;
    QTest::newRow("NO_PROXY=host bypasses")
        << EnvList{{"HTTPS_PROXY", proxy}, {"NO_PROXY", ProxiedHost}} << Route::Direct;
    QTest::newRow("no_proxy=host bypasses")
        << EnvList{{"https_proxy", proxy}, {"no_proxy", ProxiedHost}} << Route::Direct;
    QTest::newRow("no_proxy=domain covers subdomains")
        << EnvList{{"https_proxy", proxy}, {"no_proxy", "novapost.test"}} << Route::Direct;
    QTest::newRow("no_proxy=.domain bypasses")
        << EnvList{{"https_proxy", proxy}, {"no_proxy", ".novapost.test"}} << Route::Direct;
    QTest::newRow("no_proxy=*.domain bypasses")
        << EnvList{{"https_proxy", proxy}, {"no_proxy", "*.novapost.test"}} << Route::Direct;
    QTest::newRow("no_proxy=* bypasses")
        << EnvList{{"https_proxy", proxy}, {"no_proxy", "*"}} << Route::Direct;
    QTest::newRow("no_proxy list with spaces bypasses")
        << EnvList{{"https_proxy", proxy}, {"no_proxy", "example.com , " + ProxiedHost + " "}}
        << Route::Direct;
    QTest::newRow("no_proxy=other host does not bypass")
        << EnvList{{"https_proxy", proxy}, {"no_proxy", "example.com"}} << Route::ViaProxy;
    QTest::newRow("no_proxy=suffix that is not a domain does not bypass")
        << EnvList{{"https_proxy", proxy}, {"no_proxy", "post.test"}} << Route::ViaProxy;
    QTest::newRow("no_proxy, when set, hides NO_PROXY")
        << EnvList{{"https_proxy", proxy}, {"no_proxy", "example.com"}, {"NO_PROXY", ProxiedHost}}
        << Route::ViaProxy;
}

void ProxyTest::httpsThroughConnect()
{
    QFETCH(EnvList, environment);
    QFETCH(Route, route);

    QVERIFY(m_server->listenTls(m_certificate, m_key));
    applyEnvironment(environment);
    const CliResult result = m_cli->run(tokenArguments(ProxiedHost), "key-1\n");
    QVERIFY(result.finished);
    if (route == Route::ViaProxy) {
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(m_proxy->requestLines(),
                 QList<QByteArray>{"CONNECT " + ProxiedHost.toLatin1() + ":" +
                                   QByteArray::number(m_server->port()) + " HTTP/1.1"});
        // The token comes from the real server: a CONNECT tunnel carries TLS end to end.
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(result.out.trimmed().count('.'), 2);
        QVERIFY(result.out.trimmed() != m_proxyJwt.toLatin1());
    } else {
        // Direct, the reserved name cannot be resolved; a failed proxy reaches no one either.
        QCOMPARE(result.exitCode, 5);
        const QByteArray expected = route == Route::Direct ? "could not be found" : "proxy";
        QVERIFY2(result.err.toLower().contains(expected), result.err.constData());
        QCOMPARE(m_proxy->requestLines(), QList<QByteArray>{});
        QCOMPARE(m_server->requestCount(), 0);
    }
}

void ProxyTest::loopbackIsNeverProxied_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("http://127.0.0.1") << false;
    QTest::newRow("https://127.0.0.1") << true;
}

void ProxyTest::loopbackIsNeverProxied()
{
    QFETCH(bool, tls);

    QVERIFY(tls ? m_server->listenTls(m_certificate, m_key) : m_server->listen());
    applyEnvironment({{"http_proxy", "$PROXY"},
                      {"https_proxy", "$PROXY"},
                      {"HTTP_PROXY", "$PROXY"},
                      {"HTTPS_PROXY", "$PROXY"}});
    const CliResult result = m_cli->run(tokenArguments(QStringLiteral("127.0.0.1")), "key-1\n");
    QVERIFY(result.finished);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(m_proxy->requestLines(), QList<QByteArray>{});
    QCOMPARE(m_server->requestCount(), 1);
}

void ProxyTest::deadProxyIsAnErrorNotADetour()
{
    // A proxy that is configured but down must not be skipped silently: that would bypass
    // whatever the proxy enforces.
    QVERIFY(m_server->listenTls(m_certificate, m_key));
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 deadPort = closed.serverPort();
    closed.close();
    m_cli->environment().insert("https_proxy", QStringLiteral("http://127.0.0.1:%1").arg(deadPort));
    const CliResult result = m_cli->run(tokenArguments(ProxiedHost), "key-1\n");
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(result.err.toLower().contains("proxy"), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QCOMPARE(m_proxy->requestLines(), QList<QByteArray>{});
    QCOMPARE(m_server->requestCount(), 0);
}

QTEST_GUILESS_MAIN(ProxyTest)
#include "tst_proxy.moc"
