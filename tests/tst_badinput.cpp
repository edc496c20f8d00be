// SPDX-License-Identifier: MIT
// Bad input, row by row: what a person can type or pipe in, and what a broken or hostile server can
// answer. Each row names the outcome class (ApiError::Kind, hence the CLI exit code), how many
// requests reached the server (none when the input itself is wrong), and every CLI row checks that
// nothing under the isolated HOME holds the apiKey afterwards (the keychain is unreachable here, and
// there must be no plaintext fallback).
#include "ApiClient.h"
#include "ApiError.h"
#include "CliRunner.h"
#include "ExitCode.h"
#include "FakeNovaPostServer.h"
#include "TlsTestServer.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace novapost;
using novapost::test::CliResult;
using novapost::test::CliRunner;
using novapost::test::FakeNovaPostServer;
using novapost::test::HttpRequest;
using novapost::test::HttpResponse;
using Kind = ApiError::Kind;

namespace {

const QString ApiKey = QStringLiteral("key-1");
const QString PhoneKey = QStringLiteral("78b97003b587d7758bede604fd185e3e");
// In the requests column: Qt itself re-sent the idempotent GET, so 2 to 4 requests arrived.
constexpr int QtResends = -1;
// Sent once, or again by Qt's own retry, depending on the Qt version.
constexpr int QtMayResend = -2;

QString validJwt()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return FakeNovaPostServer::makeJwt(now, now + 3600);
}

QByteArray nested(int depth)
{
    return R"({"errors":)" + QByteArray(depth, '[') + R"("deep")" + QByteArray(depth, ']') + "}";
}

} // namespace

class BadInputTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void phoneInput_data();
    void phoneInput();
    void apiKeyInput_data();
    void apiKeyInput();
    void baseUrl_data();
    void baseUrl();
    void serverAnswer_data();
    void serverAnswer();
    void tokenExpiry_data();
    void tokenExpiry();
    void httpsRedirectToHttpIsRefused_data();
    void httpsRedirectToHttpIsRefused();

private:
    CliResult run(const QStringList& arguments, const QByteArray& input = {});
    QStringList serverArgs() const { return {"--base-url", m_server->baseUrl().toString()}; }
    /** Fails when any file under the isolated HOME contains @p secret, raw or percent-encoded. */
    void verifyNotStored(const QString& secret);
    void verifyOutcome(const CliResult& result, Kind kind, const QString& messageContains);

    FakeNovaPostServer* m_server = nullptr;
    QTemporaryDir* m_home = nullptr;
    CliRunner* m_cli = nullptr;
};

void BadInputTest::init()
{
    m_server = new FakeNovaPostServer;
    QVERIFY(m_server->listen());
    m_server->addApiKey(ApiKey);
    m_server->registerPhone("498213437654", PhoneKey);
    m_home = new QTemporaryDir;
    m_cli = new CliRunner(QStringLiteral(NOVAPOST_CLI_PATH));
    m_cli->isolateIn(m_home->path());
    m_cli->withoutKeychain();
}

void BadInputTest::cleanup()
{
    delete m_cli;
    delete m_home;
    delete m_server;
}

CliResult BadInputTest::run(const QStringList& arguments, const QByteArray& input)
{
    const CliResult result = m_cli->run(arguments, input);
    if (!result.finished)
        qWarning("the CLI did not finish");
    return result;
}

void BadInputTest::verifyNotStored(const QString& secret)
{
    if (secret.trimmed().size() < 4)
        return;
    QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!content.contains(QUrl::toPercentEncoding(secret)), qPrintable(file.fileName()));
    }
}

void BadInputTest::verifyOutcome(const CliResult& result, Kind kind, const QString& messageContains)
{
    QVERIFY(result.finished);
    QVERIFY2(result.exitCode == cli::exitCodeFor(kind), qPrintable(QStringLiteral("exit %1, expected %2: %3")
                                                                       .arg(result.exitCode)
                                                                       .arg(cli::exitCodeFor(kind))
                                                                       .arg(QString::fromUtf8(result.err))));
    if (kind == Kind::None)
        return;
    QVERIFY(result.out.isEmpty());
    // One line, prefixed, so a script can show it as is.
    QVERIFY2(result.err.startsWith("novapost-jwt-cli: "), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.err.contains(messageContains.toUtf8()), result.err.constData());
}

// ---- phone ---------------------------------------------------------------------------------

void BadInputTest::phoneInput_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("sentDigits"); // empty: nothing may be sent
    QTest::addColumn<QString>("messageContains");

    QTest::newRow("international, spaced") << "+49 821 343-7654" << Kind::None << "498213437654"
                                           << "";
    QTest::newRow("00 prefix") << "0049 8213437654" << Kind::None << "498213437654"
                               << "";
    QTest::newRow("brackets, nbsp, thin space")
        << "(49)\u00a0821\u2009343 7654" << Kind::None << "498213437654"
        << "";
    QTest::newRow("national number") << "0821 3437654" << Kind::InvalidInput << ""
                                     << "country code";
    QTest::newRow("000 prefix (fuzz finding)") << "000049 8213437654" << Kind::InvalidInput << ""
                                               << "country code";
    QTest::newRow("+0") << "+0821 3437654" << Kind::InvalidInput << ""
                        << "country code";
    QTest::newRow("Ukraine") << "+380 44 123 4567" << Kind::InvalidInput << ""
                             << "+380";
    QTest::newRow("Ukraine via 00") << "00380441234567" << Kind::InvalidInput << ""
                                    << "+380";
    QTest::newRow("letters") << "+49 CALL NOW" << Kind::InvalidInput << ""
                             << "only digits";
    QTest::newRow("extension") << "+49 821 3437654 ext. 12" << Kind::InvalidInput << ""
                               << "only digits";
    QTest::newRow("two plus signs") << "++49 821 3437654" << Kind::InvalidInput << ""
                                    << "only digits";
    QTest::newRow("Arabic-Indic digits") << "+٤٩٨٢١٣٤٣٧٦٥٤" << Kind::InvalidInput << ""
                                         << "only digits";
    QTest::newRow("fullwidth digits") << "+４９８２１３４３７６５４" << Kind::InvalidInput << ""
                                      << "only digits";
    QTest::newRow("too short") << "+49 123" << Kind::InvalidInput << ""
                               << "too short";
    QTest::newRow("too long") << "+49 1234 5678 9012 345" << Kind::InvalidInput << ""
                              << "too long";
    QTest::newRow("10 KB of digits") << QString(10 * 1024, QLatin1Char('4')) << Kind::InvalidInput << ""
                                     << "too long";
    QTest::newRow("only separators") << " - ( ) " << Kind::InvalidInput << ""
                                     << "only digits";
}

void BadInputTest::phoneInput()
{
    QFETCH(QString, phone);
    QFETCH(Kind, kind);
    QFETCH(QString, sentDigits);
    QFETCH(QString, messageContains);

    // --print: with no keychain the key can only be shown, and must not be written anywhere.
    const CliResult result = run(serverArgs() << "test-key"
                                              << "--phone" << phone << "--print");
    verifyOutcome(result, kind, messageContains);
    if (sentDigits.isEmpty()) {
        QCOMPARE(m_server->requestCount(), 0);
    } else {
        QCOMPARE(m_server->requestCount(), 1);
        const QJsonObject body = QJsonDocument::fromJson(m_server->requests().first().body).object();
        QCOMPARE(body, QJsonObject({{"phone", sentDigits}}));
        QCOMPARE(result.out.trimmed(), PhoneKey.toUtf8());
    }
    verifyNotStored(PhoneKey);
}

// ---- apiKey --------------------------------------------------------------------------------

void BadInputTest::apiKeyInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("sentKey"); // null: nothing may be sent
    QTest::addColumn<QString>("messageContains");

    QTest::newRow("plain") << QByteArray("key-1\n") << Kind::None << ApiKey << "";
    QTest::newRow("CRLF line end") << QByteArray("key-1\r\n") << Kind::None << ApiKey << "";
    QTest::newRow("no line end") << QByteArray("key-1") << Kind::None << ApiKey << "";
    QTest::newRow("only the first line is the key")
        << QByteArray("key-1\nsecond line\n") << Kind::None << ApiKey << "";
    QTest::newRow("empty") << QByteArray() << Kind::InvalidInput << QString() << "No apiKey";
    QTest::newRow("spaces") << QByteArray("   \t \n") << Kind::InvalidInput << QString() << "No apiKey";
    QTest::newRow("empty first line")
        << QByteArray("\nkey-1\n") << Kind::InvalidInput << QString() << "No apiKey";
    QTest::newRow("tab inside") << QByteArray("key\t-1\n") << Kind::InvalidInput << QString()
                                << "control character";
    QTest::newRow("NUL inside") << QByteArray("key\0-1\n", 7) << Kind::InvalidInput << QString()
                                << "control character";
    QTest::newRow("escape sequence") << QByteArray("key-1\x1b[2J\n") << Kind::InvalidInput << QString()
                                     << "control character";
    QTest::newRow("DEL") << QByteArray("key-1\x7f\n") << Kind::InvalidInput << QString()
                         << "control character";
    QTest::newRow("10 KB") << QByteArray(10 * 1024, 'k') + '\n'
                           << Kind::InvalidInput << QString() << "far longer";
    QTest::newRow("non-ASCII letter") << QByteArray("kéy-1\n") << Kind::InvalidInput << QString() << "“é”";
    QTest::newRow("curly quotes from a document")
        << QByteArray("“key-1”\n") << Kind::InvalidInput << QString() << "stray quotes";
    // Qt drops a leading byte order mark when decoding UTF-8 (a key saved by Windows Notepad).
    QTest::newRow("UTF-8 byte order mark is dropped")
        << QByteArray("\xef\xbb\xbfkey-1\n") << Kind::None << ApiKey << "";
    QTest::newRow("invalid UTF-8") << QByteArray("key-\xff\xfe\n") << Kind::InvalidInput << QString()
                                   << "stray quotes";
    // Inner spaces are kept and sent encoded; the server decides (here: unknown key, 401).
    QTest::newRow("space inside") << QByteArray("key 1\n") << Kind::AuthenticationRejected << "key 1"
                                  << "HTTP 401";
    // Surrounding blanks come with copying and pasting; they are never part of a key.
    QTest::newRow("surrounding spaces") << QByteArray(" key-1 \n") << Kind::None << ApiKey << "";
}

void BadInputTest::apiKeyInput()
{
    QFETCH(QByteArray, input);
    QFETCH(Kind, kind);
    QFETCH(QString, sentKey);
    QFETCH(QString, messageContains);

    const CliResult result = run(serverArgs() << "token"
                                              << "--api-key-stdin",
                                 input);
    verifyOutcome(result, kind, messageContains);
    if (sentKey.isNull()) {
        QCOMPARE(m_server->requestCount(), 0);
    } else {
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->requests().first().query.queryItemValue("apiKey", QUrl::FullyDecoded), sentKey);
    }
    verifyNotStored(QString::fromUtf8(input).trimmed());
    verifyNotStored(ApiKey);
}

// ---- base URL ------------------------------------------------------------------------------

void BadInputTest::baseUrl_data()
{
    QTest::addColumn<QString>("url"); // $BASE: the fake server's base URL without its final '/'
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("requestPath"); // empty: nothing may be sent
    QTest::addColumn<QString>("messageContains");

    const QString path = QStringLiteral("/v.1.0/clients/authorization");
    QTest::newRow("as given") << "$BASE/" << Kind::None << path << "";
    QTest::newRow("no trailing slash") << "$BASE" << Kind::None << path << "";
    QTest::newRow("many trailing slashes") << "$BASE///" << Kind::None << path << "";
    QTest::newRow("upper-case scheme") << "HTTP$BASE_NO_SCHEME/" << Kind::None << path << "";
    QTest::newRow("surrounding spaces") << "  $BASE/  " << Kind::None << path << "";
    QTest::newRow("empty") << "" << Kind::InvalidInput << ""
                           << "empty";
    QTest::newRow("no scheme") << "api.novapost.com/v.1.0/" << Kind::InvalidInput << ""
                               << "not a server URL";
    QTest::newRow("no scheme, host and port") << "127.0.0.1:8080/v.1.0/" << Kind::InvalidInput << ""
                                              << "https://";
    QTest::newRow("query string") << "$BASE/?apiKey=x" << Kind::InvalidInput << ""
                                  << "query";
    QTest::newRow("fragment") << "$BASE/#top" << Kind::InvalidInput << ""
                              << "fragment";
    QTest::newRow("user and password")
        << "https://user:pw@api.novapost.com/v.1.0/" << Kind::InvalidInput << ""
        << "user name or password";
    QTest::newRow("http to a remote host") << "http://api.novapost.com/v.1.0/" << Kind::InvalidInput << ""
                                           << "only allowed for a server on this computer";
    QTest::newRow("http to a private address") << "http://10.0.0.1/v.1.0/" << Kind::InvalidInput << ""
                                               << "only allowed for a server on this computer";
    QTest::newRow("http to a lookalike of localhost")
        << "http://localhost.evil.example/v.1.0/" << Kind::InvalidInput << ""
        << "only allowed for a server on this computer";
    QTest::newRow("ftp") << "ftp://127.0.0.1/v.1.0/" << Kind::InvalidInput << ""
                         << "https://";
    QTest::newRow("javascript") << "javascript:alert(1)" << Kind::InvalidInput << ""
                                << "not a server URL";
    QTest::newRow("file") << "file:///etc/passwd" << Kind::InvalidInput << ""
                          << "not a server URL";
}

void BadInputTest::baseUrl()
{
    QFETCH(QString, url);
    QFETCH(Kind, kind);
    QFETCH(QString, requestPath);
    QFETCH(QString, messageContains);

    QString base = m_server->baseUrl().toString();
    base.chop(1);
    url.replace("$BASE_NO_SCHEME", base.mid(4)).replace("$BASE", base);
    const CliResult result = run({"--base-url", url, "token", "--api-key-stdin"}, ApiKey.toUtf8() + "\n");
    verifyOutcome(result, kind, messageContains);
    if (requestPath.isEmpty()) {
        QCOMPARE(m_server->requestCount(), 0);
    } else {
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->requests().first().path, requestPath);
    }
    verifyNotStored(ApiKey);
}

// ---- server answers ------------------------------------------------------------------------

void BadInputTest::serverAnswer_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body"); // $JWT: a valid token
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("messageContains");
    QTest::addColumn<int>("requests");

    const QByteArray json = "application/json";
    const QByteArray ok = R"({"jwt":"$JWT"})";
    // Qt reads 100 Continue as interim and waits for the final answer, which never comes; it then
    // sends the GET again (its own retry on a closed connection; 2 or 3 times, timing decides).
    QTest::newRow("100 as the only answer") << 100 << json << ok << Kind::ServiceUnavailable
                                            << "closed the connection without answering" << QtResends;
    // Any other 1xx is interim too; Qt 6.8 reads past it (and may send the GET again), Qt 6.4 hands
    // it over as final. The outcome is the same on both: the server never answered.
    QTest::newRow("103 as the only answer") << 103 << json << ok << Kind::ServiceUnavailable
                                            << "closed the connection without answering" << QtMayResend;
    // 2xx other than 200/201 carries no token we should trust.
    QTest::newRow("201 with a token") << 201 << json << ok << Kind::None << "" << 1;
    QTest::newRow("202") << 202 << json << ok << Kind::MalformedResponse << "HTTP 202" << 1;
    QTest::newRow("204") << 204 << json << QByteArray() << Kind::MalformedResponse << "HTTP 204" << 1;
    QTest::newRow("206") << 206 << json << ok << Kind::MalformedResponse << "HTTP 206" << 1;
    QTest::newRow("300") << 300 << json << ok << Kind::MalformedResponse << "redirected" << 1;
    QTest::newRow("304") << 304 << json << QByteArray() << Kind::MalformedResponse << "redirected" << 1;
    QTest::newRow("400") << 400 << json << QByteArray(R"({"success":false,"errors":["Invalid"]})")
                         << Kind::RequestRejected << "Invalid" << 1;
    QTest::newRow("401") << 401 << json << QByteArray(R"({"errors":{"errorMessage":"Invalid token"}})")
                         << Kind::AuthenticationRejected << "Invalid token" << 1;
    QTest::newRow("403 html") << 403 << QByteArray("text/html") << QByteArray("<html>Forbidden</html>")
                              << Kind::AuthenticationRejected << "HTTP 403" << 1;
    QTest::newRow("404") << 404 << json << QByteArray(R"({"errorMessage":"not_found"})")
                         << Kind::RequestRejected << "not_found" << 1;
    QTest::newRow("418") << 418 << json << QByteArray("{}") << Kind::RequestRejected << "HTTP 418" << 1;
    QTest::newRow("429") << 429 << json << QByteArray(R"({"errors":["Daily limit reached"]})")
                         << Kind::RequestRejected << "Daily limit reached" << 1;
    QTest::newRow("451 plain text") << 451 << QByteArray("text/plain") << QByteArray("nope")
                                    << Kind::RequestRejected << "HTTP 451" << 1;
    QTest::newRow("500 empty") << 500 << json << QByteArray() << Kind::ServiceUnavailable << "HTTP 500" << 1;
    QTest::newRow("502 html") << 502 << QByteArray("text/html") << QByteArray("<h1>Bad Gateway</h1>")
                              << Kind::ServiceUnavailable << "HTTP 502" << 1;
    QTest::newRow("504") << 504 << json << QByteArray(R"({"error":"upstream timeout"})")
                         << Kind::ServiceUnavailable << "upstream timeout" << 1;
    QTest::newRow("599") << 599 << json << QByteArray() << Kind::ServiceUnavailable << "HTTP 599" << 1;
    // Lenient on the label, strict on the content: a JSON token is a token whatever the header says.
    QTest::newRow("200 token labelled text/plain")
        << 200 << QByteArray("text/plain") << ok << Kind::None << "" << 1;
    QTest::newRow("200 html page") << 200 << QByteArray("text/html") << QByteArray("<html>Login</html>")
                                   << Kind::MalformedResponse << "web page" << 1;
    QTest::newRow("200 xml") << 200 << QByteArray("application/xml") << QByteArray("<jwt>$JWT</jwt>")
                             << Kind::MalformedResponse << "web page" << 1;
    QTest::newRow("200 empty") << 200 << json << QByteArray() << Kind::MalformedResponse
                               << "not a JSON object" << 1;
    QTest::newRow("200 jwt null") << 200 << json << QByteArray(R"({"jwt":null})") << Kind::MalformedResponse
                                  << "not a token" << 1;
    QTest::newRow("200 jwt number") << 200 << json << QByteArray(R"({"jwt":123})") << Kind::MalformedResponse
                                    << "not a token" << 1;
    QTest::newRow("200 jwt in an array")
        << 200 << json << QByteArray(R"({"jwt":["$JWT"]})") << Kind::MalformedResponse << "not a token" << 1;
    QTest::newRow("200 top-level array") << 200 << json << QByteArray(R"([{"jwt":"$JWT"}])")
                                         << Kind::MalformedResponse << "not a JSON object" << 1;
    QTest::newRow("200 no jwt field") << 200 << json << QByteArray(R"({"token":"$JWT"})")
                                      << Kind::MalformedResponse << "no “jwt” field" << 1;
    QTest::newRow("200 deep nesting")
        << 200 << json << nested(5000) << Kind::MalformedResponse << "not a JSON object" << 1;
    QTest::newRow("400 deep nesting")
        << 400 << json << nested(5000) << Kind::RequestRejected << "HTTP 400" << 1;
    QTest::newRow("200 invalid UTF-8 in jwt") << 200 << json << QByteArray("{\"jwt\":\"ey\xff\xfe.a.b\"}")
                                              << Kind::MalformedResponse << "not a JSON object" << 1;
    QTest::newRow("401 invalid UTF-8 in message")
        << 401 << json << QByteArray("{\"errors\":[\"bad \xff key\"]}") << Kind::AuthenticationRejected
        << "HTTP 401" << 1;
    QTest::newRow("401 control characters in message")
        << 401 << json << QByteArray(R"({"errors":["bad\u001b[2J\r\nnovapost-jwt-cli: ok"]})")
        << Kind::AuthenticationRejected << "bad [2J novapost-jwt-cli: ok" << 1;
    QTest::newRow("200 opaque token") << 200 << json << QByteArray(R"({"jwt":"your-temporary-jwt-token"})")
                                      << Kind::MalformedResponse << "not a valid JWT" << 1;
    QTest::newRow("200 token with spaces around")
        << 200 << json << QByteArray(R"({"jwt":"  $JWT\n"})") << Kind::None << "" << 1;
}

void BadInputTest::serverAnswer()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(QString, messageContains);
    QFETCH(int, requests);

    const QString jwt = validJwt();
    body.replace("$JWT", jwt.toLatin1());
    m_server->setHandler([&](const HttpRequest&) { return HttpResponse::text(status, body, contentType); });
    const CliResult result = run(serverArgs() << "token"
                                              << "--api-key-stdin",
                                 ApiKey.toUtf8() + "\n");
    verifyOutcome(result, kind, messageContains);
    if (kind == Kind::None)
        QCOMPARE(result.out, jwt.toLatin1() + "\n");
    // No retry loops of ours on a bad answer.
    if (requests == QtResends || requests == QtMayResend)
        QVERIFY2(m_server->requestCount() >= (requests == QtResends ? 2 : 1) && m_server->requestCount() <= 4,
                 qPrintable(QString::number(m_server->requestCount())));
    else
        QCOMPARE(m_server->requestCount(), requests);
    verifyNotStored(ApiKey);
    verifyNotStored(jwt);
}

// ---- token expiry --------------------------------------------------------------------------

void BadInputTest::tokenExpiry_data()
{
    QTest::addColumn<QJsonValue>("exp"); // offset from now when a number; Undefined: no claim
    QTest::addColumn<bool>("relative");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("expiresAt"); // empty: expect null expiresAt and expiresIn

    // Decided: a token is refused only when we know it has expired. A token whose exp we cannot
    // use (missing, not a number, out of range) is still handed out, since the server vouched for it
    // and Nova Post tokens are opaque apart from exp; --json then says null, not a made-up time.
    QTest::newRow("one hour") << QJsonValue(3600) << true << Kind::None << "relative";
    QTest::newRow("expired a minute ago") << QJsonValue(-60) << true << Kind::MalformedResponse << "";
    QTest::newRow("expiring now") << QJsonValue(0) << true << Kind::MalformedResponse << "";
    QTest::newRow("fractional seconds") << QJsonValue(3600.75) << true << Kind::None << "relative";
    QTest::newRow("1970") << QJsonValue(1) << false << Kind::MalformedResponse << "";
    QTest::newRow("far future, last second of 9999")
        << QJsonValue(253402300799.0) << false << Kind::None << "9999-12-31T23:59:59Z";
    QTest::newRow("beyond 9999") << QJsonValue(1e12) << false << Kind::None << "";
    QTest::newRow("huge") << QJsonValue(1e308) << false << Kind::None << "";
    QTest::newRow("negative") << QJsonValue(-5) << false << Kind::None << "";
    QTest::newRow("numeric string") << QJsonValue("4102444800") << false << Kind::None << "";
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << Kind::None << "";
    QTest::newRow("object") << QJsonValue(QJsonObject{{"at", 1}}) << false << Kind::None << "";
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << false << Kind::None << "";
}

void BadInputTest::tokenExpiry()
{
    QFETCH(QJsonValue, exp);
    QFETCH(bool, relative);
    QFETCH(Kind, kind);
    QFETCH(QString, expiresAt);

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{{"iss", "np"}, {"iat", now}};
    if (!exp.isUndefined())
        claims.insert("exp", relative ? QJsonValue(double(now) + exp.toDouble()) : exp);
    const QString jwt = FakeNovaPostServer::makeJwt(claims);
    m_server->setHandler([&](const HttpRequest&) {
        return HttpResponse::json(200, QJsonDocument(QJsonObject{{"jwt", jwt}}).toJson());
    });
    const CliResult result = run(serverArgs() << "--json"
                                              << "token"
                                              << "--api-key-stdin",
                                 ApiKey.toUtf8() + "\n");
    verifyOutcome(result, kind, kind == Kind::None ? QString() : QStringLiteral("already expired"));
    QCOMPARE(m_server->requestCount(), 1);
    verifyNotStored(ApiKey);
    if (kind != Kind::None)
        return;

    const QJsonObject object = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(object.value("jwt").toString(), jwt);
    if (expiresAt.isEmpty()) {
        QVERIFY(object.value("expiresAt").isNull());
        QVERIFY(object.value("expiresIn").isNull());
    } else if (expiresAt == QLatin1String("relative")) {
        const QDateTime at = QDateTime::fromString(object.value("expiresAt").toString(), Qt::ISODate);
        QVERIFY(qAbs(at.toSecsSinceEpoch() - (now + 3600)) <= 1);
        const double in = object.value("expiresIn").toDouble();
        QVERIFY2(in > 3500 && in <= 3601, qPrintable(QString::number(in)));
    } else {
        QCOMPARE(object.value("expiresAt").toString(), expiresAt);
        QVERIFY(object.value("expiresIn").toDouble() > 2e11);
    }
}

// ---- https to http redirect ----------------------------------------------------------------

void BadInputTest::httpsRedirectToHttpIsRefused_data()
{
    QTest::addColumn<int>("status");
    for (int status : {301, 302, 303, 307, 308})
        QTest::addRow("%d", status) << status;
}

void BadInputTest::httpsRedirectToHttpIsRefused()
{
    QFETCH(int, status);

    novapost::test::TlsTestServer tls;
    QString error;
    QVERIFY2(tls.start(&error), qPrintable(error));
    FakeNovaPostServer& tlsServer = tls.server();
    // Same host and port, only the scheme drops: the downgrade a hostile middlebox would try.
    const QByteArray target = "http://127.0.0.1:" + QByteArray::number(tlsServer.port()) +
                              "/v.1.0/clients/authorization?apiKey=key-1";
    // And a plain server that would take the request if the client followed to another port.
    m_server->setHandler([&](const HttpRequest&) {
        return HttpResponse::json(200, QByteArray(R"({"jwt":")") + validJwt().toLatin1() + "\"}");
    });
    const QByteArray otherPort = "http://127.0.0.1:" + QByteArray::number(m_server->port()) +
                                 "/v.1.0/clients/authorization?apiKey=key-1";

    for (const QByteArray& location : {target, otherPort}) {
        tlsServer.clearRequests();
        tlsServer.setHandler([&](const HttpRequest&) { return HttpResponse::redirect(status, location); });
        QNetworkAccessManager network;
        ApiClient client(&network);
        Environment sandbox(EnvironmentKind::Sandbox);
        sandbox.setBaseUrlOverride(tlsServer.baseUrl());
        client.setExtraCaCertificates({tls.certificate().certificate});
        client.setTimeoutMs(5000);
        ApiReply* reply = client.requestJwt(sandbox, ApiKey);
        QSignalSpy finished(reply, &ApiReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->error().kind(), Kind::MalformedResponse);
        QVERIFY2(reply->error().message().contains("redirect"), qPrintable(reply->error().message()));
        QCOMPARE(tlsServer.requestCount(), 1);
        QCOMPARE(m_server->requestCount(), 0);
    }
}

QTEST_GUILESS_MAIN(BadInputTest)
#include "tst_badinput.moc"
