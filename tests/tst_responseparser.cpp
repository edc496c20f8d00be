// SPDX-License-Identifier: MIT
#include "ResponseParser.h"
#include "UtcTime.h"

#include <QTest>

using novapost::ResponseParser;
using novapost::UtcTime;

class ResponseParserTest : public QObject
{
    Q_OBJECT

private slots:
    void errorMessages_data();
    void errorMessages();
    void errorMessagesAreBounded();
    void jwtFromBody_data();
    void jwtFromBody();
    void testApiKey();
    void testApiKeyToleratesOddDates();
    void dateTimes_data();
    void dateTimes();
};

void ResponseParserTest::errorMessages_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("errors object") << QByteArray(R"({"errors":{"apiKey":"The api key field is required."}})")
                                   << QStringList{"The api key field is required."};
    QTest::newRow("errors object, empty name")
        << QByteArray(R"({"errors":{"":"Invalid token"}})") << QStringList{"Invalid token"};
    QTest::newRow("errorMessage inside errors")
        << QByteArray(R"({"errors":{"errorMessage":"Invalid token"}})") << QStringList{"Invalid token"};
    QTest::newRow("errors array") << QByteArray(R"({"success":false,"errors":["Daily limit reached"]})")
                                  << QStringList{"Daily limit reached"};
    QTest::newRow("two errors") << QByteArray(R"({"success":false,"errors":["A","B"]})")
                                << QStringList{"A", "B"};
    QTest::newRow("laravel lists") << QByteArray(R"({"errors":{"phone":["Invalid phone format"]}})")
                                   << QStringList{"Invalid phone format"};
    QTest::newRow("error string") << QByteArray(R"({"error":"Shipment not found"})")
                                  << QStringList{"Shipment not found"};
    QTest::newRow("errorMessage string")
        << QByteArray(R"({"errorMessage":"not_found"})") << QStringList{"not_found"};
    QTest::newRow("control characters")
        << QByteArray("{\"error\":\"bad\\u001b[31m red\\nline\"}") << QStringList{"bad [31m red line"};
    QTest::newRow("not json") << QByteArray("<html><title>502 Bad Gateway</title></html>") << QStringList{};
    QTest::newRow("json array") << QByteArray(R"(["x"])") << QStringList{};
    QTest::newRow("no known field") << QByteArray(R"({"detail":"x"})") << QStringList{};
    QTest::newRow("empty") << QByteArray() << QStringList{};
    QTest::newRow("numbers ignored") << QByteArray(R"({"errors":[1,2,"real"]})") << QStringList{"real"};
}

void ResponseParserTest::errorMessages()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, expected);
    QCOMPARE(ResponseParser::errorMessages(body), expected);
}

void ResponseParserTest::errorMessagesAreBounded()
{
    QByteArray many = "{\"errors\":[";
    for (int i = 0; i < 100; ++i)
        many += "\"m" + QByteArray::number(i) + "\",";
    many += "\"last\"]}";
    QCOMPARE(ResponseParser::errorMessages(many).size(), ResponseParser::MaximumMessages);

    const QByteArray longMessage = "{\"error\":\"" + QByteArray(5000, 'x') + "\"}";
    const QStringList messages = ResponseParser::errorMessages(longMessage);
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().size() <= ResponseParser::MaximumMessageLength + 1);

    QByteArray deep;
    for (int i = 0; i < 5000; ++i)
        deep += "{\"errors\":";
    deep += "\"x\"" + QByteArray(5000, '}');
    QVERIFY(ResponseParser::errorMessages(deep).isEmpty()); // too deep to read, and no crash
}

void ResponseParserTest::jwtFromBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("jwt"); // empty: refused

    QTest::newRow("ok") << QByteArray(R"({"jwt":"a.b.c"})") << "a.b.c";
    QTest::newRow("ok with spaces") << QByteArray(R"({"jwt":" a.b.c "})") << "a.b.c";
    QTest::newRow("extra fields") << QByteArray(R"({"jwt":"a.b.c","other":1})") << "a.b.c";
    QTest::newRow("null") << QByteArray(R"({"jwt":null})") << "";
    QTest::newRow("number") << QByteArray(R"({"jwt":123})") << "";
    QTest::newRow("empty string") << QByteArray(R"({"jwt":""})") << "";
    QTest::newRow("object") << QByteArray(R"({"jwt":{"a":1}})") << "";
    QTest::newRow("missing") << QByteArray(R"({"token":"a.b.c"})") << "";
    QTest::newRow("array body") << QByteArray(R"([{"jwt":"a.b.c"}])") << "";
    QTest::newRow("truncated") << QByteArray(R"({"jwt":"a.b)") << "";
    QTest::newRow("invalid utf-8") << QByteArray("{\"jwt\":\"\xff\xfe\"}") << "";
    QTest::newRow("html") << QByteArray("<html>hi</html>") << "";
}

void ResponseParserTest::jwtFromBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, jwt);

    QString error;
    const QString result = ResponseParser::jwtFromBody(body, &error);
    QCOMPARE(result, jwt);
    if (result.isEmpty())
        QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error));
}

void ResponseParserTest::testApiKey()
{
    QString error;
    const auto key = ResponseParser::testApiKeyFromBody(
        R"({"apiKey":"78b97003b587d7758bede604fd185e3e","createdAt":"2025-07-24T09:00:00Z","expDate":"2026-07-24T23:59:59Z","status":"Active"})",
        &error);
    QVERIFY2(key.has_value(), qPrintable(error));
    QCOMPARE(key->apiKey, QStringLiteral("78b97003b587d7758bede604fd185e3e"));
    QCOMPARE(key->createdAt, UtcTime::fromDateAndTime(QDate(2025, 7, 24), QTime(9, 0)));
    QCOMPARE(key->expiresAt, UtcTime::fromDateAndTime(QDate(2026, 7, 24), QTime(23, 59, 59)));
    QCOMPARE(key->status, QStringLiteral("Active"));

    QVERIFY(!ResponseParser::testApiKeyFromBody(R"({"status":"Active"})", &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!ResponseParser::testApiKeyFromBody(R"({"apiKey":42})", &error));
    QVERIFY(!ResponseParser::testApiKeyFromBody("not json", &error));
}

void ResponseParserTest::testApiKeyToleratesOddDates()
{
    QString error;
    const auto key =
        ResponseParser::testApiKeyFromBody(R"({"apiKey":"k1","createdAt":"yesterday","expDate":7})", &error);
    QVERIFY(key.has_value());
    QCOMPARE(key->apiKey, QStringLiteral("k1"));
    QVERIFY(!key->createdAt.isValid());
    QVERIFY(!key->expiresAt.isValid());
}

void ResponseParserTest::dateTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: refused

    const QDateTime base = UtcTime::fromDateAndTime(QDate(2025, 8, 27), QTime(8, 3, 2));
    QTest::newRow("no fraction") << "2025-08-27T08:03:02Z" << base;
    QTest::newRow("3 digits") << "2025-08-27T08:03:02.000Z" << base;
    QTest::newRow("6 digits") << "2025-08-27T08:03:02.000000Z" << base;
    QTest::newRow("6 digits nonzero") << "2025-08-27T08:03:02.123456Z" << base.addMSecs(123);
    QTest::newRow("1 digit") << "2025-08-27T08:03:02.5Z" << base.addMSecs(500);
    QTest::newRow("offset") << "2025-08-27T10:03:02+02:00" << base;
    QTest::newRow("offset no colon") << "2025-08-27T03:03:02-0500" << base;
    QTest::newRow("no zone means UTC") << "2025-08-27T08:03:02" << base;
    QTest::newRow("end of day") << "2026-08-29T23:59:59.000Z"
                                << UtcTime::fromDateAndTime(QDate(2026, 8, 29), QTime(23, 59, 59));
    QTest::newRow("garbage") << "tomorrow" << QDateTime();
    QTest::newRow("bad month") << "2025-13-01T00:00:00Z" << QDateTime();
    QTest::newRow("date only") << "2025-08-27" << QDateTime();
    QTest::newRow("empty") << "" << QDateTime();
}

void ResponseParserTest::dateTimes()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);

    const auto parsed = ResponseParser::parseDateTime(text);
    if (!expected.isValid()) {
        QVERIFY(!parsed.has_value());
        return;
    }
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
}

QTEST_GUILESS_MAIN(ResponseParserTest)
#include "tst_responseparser.moc"
