// SPDX-License-Identifier: MIT
// The built novapost-jwt-cli as people and scripts meet it: the help of each command, hints for
// mistyped options and commands, and the NOVAPOST_* environment variables of scripts and CI.
#include "CliFixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using novapost::test::CliFixture;
using novapost::test::CliResult;
using novapost::test::HttpRequest;
using novapost::test::HttpResponse;

class CliUsageTest : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_fixture.start()); }
    void cleanup() { m_fixture.stop(); }

    void commandHelp_data();
    void commandHelp();
    void generalHelpNamesTheVariables();
    void mistypedNames_data();
    void mistypedNames();
    void variablesSetEnvironmentAndServer();
    void flagsWinOverVariables();
    void badVariablesAreNamed_data();
    void badVariablesAreNamed();
    void timeoutVariable();
    void apiKeyVariable();
    void apiKeyVariableIsMaskedAndLeavesTheEnvironment();
    void apiKeyStdinWinsOverTheVariable();

private:
    CliResult run(const QStringList& arguments, const QByteArray& input = {})
    {
        return m_fixture.cli->run(arguments, input);
    }
    QStringList server() const { return {"--base-url", m_fixture.server->baseUrl().toString()}; }
    void setVariable(const char* name, const QString& value)
    {
        m_fixture.cli->environment().insert(QLatin1String(name), value);
    }

    CliFixture m_fixture;
};

void CliUsageTest::commandHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");   // in this command's help
    QTest::addColumn<QStringList>("unexpected"); // in the general help or another command's only
    const QStringList general{"Exit codes:", "Commands:"};
    QTest::newRow("token --help") << QStringList{"token", "--help"}
                                  << QStringList{"Options of token:", "--min-ttl MINUTES", "--fresh",
                                                 "--api-key-stdin", "NOVAPOST_API_KEY"}
                                  << general + QStringList{"--renew"};
    QTest::newRow("help token") << QStringList{"help", "token"} << QStringList{"Options of token:", "--fresh"}
                                << general;
    QTest::newRow("--help token") << QStringList{"--help", "token"} << QStringList{"Options of token:"}
                                  << general;
    QTest::newRow("test-key -h") << QStringList{"test-key", "-h"}
                                 << QStringList{"Options of test-key:", "--print", "--renew"}
                                 << general + QStringList{"--min-ttl"};
    QTest::newRow("keys --help") << QStringList{"keys", "--help"}
                                 << QStringList{"novapost-jwt-cli [options] keys", "no options of its own"}
                                 << general + QStringList{"--phone"};
    QTest::newRow("set-key --help") << QStringList{"set-key", "--help"}
                                    << QStringList{"Options of set-key:", "--phone PHONE", "--key LABEL"}
                                    << general + QStringList{"--fresh"};
    QTest::newRow("forget --help") << QStringList{"--env", "production", "forget", "--help"}
                                   << QStringList{"Options of forget:", "--key LABEL"} << general;
    QTest::newRow("decode --help") << QStringList{"decode", "--help"}
                                   << QStringList{"novapost-jwt-cli [options] decode",
                                                  "no options of its own"}
                                   << general + QStringList{"--phone"};
    QTest::newRow("help") << QStringList{"help"} << general << QStringList{"Options of token:"};
}

void CliUsageTest::commandHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unexpected);
    const CliResult result = run(arguments);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    for (const QString& text : expected)
        QVERIFY2(result.out.contains(text.toUtf8()), qPrintable(text + "\n" + result.out));
    for (const QString& text : unexpected)
        QVERIFY2(!result.out.contains(text.toUtf8()), qPrintable(text + "\n" + result.out));
    // Every command help points to the options all commands share.
    if (arguments != QStringList{"help"})
        QVERIFY(result.out.contains("see novapost-jwt-cli --help"));
}

void CliUsageTest::generalHelpNamesTheVariables()
{
    const CliResult result = run({"--help"});
    QCOMPARE(result.exitCode, 0);
    for (const char* text : {"Commands:", "Exit codes:", "NOVAPOST_ENV", "NOVAPOST_BASE_URL",
                             "NOVAPOST_TIMEOUT", "NOVAPOST_API_KEY", "COMMAND --help, help COMMAND"})
        QVERIFY2(result.out.contains(text), text);
    QCOMPARE(run({"help"}).out, result.out);
}

void CliUsageTest::mistypedNames_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // the whole line on stderr

    QTest::newRow("--frsh") << QStringList{"token", "--frsh"}
                            << "Unknown option --frsh; did you mean --fresh?";
    QTest::newRow("before the command")
        << QStringList{"--frsh", "token"} << "Unknown option --frsh; did you mean --fresh?";
    QTest::newRow("swapped letters") << QStringList{"--tiemout", "5", "token"}
                                     << "Unknown option --tiemout; did you mean --timeout?";
    QTest::newRow("with a value") << QStringList{"--phnoe=+48900555111", "test-key"}
                                  << "Unknown option --phnoe; did you mean --phone?";
    QTest::newRow("single dash") << QStringList{"token", "-frsh"}
                                 << "Unknown option -frsh; did you mean --fresh?";
    QTest::newRow("short") << QStringList{"-j", "keys"} << "Unknown option -j; did you mean --json?";
    QTest::newRow("short, no guess") << QStringList{"-x", "keys"}
                                     << "Unknown option -x; see novapost-jwt-cli --help.";
    QTest::newRow("far from any") << QStringList{"--frobnicate", "token"}
                                  << "Unknown option --frobnicate; see novapost-jwt-cli --help.";
    QTest::newRow("command") << QStringList{"tokn"} << "Unknown command “tokn”; did you mean token?";
    QTest::newRow("command, swapped")
        << QStringList{"test-kye", "--phone", "1"} << "Unknown command “test-kye”; did you mean test-key?";
    QTest::newRow("command, no guess")
        << QStringList{"fetch"} << "Unknown command “fetch”; see novapost-jwt-cli --help.";
    QTest::newRow("help of a mistyped command")
        << QStringList{"help", "forgte"} << "Unknown command “forgte”; did you mean forget?";
    QTest::newRow("missing value") << QStringList{"token", "--min-ttl"} << "Missing value after '--min-ttl'.";
}

void CliUsageTest::mistypedNames()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliResult result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(QString::fromUtf8(result.err), "novapost-jwt-cli: " + message + "\n");
    QCOMPARE(m_fixture.server->requestCount(), 0);
}

void CliUsageTest::variablesSetEnvironmentAndServer()
{
    m_fixture.server->addApiKey("key-1");
    setVariable("NOVAPOST_ENV", "production");
    setVariable("NOVAPOST_BASE_URL", m_fixture.server->baseUrl().toString());
    const CliResult result = run({"--json", "token", "--api-key-stdin"}, "key-1\n");
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_fixture.server->requestCount(), 1);
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value("environment").toString(),
             QStringLiteral("production"));
}

void CliUsageTest::flagsWinOverVariables()
{
    m_fixture.server->addApiKey("key-1");
    // Each variable would fail on its own; the options given instead are used and the variables ignored.
    setVariable("NOVAPOST_ENV", "staging");
    setVariable("NOVAPOST_BASE_URL", "http://api.novapost.com/v.1.0/");
    setVariable("NOVAPOST_TIMEOUT", "soon");
    CliResult result = run(server() << "--env"
                                    << "production"
                                    << "--timeout"
                                    << "10"
                                    << "--json"
                                    << "token"
                                    << "--api-key-stdin",
                           "key-1\n");
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value("environment").toString(),
             QStringLiteral("production"));

    // A valid variable, overridden: --env sandbox wins over NOVAPOST_ENV=production.
    setVariable("NOVAPOST_ENV", "production");
    setVariable("NOVAPOST_TIMEOUT", "10");
    result = run(server() << "--env"
                          << "sandbox"
                          << "--json"
                          << "token"
                          << "--api-key-stdin",
                 "key-1\n");
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value("environment").toString(),
             QStringLiteral("sandbox"));
    QCOMPARE(m_fixture.server->requestCount(), 2);
}

void CliUsageTest::badVariablesAreNamed_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("env") << "NOVAPOST_ENV"
                         << "staging"
                         << "The environment variable NOVAPOST_ENV is “staging”; use sandbox or production.";
    QTest::newRow("base url") << "NOVAPOST_BASE_URL"
                              << "http://api.novapost.com/v.1.0/"
                              << "The environment variable NOVAPOST_BASE_URL cannot be used: Plain http://";
    QTest::newRow("timeout word") << "NOVAPOST_TIMEOUT"
                                  << "soon"
                                  << "The environment variable NOVAPOST_TIMEOUT must be a number of seconds";
    QTest::newRow("timeout zero") << "NOVAPOST_TIMEOUT"
                                  << "0"
                                  << "The environment variable NOVAPOST_TIMEOUT must be a number of seconds";
}

void CliUsageTest::badVariablesAreNamed()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, message);
    m_fixture.cli->environment().insert(name, value);
    const CliResult result = run({"token", "--api-key-stdin"}, "key-1\n");
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(QString::fromUtf8(result.err).startsWith("novapost-jwt-cli: " + message),
             result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);
    QCOMPARE(m_fixture.server->requestCount(), 0);
}

void CliUsageTest::timeoutVariable()
{
    m_fixture.server->setHandler([](const HttpRequest&) {
        HttpResponse response;
        response.mode = HttpResponse::Mode::Hang;
        return response;
    });
    setVariable("NOVAPOST_TIMEOUT", "0.5");
    QElapsedTimer timer;
    timer.start();
    const CliResult result = run(server() << "token"
                                          << "--api-key-stdin",
                                 "key-1\n");
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(result.err.contains("within 1 second"), result.err.constData());
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

void CliUsageTest::apiKeyVariable()
{
    m_fixture.server->addApiKey("ci-key-0815");
    setVariable("NOVAPOST_API_KEY", "ci-key-0815");
    CliResult result = run(server() << "token");
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed().count('.'), 2);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QCOMPARE(m_fixture.server->requests().last().query.queryItemValue("apiKey"),
             QStringLiteral("ci-key-0815"));

    // --phone names a stored key: the option wins over the variable (no keychain here: exit 8).
    result = run(server() << "token"
                          << "--phone"
                          << "+48900555111");
    QCOMPARE(result.exitCode, 8);
    QCOMPARE(m_fixture.server->requestCount(), 1);

    // A CI secret that did not arrive is said so, not mistaken for "no key anywhere".
    setVariable("NOVAPOST_API_KEY", "");
    result = run(server() << "token");
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("NOVAPOST_API_KEY is set but empty"), result.err.constData());
    QCOMPARE(m_fixture.server->requestCount(), 1);
}

void CliUsageTest::apiKeyVariableIsMaskedAndLeavesTheEnvironment()
{
    const QString key = QStringLiteral("ci-secret-key-5521");
    bool held = true;
    QByteArray environBlock;
    m_fixture.server->setHandler([&](const HttpRequest& request) {
        // The server echoes the key back, as careless ones do.
        HttpResponse response = HttpResponse::json(
            401, "{\"errors\":[\"Invalid key " + request.query.queryItemValue("apiKey").toUtf8() + "\"]}");
        response.holdWhile = [&] {
            return held;
        };
        return response;
    });
    QProcess process;
    QProcessEnvironment environment = m_fixture.cli->environment();
    environment.insert("NOVAPOST_API_KEY", key);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(NOVAPOST_CLI_PATH), server() << "token");
    process.closeWriteChannel();
    QVERIFY(QTest::qWaitFor([&] { return m_fixture.server->requestCount() == 1; }, 15000));
    // While the request is under way, the process's environment no longer shows the key.
    QFile environFile(QStringLiteral("/proc/%1/environ").arg(process.processId()));
    if (environFile.open(QIODevice::ReadOnly))
        environBlock = environFile.readAll();
    held = false;
    QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 15000));
    QCOMPARE(process.exitCode(), 3);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("Invalid key ***"), err.constData());
    QVERIFY2(!err.contains(key.toUtf8()), err.constData());
    QVERIFY(process.readAllStandardOutput().isEmpty());
    if (QFile::exists("/proc/self/environ")) {
        QVERIFY2(!environBlock.isEmpty(), "the process's environment could not be read");
        // Only whether: the block may hold the machine's other variables, not for a test log.
        QVERIFY2(environBlock.contains("HOME="), "HOME is missing: this is not the process's environment");
        QVERIFY2(!environBlock.contains(key.toUtf8()), "the key is still in /proc/PID/environ");
    }
}

void CliUsageTest::apiKeyStdinWinsOverTheVariable()
{
    m_fixture.server->addApiKey("stdin-key-1");
    setVariable("NOVAPOST_API_KEY", "variable-key-2");
    const CliResult result = run(server() << "token"
                                          << "--api-key-stdin",
                                 "stdin-key-1\n");
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_fixture.server->requestCount(), 1);
    QCOMPARE(m_fixture.server->requests().last().query.queryItemValue("apiKey"),
             QStringLiteral("stdin-key-1"));
}

QTEST_GUILESS_MAIN(CliUsageTest)
#include "tst_cli_usage.moc"
