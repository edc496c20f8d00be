// SPDX-License-Identifier: MIT
#include "ApiClient.h"
#include "EchoedSecrets.h"
#include "FakeNovaPostServer.h"
#include "RequestLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace novapost;
using novapost::test::FakeNovaPostServer;
using novapost::test::HttpRequest;
using novapost::test::HttpResponse;

class RequestLogTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void recordsRequestsWithTheKeyRedacted();
    void echoedKeyIsRedactedFromMessages();
    void echoedKeyIsMaskedInEverySpelling_data();
    void echoedKeyIsMaskedInEverySpelling();
    void inputErrorsSendNothingAndLogNothing();
    void keepsTheNewestEntries();

private:
    void finish(ApiReply* reply);

    FakeNovaPostServer* m_server = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    ApiClient* m_client = nullptr;
    Environment m_environment;
    RequestLog* m_log = nullptr;
};

void RequestLogTest::init()
{
    m_server = new FakeNovaPostServer;
    QVERIFY(m_server->listen());
    m_network = new QNetworkAccessManager;
    m_client = new ApiClient(m_network);
    Environment sandbox(EnvironmentKind::Sandbox);
    sandbox.setBaseUrlOverride(m_server->baseUrl());
    m_environment = sandbox;
    m_log = new RequestLog;
    m_log->watch(m_client);
}

void RequestLogTest::cleanup()
{
    delete m_log;
    delete m_client;
    delete m_network;
    delete m_server;
}

void RequestLogTest::finish(ApiReply* reply)
{
    QSignalSpy finished(reply, &ApiReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(10000));
    reply->deleteLater();
}

void RequestLogTest::recordsRequestsWithTheKeyRedacted()
{
    m_server->addApiKey("log-secret-key");
    m_server->registerPhone("498213437654", "test-key");
    finish(m_client->requestJwt(m_environment, "log-secret-key"));
    finish(m_client->requestJwt(m_environment, "wrong-secret-key"));
    finish(m_client->requestTestApiKey(m_environment, "498213437654"));

    QCOMPARE(m_log->rowCount(), 3);
    const QList<RequestLog::Entry> entries = m_log->entries();
    QCOMPARE(entries.at(0).method, QStringLiteral("GET"));
    QCOMPARE(entries.at(0).httpStatus, 200);
    QCOMPARE(entries.at(0).kind, ApiError::Kind::None);
    QVERIFY(entries.at(0).url.toString().endsWith("clients/authorization?apiKey=***"));
    QCOMPARE(entries.at(1).httpStatus, 401);
    QCOMPARE(entries.at(1).kind, ApiError::Kind::AuthenticationRejected);
    QVERIFY(entries.at(1).message.contains("Invalid token"));
    QCOMPARE(entries.at(2).method, QStringLiteral("POST"));
    QVERIFY(entries.at(2).url.toString().endsWith("/v.1.0/test-api-keys"));
    QVERIFY(entries.at(0).durationMs >= 0);

    const QString text = m_log->toText();
    QVERIFY(!text.contains("secret-key"));
    QCOMPARE(text.count('\n'), 2);
    QCOMPARE(m_log->data(m_log->index(1, RequestLog::StatusColumn)).toString(), QStringLiteral("401"));
    QCOMPARE(m_log->headerData(RequestLog::UrlColumn, Qt::Horizontal).toString(), QStringLiteral("URL"));
}

void RequestLogTest::echoedKeyIsRedactedFromMessages()
{
    m_server->setHandler([](const HttpRequest& request) {
        return HttpResponse::json(
            401, "{\"error\":\"Unknown key " +
                     request.query.queryItemValue("apiKey", QUrl::FullyDecoded).toUtf8() + "\"}");
    });
    ApiReply* reply = m_client->requestJwt(m_environment, "echo-me-7c1");
    finish(reply);
    QVERIFY2(!reply->error().message().contains("echo-me-7c1"), qPrintable(reply->error().message()));
    QVERIFY(reply->error().message().contains("Unknown key ***"));
    QVERIFY(!reply->error().serverMessages().join(' ').contains("echo-me-7c1"));
    QVERIFY(!m_log->toText().contains("echo-me-7c1"));
}

void RequestLogTest::echoedKeyIsMaskedInEverySpelling_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QString>("message");
    for (const auto& [name, text] : test::echoedSpellings(test::AwkwardApiKey))
        QTest::newRow(qPrintable(name)) << 401 << QByteArray() << text;
    // Unknown statuses show the reason phrase, cut to 80 characters.
    QTest::newRow("reason phrase, across its cut")
        << 499 << QByteArray(60, 'r') + test::AwkwardApiKey.toUtf8() << QStringLiteral("no");
}

void RequestLogTest::echoedKeyIsMaskedInEverySpelling()
{
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    QFETCH(QString, message);
    m_server->setHandler([&](const HttpRequest&) {
        HttpResponse response = HttpResponse::json(
            status,
            QJsonDocument(QJsonObject{{"errors", QJsonArray{message}}}).toJson(QJsonDocument::Compact));
        response.reason = reason;
        return response;
    });
    ApiReply* reply = m_client->requestJwt(m_environment, test::AwkwardApiKey);
    finish(reply);
    QCOMPARE(reply->httpStatus(), status);
    const QString shown = reply->error().message() + QLatin1Char('\n') +
                          reply->error().serverMessages().join(QLatin1Char('\n')) + QLatin1Char('\n') +
                          m_log->toText();
    QVERIFY2(test::longestLeakedRun(shown, test::AwkwardApiKey) < 6, qPrintable(shown));
    QVERIFY2(m_log->toText().contains(QLatin1String("***")), qPrintable(m_log->toText()));
}

void RequestLogTest::inputErrorsSendNothingAndLogNothing()
{
    finish(m_client->requestJwt(m_environment, QString()));
    finish(m_client->requestTestApiKey(m_environment, "+380441234567"));
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(m_log->rowCount(), 0);
}

void RequestLogTest::keepsTheNewestEntries()
{
    m_server->addApiKey("k");
    for (int i = 0; i < RequestLog::MaximumEntries + 5; ++i) {
        ApiReply* reply = m_client->requestJwt(m_environment, "k");
        finish(reply);
    }
    QCOMPARE(m_log->rowCount(), RequestLog::MaximumEntries);
    m_log->clear();
    QCOMPARE(m_log->rowCount(), 0);
}

QTEST_GUILESS_MAIN(RequestLogTest)
#include "tst_requestlog.moc"
