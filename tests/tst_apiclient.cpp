// SPDX-License-Identifier: MIT
#include "ApiClient.h"
#include "CaCertificateFile.h"
#include "FakeNovaPostServer.h"
#include "ResponseParser.h"
#include "TlsTestServer.h"
#include "UtcTime.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace novapost;
using novapost::test::FakeNovaPostServer;
using novapost::test::HttpRequest;
using novapost::test::HttpResponse;
using Kind = ApiError::Kind;

class ApiClientTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void jwtSuccess();
    void eachRequestGoesToItsOwnEnvironment();
    void apiKeyArrivesIntact();
    void requestLogRedactsTheKey();
    void httpErrors_data();
    void httpErrors();
    void malformedBodies_data();
    void malformedBodies();
    void expiredTokenIsRefused();
    void clockOffsetFromDateHeader();
    void invalidKeysAreNotSent_data();
    void invalidKeysAreNotSent();
    void testKeySuccess();
    void testKeyErrors_data();
    void testKeyErrors();
    void testKeyRefusedInProductionWithoutSending();
    void timeoutWhenServerHangs();
    void timeoutWhenServerTrickles();
    void connectionRefused();
    void connectionClosedWithoutAnswer();
    void truncatedBody();
    void bodyAtTheCapIsRead();
    void bodyOverTheCapIsRefused();
    void announcedOverTheCapByOneByte();
    void announcedBodyOverTheCapIsRefused();
    void sameOriginRedirectIsFollowed();
    void crossHostRedirectIsRefused();
    void cancel();
    void tlsSelfSignedIsRefused();
    void tlsAcceptedWithExtraCa();
    void caCertificateFile();

private:
    ApiReply* waitFor(ApiReply* reply, int timeoutMs = 10000);
    QString validJwt() const;

    FakeNovaPostServer* m_server = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    ApiClient* m_client = nullptr;
    Environment m_environment;
};

void ApiClientTest::init()
{
    m_server = new FakeNovaPostServer(this);
    QVERIFY(m_server->listen());
    m_network = new QNetworkAccessManager(this);
    m_client = new ApiClient(m_network, this);
    Environment sandbox(EnvironmentKind::Sandbox);
    sandbox.setBaseUrlOverride(m_server->baseUrl());
    m_environment = sandbox;
    m_client->setTimeoutMs(5000);
}

void ApiClientTest::cleanup()
{
    delete m_client;
    delete m_network;
    delete m_server;
}

ApiReply* ApiClientTest::waitFor(ApiReply* reply, int timeoutMs)
{
    reply->setParent(this);
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &ApiReply::finished);
        if (!finished.wait(timeoutMs))
            qWarning("reply did not finish in time");
    }
    return reply;
}

QString ApiClientTest::validJwt() const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return FakeNovaPostServer::makeJwt(now, now + 3600);
}

void ApiClientTest::jwtSuccess()
{
    m_server->addApiKey("key-1");
    ApiReply* reply = waitFor(m_client->requestJwt(m_environment, "key-1"));
    QVERIFY2(reply->succeeded(), qPrintable(reply->error().message()));
    QVERIFY(reply->token().isValid());
    QCOMPARE(reply->httpStatus(), 200);
    const qint64 lifetime = reply->token().issuedAt()->secsTo(*reply->token().expiresAt());
    QCOMPARE(lifetime, 3600);

    QCOMPARE(m_server->requestCount(), 1);
    const HttpRequest request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QStringLiteral("/v.1.0/clients/authorization"));
    QCOMPARE(request.headers.value("accept"), QByteArray("application/json"));
    QVERIFY(request.headers.value("user-agent").startsWith("novapost-jwt/"));
}

void ApiClientTest::eachRequestGoesToItsOwnEnvironment()
{
    // One client serves both environments at once: a request started for one never goes to the other.
    FakeNovaPostServer other;
    QVERIFY(other.listen());
    m_server->addApiKey("sandbox-key");
    other.addApiKey("production-key");
    Environment production(EnvironmentKind::Production);
    production.setBaseUrlOverride(other.baseUrl());
    ApiReply* toSandbox = m_client->requestJwt(m_environment, "sandbox-key");
    ApiReply* toProduction = m_client->requestJwt(production, "production-key");
    ApiReply* testKeyInProduction = m_client->requestTestApiKey(production, "498213437654");
    waitFor(toSandbox);
    waitFor(toProduction);
    waitFor(testKeyInProduction);
    QVERIFY2(toSandbox->succeeded(), qPrintable(toSandbox->error().message()));
    QVERIFY2(toProduction->succeeded(), qPrintable(toProduction->error().message()));
    QCOMPARE(testKeyInProduction->error().kind(), Kind::InvalidInput);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(other.requestCount(), 1);
    QVERIFY(m_server->requests().first().target.contains("sandbox-key"));
    QVERIFY(other.requests().first().target.contains("production-key"));
}

void ApiClientTest::apiKeyArrivesIntact()
{
    const QString key = QStringLiteral("a+b/c= d&e");
    m_server->addApiKey(key);
    ApiReply* reply = waitFor(m_client->requestJwt(m_environment, key));
    QVERIFY2(reply->succeeded(), qPrintable(reply->error().message()));
    const HttpRequest request = m_server->requests().first();
    QCOMPARE(request.query.queryItemValue("apiKey", QUrl::FullyDecoded), key);
    QVERIFY2(!request.target.contains(' ') && !request.target.contains("&e"), request.target.constData());
}

void ApiClientTest::requestLogRedactsTheKey()
{
    QSignalSpy started(m_client, &ApiClient::requestStarted);
    waitFor(m_client->requestJwt(m_environment, "super-secret-key"));
    QCOMPARE(started.size(), 1);
    const QUrl logged = started.first().at(1).toUrl();
    QVERIFY(!logged.toString().contains("super-secret-key"));
    QVERIFY(logged.toString().contains("apiKey=***"));
}

void ApiClientTest::httpErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("messageContains");

    QTest::newRow("401 documented shape")
        << 401 << QByteArray(R"({"errors":{"errorMessage":"Invalid token"}})") << Kind::AuthenticationRejected
        << "Invalid token";
    QTest::newRow("403") << 403 << QByteArray(R"({"error":"Forbidden for this key"})")
                         << Kind::AuthenticationRejected << "Forbidden for this key";
    QTest::newRow("422") << 422 << QByteArray(R"({"errors":{"apiKey":"The api key field is required."}})")
                         << Kind::RequestRejected << "The api key field is required.";
    QTest::newRow("429") << 429 << QByteArray(R"({"success":false,"errors":["Daily limit reached"]})")
                         << Kind::RequestRejected << "Daily limit reached";
    QTest::newRow("404 errorMessage")
        << 404 << QByteArray(R"({"errorMessage":"not_found"})") << Kind::RequestRejected << "not_found";
    QTest::newRow("503 json") << 503 << QByteArray(R"({"errors":{"errorMessage":"service_unavailable"}})")
                              << Kind::ServiceUnavailable << "service_unavailable";
    QTest::newRow("502 html page") << 502 << QByteArray("<html><body><h1>Bad Gateway</h1></body></html>")
                                   << Kind::ServiceUnavailable << "HTTP 502";
    QTest::newRow("500 empty") << 500 << QByteArray() << Kind::ServiceUnavailable << "HTTP 500";
    QTest::newRow("418 unknown") << 418 << QByteArray("{}") << Kind::RequestRejected << "HTTP 418";
    QTest::newRow("409 conflict") << 409 << QByteArray("{}") << Kind::RequestRejected << "HTTP 409";
}

void ApiClientTest::httpErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(QString, messageContains);

    m_server->setHandler([&](const HttpRequest&) {
        return body.startsWith('<') ? HttpResponse::text(status, body) : HttpResponse::json(status, body);
    });
    ApiReply* reply = waitFor(m_client->requestJwt(m_environment, "k-7f3e91"));
    QVERIFY(reply->isFinished());
    QVERIFY(!reply->succeeded());
    QCOMPARE(reply->error().kind(), kind);
    QCOMPARE(reply->error().httpStatus(), status);
    QVERIFY2(reply->error().message().contains(messageContains), qPrintable(reply->error().message()));
    QVERIFY2(!reply->error().message().contains("7f3e91"), "the apiKey value must not appear");
    // The JWT route never gets the test-key wording (registered phone, one request a day).
    QVERIFY2(!reply->error().message().contains("test key"), qPrintable(reply->error().message()));
    QVERIFY2(!reply->error().message().contains("phone"), qPrintable(reply->error().message()));
}

void ApiClientTest::malformedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("messageContains");

    const QByteArray json = "application/json";
    QTest::newRow("not json") << QByteArray("hello") << json << "not a JSON object";
    QTest::newRow("html 200") << QByteArray("<html><body>Login to the Wi-Fi</body></html>")
                              << QByteArray("text/html") << "web page";
    QTest::newRow("no jwt") << QByteArray(R"({"token":"x"})") << json << "no “jwt”";
    QTest::newRow("jwt null") << QByteArray(R"({"jwt":null})") << json << "not a token";
    QTest::newRow("jwt number") << QByteArray(R"({"jwt":123})") << json << "not a token";
    QTest::newRow("jwt opaque") << QByteArray(R"({"jwt":"your-temporary-jwt-token"})") << json
                                << "not a valid JWT";
    QTest::newRow("array") << QByteArray(R"([{"jwt":"a.b.c"}])") << json << "not a JSON object";
    QTest::newRow("deep nesting") << QByteArray(10000, '[') << json << "not a JSON object";
    QTest::newRow("invalid utf-8") << QByteArray("{\"jwt\":\"\xc3\x28\"}") << json << "not a JSON object";
}

void ApiClientTest::malformedBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, messageContains);

    m_server->setHandler([&](const HttpRequest&) { return HttpResponse::text(200, body, contentType); });
    ApiReply* reply = waitFor(m_client->requestJwt(m_environment, "key"));
    QCOMPARE(reply->error().kind(), Kind::MalformedResponse);
    QVERIFY2(reply->error().message().contains(messageContains), qPrintable(reply->error().message()));
}

void ApiClientTest::expiredTokenIsRefused()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString expired = FakeNovaPostServer::makeJwt(now - 7200, now - 3600);
    m_server->setHandler([&](const HttpRequest&) {
        return HttpResponse::json(200, QByteArray(R"({"jwt":")") + expired.toLatin1() + "\"}");
    });
    ApiReply* reply = waitFor(m_client->requestJwt(m_environment, "key"));
    QCOMPARE(reply->error().kind(), Kind::MalformedResponse);
    QVERIFY(reply->error().message().contains("already expired"));
}

void ApiClientTest::clockOffsetFromDateHeader()
{
    // The server's clock is 10 minutes ahead of ours; its token is fresh by its own clock.
    const qint64 serverNow = QDateTime::currentSecsSinceEpoch() + 600;
    m_server->setNow(serverNow);
    m_server->addApiKey("key");
    ApiReply* reply = waitFor(m_client->requestJwt(m_environment, "key"));
    QVERIFY2(reply->succeeded(), qPrintable(reply->error().message()));
    QVERIFY(reply->serverDate().has_value());
    QVERIFY2(qAbs(reply->clockOffsetSeconds() - 600) <= 2,
             qPrintable(QString::number(reply->clockOffsetSeconds())));

    // And a token that is only "expired" by a local clock running two hours fast is accepted.
    ManualClock fastClock(QDateTime::currentDateTimeUtc().addSecs(7200));
    m_client->setClock(&fastClock);
    m_server->setNow(QDateTime::currentSecsSinceEpoch());
    reply = waitFor(m_client->requestJwt(m_environment, "key"));
    QVERIFY2(reply->succeeded(), qPrintable(reply->error().message()));
    QVERIFY(reply->clockOffsetSeconds() < -7000);
}

void ApiClientTest::invalidKeysAreNotSent_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("newline inside") << QStringLiteral("abc\ndef");
    QTest::newRow("tab") << QStringLiteral("abc\tdef");
    QTest::newRow("10 KB") << QString(10 * 1024, QLatin1Char('a'));
    QTest::newRow("smart quotes") << QStringLiteral("„abc“");
    QTest::newRow("cyrillic") << QStringLiteral("ключ");
}

void ApiClientTest::invalidKeysAreNotSent()
{
    QFETCH(QString, key);
    ApiReply* reply = m_client->requestJwt(m_environment, key);
    QVERIFY(!reply->isFinished()); // the answer comes on the event loop, like any other
    waitFor(reply);
    QCOMPARE(reply->error().kind(), Kind::InvalidInput);
    QVERIFY(!reply->error().message().isEmpty());
    QCOMPARE(m_server->requestCount(), 0);
}

void ApiClientTest::testKeySuccess()
{
    m_server->registerPhone("498213437654", "test-key-1");
    ApiReply* reply = waitFor(m_client->requestTestApiKey(m_environment, "+49 821 343-7654"));
    QVERIFY2(reply->succeeded(), qPrintable(reply->error().message()));
    QCOMPARE(reply->testApiKey().apiKey, QStringLiteral("test-key-1"));
    QCOMPARE(reply->testApiKey().status, QStringLiteral("Active"));
    QCOMPARE(reply->testApiKey().createdAt, UtcTime::fromDateAndTime(QDate(2025, 8, 27), QTime(8, 3, 2)));
    QCOMPARE(reply->testApiKey().expiresAt, UtcTime::fromDateAndTime(QDate(2026, 8, 29), QTime(23, 59, 59)));

    const HttpRequest request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("/v.1.0/test-api-keys"));
    QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(request.body, QByteArray(R"({"phone":"498213437654"})"));
}

void ApiClientTest::testKeyErrors_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("dailyLimit");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("messageContains");

    QTest::newRow("not registered") << "+48 900 555 111" << false << Kind::RequestRejected
                                    << "Client not found";
    QTest::newRow("daily limit") << "+49 821 343-7654" << true << Kind::RequestRejected
                                 << "Daily limit reached";
    QTest::newRow("ukrainian") << "+380441234567" << false << Kind::InvalidInput << "Ukrainian";
    QTest::newRow("letters") << "call me" << false << Kind::InvalidInput << "only digits";
}

void ApiClientTest::testKeyErrors()
{
    QFETCH(QString, phone);
    QFETCH(bool, dailyLimit);
    QFETCH(Kind, kind);
    QFETCH(QString, messageContains);

    m_server->registerPhone("498213437654", "test-key-1");
    m_server->setDailyLimit(dailyLimit);
    if (dailyLimit)
        QVERIFY(waitFor(m_client->requestTestApiKey(m_environment, phone))->succeeded());
    ApiReply* reply = waitFor(m_client->requestTestApiKey(m_environment, phone));
    QCOMPARE(reply->error().kind(), kind);
    QVERIFY2(reply->error().message().contains(messageContains), qPrintable(reply->error().message()));
    if (kind == Kind::InvalidInput)
        QCOMPARE(m_server->requestCount(), 0);
}

void ApiClientTest::testKeyRefusedInProductionWithoutSending()
{
    Environment production(EnvironmentKind::Production);
    production.setBaseUrlOverride(m_server->baseUrl()); // whatever the URL, production rules apply
    m_environment = production;
    ApiReply* reply = waitFor(m_client->requestTestApiKey(m_environment, "498213437654"));
    QCOMPARE(reply->error().kind(), Kind::InvalidInput);
    QVERIFY(reply->error().message().contains("sandbox"));
    QCOMPARE(m_server->requestCount(), 0);
}

void ApiClientTest::timeoutWhenServerHangs()
{
    m_server->setHandler([](const HttpRequest&) {
        HttpResponse response;
        response.mode = HttpResponse::Mode::Hang;
        return response;
    });
    m_client->setTimeoutMs(300);
    ApiReply* reply = waitFor(m_client->requestJwt(m_environment, "key"));
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error().kind(), Kind::ServiceUnavailable);
    QVERIFY2(reply->error().message().contains("within 1 second"), qPrintable(reply->error().message()));
}

void ApiClientTest::timeoutWhenServerTrickles()
{
    // Bytes keep arriving, so an inactivity time-out alone would wait forever.
    m_server->setHandler([](const HttpRequest&) {
        HttpResponse response = HttpResponse::json(200, QByteArray(100000, ' '));
        response.mode = HttpResponse::Mode::Trickle;
        response.trickleIntervalMs = 20;
        return response;
    });
    m_client->setTimeoutMs(600);
    ApiReply* reply = waitFor(m_client->requestJwt(m_environment, "key"));
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error().kind(), Kind::ServiceUnavailable);
    QVERIFY(reply->elapsedMs() >= 550);
}

void ApiClientTest::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    Environment sandbox(EnvironmentKind::Sandbox);
    sandbox.setBaseUrlOverride(QUrl(QStringLiteral("http://127.0.0.1:%1/v.1.0/").arg(port)));
    m_environment = sandbox;
    ApiReply* reply = waitFor(m_client->requestJwt(m_environment, "key"));
    QCOMPARE(reply->error().kind(), Kind::ServiceUnavailable);
    QVERIFY2(reply->error().message().contains("refused"), qPrintable(reply->error().message()));
}

void ApiClientTest::connectionClosedWithoutAnswer()
{
    m_server->setHandler([](const HttpRequest&) {
        HttpResponse response;
        response.mode = HttpResponse::Mode::CloseImmediately;
        return response;
    });
    ApiReply* reply = waitFor(m_client->requestJwt(m_environment, "key"));
    QCOMPARE(reply->error().kind(), Kind::ServiceUnavailable);
}

void ApiClientTest::truncatedBody()
{
    const QByteArray body = R"({"jwt":")" + validJwt().toLatin1() + "\"}";
    m_server->setHandler([&](const HttpRequest&) {
        HttpResponse response = HttpResponse::json(200, body.left(body.size() / 2));
        response.mode = HttpResponse::Mode::Truncate;
        return response;
    });
    ApiReply* reply = waitFor(m_client->requestJwt(m_environment, "key"));
    QCOMPARE(reply->error().kind(), Kind::MalformedResponse);
}

void ApiClientTest::bodyAtTheCapIsRead()
{
    const QByteArray prefix = R"({"jwt":")" + validJwt().toLatin1() + R"(","pad":")";
    const QByteArray suffix = "\"}";
    const QByteArray body =
        prefix + QByteArray(ResponseParser::MaximumBodyBytes - prefix.size() - suffix.size(), 'x') + suffix;
    QCOMPARE(body.size(), ResponseParser::MaximumBodyBytes);
    m_server->setHandler([&](const HttpRequest&) { return HttpResponse::json(200, body); });
    ApiReply* reply = waitFor(m_client->requestJwt(m_environment, "key"));
    QVERIFY2(reply->succeeded(), qPrintable(reply->error().message()));
}

void ApiClientTest::bodyOverTheCapIsRefused()
{
    const QByteArray prefix = R"({"jwt":")" + validJwt().toLatin1() + R"(","pad":")";
    const QByteArray suffix = "\"}";
    const QByteArray body =
        prefix + QByteArray(ResponseParser::MaximumBodyBytes + 1 - prefix.size() - suffix.size(), 'x') +
        suffix;
    QCOMPARE(body.size(), ResponseParser::MaximumBodyBytes + 1);

    // A raw server without Content-Length, so the cap has to be enforced while reading.
    QTcpServer raw;
    QVERIFY(raw.listen(QHostAddress::LocalHost));
    connect(&raw, &QTcpServer::newConnection, this, [&] {
        QTcpSocket* socket = raw.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, body] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n" +
                          body);
            socket->disconnectFromHost();
        });
    });
    Environment sandbox(EnvironmentKind::Sandbox);
    sandbox.setBaseUrlOverride(QUrl(QStringLiteral("http://127.0.0.1:%1/v.1.0/").arg(raw.serverPort())));
    m_environment = sandbox;
    ApiReply* reply = waitFor(m_client->requestJwt(m_environment, "key"));
    QCOMPARE(reply->error().kind(), Kind::MalformedResponse);
    QVERIFY2(reply->error().message().contains("larger than"), qPrintable(reply->error().message()));
}

void ApiClientTest::announcedOverTheCapByOneByte()
{
    const QByteArray body(ResponseParser::MaximumBodyBytes + 1, ' ');
    m_server->setHandler([&](const HttpRequest&) { return HttpResponse::json(200, body); });
    ApiReply* reply = waitFor(m_client->requestJwt(m_environment, "key"));
    QCOMPARE(reply->error().kind(), Kind::MalformedResponse);
    QVERIFY2(reply->error().message().contains("larger than"), qPrintable(reply->error().message()));
}

void ApiClientTest::announcedBodyOverTheCapIsRefused()
{
    m_server->setHandler([](const HttpRequest&) {
        HttpResponse response = HttpResponse::json(200, "{}");
        response.mode = HttpResponse::Mode::Trickle;
        response.addHeader("Content-Length", "50000000");
        return response;
    });
    ApiReply* reply = waitFor(m_client->requestJwt(m_environment, "key"));
    QCOMPARE(reply->error().kind(), Kind::MalformedResponse);
    QVERIFY(reply->elapsedMs() < 4000);
}

void ApiClientTest::sameOriginRedirectIsFollowed()
{
    m_server->addApiKey("key");
    m_server->setHandler([this](const HttpRequest& request) {
        if (request.path.endsWith("/old/clients/authorization"))
            return HttpResponse::redirect(307, QByteArray(request.target).replace("/old/", "/"));
        return m_server->defaultResponse(request);
    });
    Environment sandbox(EnvironmentKind::Sandbox);
    sandbox.setBaseUrlOverride(m_server->baseUrl().resolved(QUrl("old/")));
    m_environment = sandbox;
    ApiReply* reply = waitFor(m_client->requestJwt(m_environment, "key"));
    QVERIFY2(reply->succeeded(), qPrintable(reply->error().message()));
    QCOMPARE(m_server->requestCount(), 2);
}

void ApiClientTest::crossHostRedirectIsRefused()
{
    FakeNovaPostServer other;
    QVERIFY(other.listen());
    other.addApiKey("key");
    const QByteArray target =
        other.baseUrl().toEncoded() + "clients/authorization?apiKey=key"; // another port: another origin
    m_server->setHandler([&](const HttpRequest&) { return HttpResponse::redirect(302, target); });
    ApiReply* reply = waitFor(m_client->requestJwt(m_environment, "key"));
    QCOMPARE(reply->error().kind(), Kind::MalformedResponse);
    QVERIFY2(reply->error().message().contains("redirect"), qPrintable(reply->error().message()));
    QCOMPARE(other.requestCount(), 0);
}

void ApiClientTest::cancel()
{
    m_server->setHandler([](const HttpRequest&) {
        HttpResponse response;
        response.mode = HttpResponse::Mode::Hang;
        return response;
    });
    ApiReply* reply = m_client->requestJwt(m_environment, "key");
    reply->setParent(this);
    QSignalSpy finished(reply, &ApiReply::finished);
    QTRY_COMPARE(m_server->requestCount(), 1);
    reply->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(reply->error().kind(), Kind::Cancelled);
    reply->cancel(); // a second cancel changes nothing
    QCOMPARE(finished.size(), 1);
}

void ApiClientTest::tlsSelfSignedIsRefused()
{
    novapost::test::TlsTestServer tls;
    QString error;
    QVERIFY2(tls.start(&error), qPrintable(error));
    FakeNovaPostServer& tlsServer = tls.server();
    tlsServer.addApiKey("key");
    Environment sandbox(EnvironmentKind::Sandbox);
    sandbox.setBaseUrlOverride(tlsServer.baseUrl());
    m_environment = sandbox;
    ApiReply* reply = waitFor(m_client->requestJwt(m_environment, "key"));
    QCOMPARE(reply->error().kind(), Kind::TlsFailure);
    QVERIFY2(reply->error().message().contains("self-signed", Qt::CaseInsensitive),
             qPrintable(reply->error().message()));
    QCOMPARE(tlsServer.requestCount(), 0);
}

void ApiClientTest::tlsAcceptedWithExtraCa()
{
    novapost::test::TlsTestServer tls;
    QString error;
    QVERIFY2(tls.start(&error), qPrintable(error));
    FakeNovaPostServer& tlsServer = tls.server();
    tlsServer.addApiKey("key");
    Environment sandbox(EnvironmentKind::Sandbox);
    sandbox.setBaseUrlOverride(tlsServer.baseUrl());
    m_environment = sandbox;
    m_client->setExtraCaCertificates({tls.certificate().certificate});
    ApiReply* reply = waitFor(m_client->requestJwt(m_environment, "key"));
    QVERIFY2(reply->succeeded(), qPrintable(reply->error().message()));
    QCOMPARE(tlsServer.requestCount(), 1);
}

void ApiClientTest::caCertificateFile()
{
    novapost::test::TlsTestServer tls;
    QString error;
    QVERIFY2(tls.start(&error), qPrintable(error));
    tls.server().addApiKey("key");
    const CaCertificateFile::Loaded loaded = CaCertificateFile::load(tls.certificate().certificatePath);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QVERIFY(loaded.message.isEmpty());
    QCOMPARE(loaded.certificates, QList<QSslCertificate>{tls.certificate().certificate});
    m_environment.setBaseUrlOverride(tls.server().baseUrl());
    m_client->setExtraCaCertificates(loaded.certificates);
    ApiReply* reply = waitFor(m_client->requestJwt(m_environment, "key"));
    QVERIFY2(reply->succeeded(), qPrintable(reply->error().message()));

    QTemporaryDir dir;
    const CaCertificateFile::Loaded missing = CaCertificateFile::load(dir.filePath("missing.pem"));
    QCOMPARE(missing.problem, CaCertificateFile::Problem::Unreadable);
    QVERIFY(missing.certificates.isEmpty());
    QVERIFY(!missing.fileError.isEmpty());
    QVERIFY2(missing.message.contains("missing.pem"), qPrintable(missing.message));

    QFile notPem(dir.filePath("key.pem"));
    QVERIFY(notPem.open(QIODevice::WriteOnly));
    notPem.write("-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n");
    notPem.close();
    const CaCertificateFile::Loaded empty = CaCertificateFile::load(notPem.fileName());
    QCOMPARE(empty.problem, CaCertificateFile::Problem::NoCertificate);
    QVERIFY(empty.certificates.isEmpty());
    QVERIFY2(empty.message.contains("no PEM certificate"), qPrintable(empty.message));
}

QTEST_GUILESS_MAIN(ApiClientTest)
#include "tst_apiclient.moc"
