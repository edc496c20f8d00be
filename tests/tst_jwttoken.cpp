// SPDX-License-Identifier: MIT
#include "JwtToken.h"
#include "UtcTime.h"

#include <QJsonDocument>
#include <QTest>

using novapost::JwtToken;
using novapost::UtcTime;

namespace {

// The example token from Nova Post's documentation (expired in 2023).
const QString DocumentedToken = QStringLiteral(
    "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9."
    "eyJpc3MiOiJucCIsImlhdCI6MTY4NTYyNzQxNCwiZXhwIjoxNjg1NjMxMDE0LCJjaWQiOiI1YzQxMmUzYS01ODY4LTQ4YjktYTYwYS0w"
    "ZTAzOTI4NGVjNDYiLCJyZWYiOiI2NDI0NmRkMzg0ZWI3Yzg2MmMwMzg3YzAifQ."
    "MmhM9rHCYItjA5a7B9PtrdKUKRiHhN43UotWKtKjt78");

QString part(const QByteArray& json)
{
    return QString::fromLatin1(json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString token(const QByteArray& header, const QByteArray& payload,
              const QString& signature = QStringLiteral("c2ln"))
{
    return part(header) + QLatin1Char('.') + part(payload) + QLatin1Char('.') + signature;
}

const QByteArray Header = R"({"typ":"JWT","alg":"HS256"})";

} // namespace

class JwtTokenTest : public QObject
{
    Q_OBJECT

private slots:
    void documentedExample();
    void remainingTimeFollowsTheClock();
    void paddingIsOptional();
    void rejects_data();
    void rejects();
    void expiryClaim_data();
    void expiryClaim();
    void keepsUnknownClaims();
};

void JwtTokenTest::documentedExample()
{
    const JwtToken jwt = JwtToken::decode(DocumentedToken);
    QVERIFY2(jwt.isValid(), qPrintable(jwt.errorMessage()));
    QCOMPARE(jwt.header().value("alg").toString(), QStringLiteral("HS256"));
    QCOMPARE(jwt.claims().value("iss").toString(), QStringLiteral("np"));
    QCOMPARE(jwt.claims().value("cid").toString(), QStringLiteral("5c412e3a-5868-48b9-a60a-0e039284ec46"));
    QCOMPARE(*jwt.expiresAt(), UtcTime::fromSecsSinceEpoch(1685631014));
    QCOMPARE(*jwt.issuedAt(), UtcTime::fromSecsSinceEpoch(1685627414));
    QCOMPARE(jwt.raw(), DocumentedToken);
}

void JwtTokenTest::remainingTimeFollowsTheClock()
{
    const JwtToken jwt = JwtToken::decode(DocumentedToken);
    const QDateTime issued = UtcTime::fromSecsSinceEpoch(1685627414);
    QCOMPARE(*jwt.secondsRemaining(issued), 3600);
    QCOMPARE(*jwt.secondsRemaining(issued.addSecs(3599)), 1);
    QVERIFY(!jwt.isExpiredAt(issued.addSecs(3599)));
    QVERIFY(jwt.isExpiredAt(issued.addSecs(3600)));
    QCOMPARE(*jwt.secondsRemaining(issued.addSecs(3700)), -100);
}

void JwtTokenTest::paddingIsOptional()
{
    const QByteArray payload = R"({"exp":12})"; // 10 bytes: base64 needs "=="
    const QString padded =
        QString::fromLatin1(Header.toBase64(QByteArray::Base64UrlEncoding)) + QLatin1Char('.') +
        QString::fromLatin1(payload.toBase64(QByteArray::Base64UrlEncoding)) + QStringLiteral(".c2ln");
    QVERIFY(padded.contains(QLatin1Char('=')));
    QVERIFY2(JwtToken::decode(padded).isValid(), qPrintable(JwtToken::decode(padded).errorMessage()));
    QVERIFY(JwtToken::decode(token(Header, payload)).isValid());
    QVERIFY(JwtToken::decode(QStringLiteral("  ") + token(Header, payload) + QStringLiteral("\n")).isValid());
}

void JwtTokenTest::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasonContains");

    QTest::newRow("empty") << QString() << "empty";
    QTest::newRow("two parts") << part(Header) + QStringLiteral(".") + part("{}") << "three parts";
    QTest::newRow("four parts") << token(Header, "{}") + QStringLiteral(".x") << "three parts";
    QTest::newRow("opaque string") << QStringLiteral("your-temporary-jwt-token") << "three parts";
    QTest::newRow("header bad base64")
        << QStringLiteral("e$J.") + part("{}") + QStringLiteral(".c2ln") << "header";
    QTest::newRow("payload bad base64") << part(Header) + QStringLiteral(".%%%.c2ln") << "payload";
    QTest::newRow("standard base64 chars") << part(Header) + QStringLiteral(".ab+/.c2ln") << "payload";
    QTest::newRow("signature bad base64") << token(Header, "{}", QStringLiteral("no*pe")) << "signature";
    QTest::newRow("payload not json") << token(Header, "not json") << "payload";
    QTest::newRow("payload is array") << token(Header, "[1,2]") << "payload";
    QTest::newRow("header not json") << token("{oops", "{}") << "header";
    QTest::newRow("empty payload") << part(Header) + QStringLiteral("..c2ln") << "payload";
    QTest::newRow("huge") << QString(70 * 1024, QLatin1Char('a')) << "too long";
}

void JwtTokenTest::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, reasonContains);

    const JwtToken jwt = JwtToken::decode(text);
    QVERIFY(!jwt.isValid());
    QVERIFY2(jwt.errorMessage().contains(reasonContains), qPrintable(jwt.errorMessage()));
    QVERIFY(jwt.raw().isEmpty());
}

void JwtTokenTest::expiryClaim_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<qint64>("expected"); // -1: no usable expiry

    QTest::newRow("integer") << QByteArray(R"({"exp":1700000000})") << qint64(1700000000);
    QTest::newRow("fractional") << QByteArray(R"({"exp":1700000000.9})") << qint64(1700000000);
    QTest::newRow("missing") << QByteArray(R"({"iat":1})") << qint64(-1);
    QTest::newRow("string") << QByteArray(R"({"exp":"1700000000"})") << qint64(-1);
    QTest::newRow("null") << QByteArray(R"({"exp":null})") << qint64(-1);
    QTest::newRow("negative") << QByteArray(R"({"exp":-5})") << qint64(-1);
    QTest::newRow("far future") << QByteArray(R"({"exp":1e300})") << qint64(-1);
    QTest::newRow("year 9999") << QByteArray(R"({"exp":253402300799})") << qint64(253402300799);
}

void JwtTokenTest::expiryClaim()
{
    QFETCH(QByteArray, payload);
    QFETCH(qint64, expected);

    const JwtToken jwt = JwtToken::decode(token(Header, payload));
    QVERIFY2(jwt.isValid(), qPrintable(jwt.errorMessage()));
    if (expected < 0) {
        QVERIFY(!jwt.expiresAt().has_value());
        QVERIFY(!jwt.secondsRemaining(QDateTime::currentDateTimeUtc()).has_value());
        QVERIFY(!jwt.isExpiredAt(QDateTime::currentDateTimeUtc()));
    } else {
        QCOMPARE(jwt.expiresAt()->toSecsSinceEpoch(), expected);
    }
}

void JwtTokenTest::keepsUnknownClaims()
{
    const QByteArray payload = R"({"exp":1,"src":"api2","sub":{"iv":"x","value":"y"},"senderEDRPOU":"blob"})";
    const JwtToken jwt = JwtToken::decode(token(Header, payload));
    QVERIFY(jwt.isValid());
    QCOMPARE(jwt.claims().value("src").toString(), QStringLiteral("api2"));
    QCOMPARE(jwt.claims().value("sub").toObject().value("iv").toString(), QStringLiteral("x"));
    QCOMPARE(jwt.claims().size(), 4);
}

QTEST_GUILESS_MAIN(JwtTokenTest)
#include "tst_jwttoken.moc"
