// SPDX-License-Identifier: MIT
// The built novapost-jwt-cli against the fake server over real HTTP(S). Keychain-backed commands
// are in tst_keychain; here the keychain is unreachable on purpose.
#include "CliRunner.h"
#include "FakeNovaPostServer.h"
#include "TlsTestServer.h"
#include "Translations.h"
#include "Version.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using novapost::test::CliResult;
using novapost::test::CliRunner;
using novapost::test::FakeNovaPostServer;
using novapost::test::HttpRequest;
using novapost::test::HttpResponse;

namespace {

const QString TrickyKey = QStringLiteral("a+b/c= d&e");

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void help();
    void helpInEveryShippedLanguage_data();
    void helpInEveryShippedLanguage();
    void version();
    void usageErrors_data();
    void usageErrors();
    void tokenFromStdin();
    void tokenJson();
    void tokenWithoutKeyOrPhone();
    void emptyStdinSendsNothing();
    void setKeyRefusesABadKeyBeforeStoring();
    void failureExitCodes_data();
    void failureExitCodes();
    void echoedKeyIsRedacted();
    void debugLoggingShowsNoSecret();
    void timeoutExitsFive();
    void refusedConnectionExitsFive();
    void testKeyRefusedInProductionWhateverTheUrl();
    void testKeyBadPhoneSendsNothing();
    void unwritableSettingsSpendNoRequest();
    void tlsSelfSignedExitsSix();
    void tlsWithCaFileSucceeds();
    void decode();
    void decodeJson();
    void decodeRejectsGarbage();

private:
    CliResult run(const QStringList& arguments, const QByteArray& input = {});
    QStringList serverArgs() const;
    void verifyNoSecrets(const CliResult& result, const QStringList& secrets);

    FakeNovaPostServer* m_server = nullptr;
    QTemporaryDir* m_home = nullptr;
    CliRunner* m_cli = nullptr;
};

void CliTest::init()
{
    m_server = new FakeNovaPostServer;
    QVERIFY(m_server->listen());
    m_home = new QTemporaryDir;
    m_cli = new CliRunner(QStringLiteral(NOVAPOST_CLI_PATH));
    m_cli->isolateIn(m_home->path());
    m_cli->withoutKeychain();
}

void CliTest::cleanup()
{
    delete m_cli;
    delete m_home;
    delete m_server;
}

CliResult CliTest::run(const QStringList& arguments, const QByteArray& input)
{
    const CliResult result = m_cli->run(arguments, input);
    if (!result.finished)
        qWarning("the CLI did not finish");
    return result;
}

QStringList CliTest::serverArgs() const
{
    return {QStringLiteral("--base-url"), m_server->baseUrl().toString()};
}

void CliTest::verifyNoSecrets(const CliResult& result, const QStringList& secrets)
{
    for (const QString& secret : secrets) {
        QVERIFY2(!result.err.contains(secret.toUtf8()), result.err.constData());
        QVERIFY2(!result.err.contains(QUrl::toPercentEncoding(secret)), result.err.constData());
    }
}

void CliTest::help()
{
    const CliResult result = run({"--help"});
    QCOMPARE(result.exitCode, 0);
    for (const char* expected : {"token", "test-key", "keys", "set-key", "forget", "decode",
                                 "--api-key-stdin", "--ca-file", "Exit codes", "3  authentication rejected",
                                 "8  keychain failure", "9  the settings file could not be written"})
        QVERIFY2(result.out.contains(expected), expected);
    QVERIFY(result.err.isEmpty());
}

void CliTest::helpInEveryShippedLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected"); // a phrase of that language's catalogue
    const QMap<QString, QString> phrases{{QStringLiteral("uk"), QStringLiteral("Коди виходу")},
                                         {QStringLiteral("pl"), QStringLiteral("Kody wyjścia")},
                                         {QStringLiteral("de"), QStringLiteral("Exit-Codes")}};
    for (const QString& language : novapost::Translations::available())
        QTest::newRow(qPrintable(language)) << language << phrases.value(language);
}

void CliTest::helpInEveryShippedLanguage()
{
    // A catalogue that is built but not found at run time falls back to English without a word.
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QVERIFY2(!expected.isEmpty(), "a new language: add a phrase of its catalogue to this test");
    const CliResult english = run({"--help"});
    const CliResult result = run({"--lang", language, "--help"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out != english.out, "the help stayed in English");
    QVERIFY2(QString::fromUtf8(result.out).contains(expected), result.out.constData());
}

void CliTest::version()
{
    const CliResult result = run({"--version"});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("novapost-jwt-cli " NOVAPOST_VERSION "\n"));
}

void CliTest::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messageContains");

    QTest::newRow("no command") << QStringList{} << "No command";
    QTest::newRow("unknown command") << QStringList{"fetch"} << "Unknown command";
    QTest::newRow("two commands") << QStringList{"token", "keys"} << "Unexpected argument";
    QTest::newRow("unknown option") << QStringList{"--frobnicate", "token"} << "frobnicate";
    QTest::newRow("bad env") << QStringList{"--env", "staging", "token"} << "Unknown environment";
    QTest::newRow("option of another command") << QStringList{"token", "--print"} << "does not apply";
    QTest::newRow("http to remote host")
        << QStringList{"--base-url", "http://api.novapost.com/v.1.0/", "token"}
        << "only allowed for a server on this computer";
    QTest::newRow("base url without scheme")
        << QStringList{"--base-url", "api.novapost.com", "token"} << "not a server URL";
    QTest::newRow("base url with query")
        << QStringList{"--base-url", "https://x.example/?a=1", "token"} << "query";
    QTest::newRow("zero timeout") << QStringList{"--timeout", "0", "token"} << "time-out";
    QTest::newRow("word timeout") << QStringList{"--timeout", "soon", "token"} << "time-out";
    QTest::newRow("missing ca file") << QStringList{"--ca-file", "/nonexistent.pem", "token"}
                                     << "cannot be read";
    QTest::newRow("test-key without phone") << QStringList{"test-key"} << "--phone";
    QTest::newRow("set-key production with phone")
        << QStringList{"--env", "production", "set-key", "--phone", "+48900555111"} << "no phone";
}

void CliTest::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messageContains);

    const CliResult result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(messageContains.toUtf8()), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1); // one clear line
    QCOMPARE(m_server->requestCount(), 0);
}

void CliTest::tokenFromStdin()
{
    m_server->addApiKey(TrickyKey);
    const CliResult result = run(serverArgs() << "token"
                                              << "--api-key-stdin",
                                 TrickyKey.toUtf8() + "\r\n");
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QVERIFY(result.out.endsWith('\n'));
    const QByteArray jwt = result.out.trimmed();
    QCOMPARE(result.out.count('\n'), 1);
    QCOMPARE(jwt.count('.'), 2);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->requests().first().query.queryItemValue("apiKey", QUrl::FullyDecoded), TrickyKey);
}

void CliTest::tokenJson()
{
    m_server->addApiKey("key-1");
    const CliResult result = run(serverArgs() << "--json"
                                              << "token"
                                              << "--api-key-stdin",
                                 "key-1\n");
    QCOMPARE(result.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(object.value("jwt").toString().count(QLatin1Char('.')), 2);
    const QDateTime expiresAt = QDateTime::fromString(object.value("expiresAt").toString(), Qt::ISODate);
    QVERIFY(expiresAt.isValid());
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expiresAt) - 3600) <= 5);
    const double expiresIn = object.value("expiresIn").toDouble();
    QVERIFY2(expiresIn > 3590 && expiresIn <= 3600, qPrintable(QString::number(expiresIn)));
    QCOMPARE(object.value("environment").toString(), QStringLiteral("sandbox"));
}

void CliTest::tokenWithoutKeyOrPhone()
{
    const CliResult result = run(serverArgs() << "token");
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("--api-key-stdin"), result.err.constData());
    QCOMPARE(m_server->requestCount(), 0);
}

void CliTest::emptyStdinSendsNothing()
{
    for (const QByteArray& input : {QByteArray(), QByteArray("\n"), QByteArray("   \r\n")}) {
        const CliResult result = run(serverArgs() << "token"
                                                  << "--api-key-stdin",
                                     input);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("No apiKey"));
    }
    const CliResult huge = run(serverArgs() << "token"
                                            << "--api-key-stdin",
                               QByteArray(100000, 'k'));
    QCOMPARE(huge.exitCode, 2);
    QCOMPARE(m_server->requestCount(), 0);
}

void CliTest::setKeyRefusesABadKeyBeforeStoring()
{
    // Refused before the keychain is asked (it is unreachable here, which would be exit 8).
    const CliResult result = run({"set-key", "--phone", "+48 900 555 111"}, "bad\tkey\n");
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("control character"), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void CliTest::failureExitCodes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("messageContains");

    QTest::newRow("401") << 401 << QByteArray(R"({"errors":{"errorMessage":"Invalid token"}})") << 3
                         << "Invalid token";
    QTest::newRow("403") << 403 << QByteArray(R"({"error":"Forbidden"})") << 3 << "Forbidden";
    QTest::newRow("422") << 422 << QByteArray(R"({"errors":{"apiKey":"Required"}})") << 4 << "Required";
    QTest::newRow("429") << 429 << QByteArray(R"({"success":false,"errors":["Daily limit reached"]})") << 4
                         << "Daily limit reached";
    QTest::newRow("503") << 503 << QByteArray(R"({"errors":{"errorMessage":"service_unavailable"}})") << 5
                         << "service_unavailable";
    QTest::newRow("502 html") << 502 << QByteArray("<html><h1>Bad Gateway</h1></html>") << 5 << "HTTP 502";
    QTest::newRow("200 not json") << 200 << QByteArray("oops") << 7 << "not a JSON object";
    QTest::newRow("200 jwt null") << 200 << QByteArray(R"({"jwt":null})") << 7 << "not a token";
    QTest::newRow("200 jwt opaque") << 200 << QByteArray(R"({"jwt":"abc"})") << 7 << "not a valid JWT";
}

void CliTest::failureExitCodes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, exitCode);
    QFETCH(QString, messageContains);

    m_server->setHandler([&](const HttpRequest&) {
        return body.startsWith('<') ? HttpResponse::text(status, body) : HttpResponse::json(status, body);
    });
    const CliResult result = run(serverArgs() << "token"
                                              << "--api-key-stdin",
                                 TrickyKey.toUtf8() + "\n");
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith("novapost-jwt-cli: "), result.err.constData());
    QVERIFY2(result.err.contains(messageContains.toUtf8()), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);
    verifyNoSecrets(result, {TrickyKey});
}

void CliTest::echoedKeyIsRedacted()
{
    // A careless server (or proxy) might echo the key or a JWT back in its error message.
    const QString jwt = FakeNovaPostServer::makeJwt(1, 2);
    m_server->setHandler([&](const HttpRequest& request) {
        const QByteArray echoed = request.query.queryItemValue("apiKey", QUrl::FullyDecoded).toUtf8();
        return HttpResponse::json(401, "{\"errors\":[\"Invalid key " + echoed + "\",\"url " + request.target +
                                           "\"]}");
    });
    const CliResult result = run(serverArgs() << "token"
                                              << "--api-key-stdin",
                                 "secret-key-123\n");
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("Invalid key ***"), result.err.constData());
    verifyNoSecrets(result, {QStringLiteral("secret-key-123")});
}

void CliTest::debugLoggingShowsNoSecret()
{
    m_server->addApiKey(TrickyKey);
    m_cli->environment().insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("novapost.*.debug=true"));
    const CliResult result = run(serverArgs() << "token"
                                              << "--api-key-stdin",
                                 TrickyKey.toUtf8() + "\n");
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains("clients/authorization?apiKey=***"),
             result.err.constData()); // logging is on
    verifyNoSecrets(result, {TrickyKey, QString::fromUtf8(result.out.trimmed())});
}

void CliTest::timeoutExitsFive()
{
    m_server->setHandler([](const HttpRequest&) {
        HttpResponse response;
        response.mode = HttpResponse::Mode::Hang;
        return response;
    });
    const CliResult result = run(serverArgs() << "--timeout"
                                              << "0.5"
                                              << "token"
                                              << "--api-key-stdin",
                                 "k-1\n");
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(result.err.contains("within 1 second"), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void CliTest::refusedConnectionExitsFive()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString url = QStringLiteral("http://127.0.0.1:%1/v.1.0/").arg(probe.serverPort());
    probe.close();
    const CliResult result = run({"--base-url", url, "token", "--api-key-stdin"}, "k-1\n");
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(result.err.contains("refused"), result.err.constData());
}

void CliTest::testKeyRefusedInProductionWhateverTheUrl()
{
    m_server->registerPhone("498213437654", "test-key");
    const CliResult result = run(serverArgs() << "--env"
                                              << "production"
                                              << "test-key"
                                              << "--phone"
                                              << "+498213437654");
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("only in the sandbox"), result.err.constData());
    QCOMPARE(m_server->requestCount(), 0);
}

void CliTest::testKeyBadPhoneSendsNothing()
{
    for (const char* phone : {"+380441234567", "call me", "0821 3437654", "+1234"}) {
        const CliResult result = run(serverArgs() << "test-key"
                                                  << "--phone" << phone);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
    }
    QCOMPARE(m_server->requestCount(), 0);
}

void CliTest::unwritableSettingsSpendNoRequest()
{
    m_server->registerPhone("48900555111", "day-key");
    m_server->addApiKey("day-key");

    // XDG_CONFIG_HOME a regular file: the settings folder cannot exist, not even for root.
    QFile blocker(m_home->filePath("blocker"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    CliRunner blocked = *m_cli;
    blocked.environment().insert("XDG_CONFIG_HOME", blocker.fileName());
    for (int i = 0; i < 2; ++i) {
        const CliResult result =
            blocked.run(serverArgs() + QStringList{"test-key", "--phone", "48900555111"});
        QCOMPARE(result.exitCode, 9);
        QVERIFY2(result.err.contains("novapost-jwt.ini could not be written"), result.err.constData());
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY(result.out.isEmpty());
    }
    QCOMPARE(m_server->requestCount(), 0);
    CliResult result =
        blocked.run(serverArgs() + QStringList{"set-key", "--phone", "48900555111"}, "day-key\n");
    QCOMPARE(result.exitCode, 9);
    QVERIFY(!result.out.contains("Stored"));

    // A settings folder the user may not write to (root ignores permission bits, so run as nobody).
    QTemporaryDir readOnlyHome;
    QVERIFY(QDir(readOnlyHome.path()).mkpath("config/novapost-jwt"));
    for (const QString& folder :
         {readOnlyHome.path(), readOnlyHome.filePath("config"), readOnlyHome.filePath("config/novapost-jwt")})
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                  QFile::ReadOther | QFile::ExeOther));
    CliRunner nobody(QStringLiteral("setpriv"));
    nobody.environment() = m_cli->environment();
    nobody.environment().insert("HOME", readOnlyHome.path());
    nobody.environment().insert("XDG_CONFIG_HOME", readOnlyHome.filePath("config"));
    const QStringList asNobody = {"--reuid=65534", "--regid=65534", "--clear-groups", NOVAPOST_CLI_PATH};
    result = nobody.run(asNobody + QStringList{"--version"});
    if (result.exitCode != 0)
        QSKIP("Cannot run the CLI as an unprivileged user here (setpriv needs root).");
    result = nobody.run(asNobody + serverArgs() + QStringList{"test-key", "--phone", "48900555111"});
    QCOMPARE(result.exitCode, 9);
    QVERIFY2(result.err.contains(readOnlyHome.filePath("config/novapost-jwt/novapost-jwt.ini").toUtf8()),
             result.err.constData());
    QCOMPARE(m_server->requestCount(), 0);
}

void CliTest::tlsSelfSignedExitsSix()
{
    novapost::test::TlsTestServer tls;
    QString error;
    QVERIFY2(tls.start(&error), qPrintable(error));
    FakeNovaPostServer& tlsServer = tls.server();
    tlsServer.addApiKey("key-1");
    const CliResult result =
        run({"--base-url", tlsServer.baseUrl().toString(), "token", "--api-key-stdin"}, "key-1\n");
    QCOMPARE(result.exitCode, 6);
    QVERIFY2(result.err.contains("could not be verified"), result.err.constData());
    QCOMPARE(tlsServer.requestCount(), 0);
}

void CliTest::tlsWithCaFileSucceeds()
{
    novapost::test::TlsTestServer tls;
    QString error;
    QVERIFY2(tls.start(&error), qPrintable(error));
    FakeNovaPostServer& tlsServer = tls.server();
    tlsServer.addApiKey("key-1");
    const CliResult result = run({"--base-url", tlsServer.baseUrl().toString(), "--ca-file",
                                  tls.certificate().certificatePath, "token", "--api-key-stdin"},
                                 "key-1\n");
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed().count('.'), 2);
    QCOMPARE(tlsServer.requestCount(), 1);
}

void CliTest::decode()
{
    const CliResult result =
        run({"decode"}, FakeNovaPostServer::makeJwt(1685627414, 1685631014).toLatin1() + "\n");
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("alg: HS256"));
    QVERIFY(result.out.contains("cid: 5c412e3a-5868-48b9-a60a-0e039284ec46"));
    QVERIFY(result.out.contains("Expires: 2023-06-01 14:50:14 UTC (expired"));
    QCOMPARE(m_server->requestCount(), 0);
}

void CliTest::decodeJson()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const CliResult result =
        run({"--json", "decode"}, FakeNovaPostServer::makeJwt(now, now + 600).toLatin1());
    QCOMPARE(result.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(object.value("header").toObject().value("typ").toString(), QStringLiteral("JWT"));
    QCOMPARE(object.value("payload").toObject().value("iss").toString(), QStringLiteral("np"));
    QCOMPARE(object.value("expired").toBool(), false);
    QVERIFY(object.value("expiresIn").toDouble() > 590);
    QCOMPARE(object.value("clientId").toString(), QStringLiteral("5c412e3a-5868-48b9-a60a-0e039284ec46"));
    const QDateTime localExpiry =
        QDateTime::fromString(object.value("expiresAtLocal").toString(), Qt::ISODate);
    QVERIFY(localExpiry.isValid());
    QCOMPARE(localExpiry.toSecsSinceEpoch(), now + 600);
}

void CliTest::decodeRejectsGarbage()
{
    for (const QByteArray& input : {QByteArray("a.b"), QByteArray("x.y.z"), QByteArray("")}) {
        const CliResult result = run({"decode"}, input);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY(!result.err.isEmpty());
    }
}

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
