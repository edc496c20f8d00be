// SPDX-License-Identifier: MIT
// The built novapost-jwt-cli with a real pseudo-terminal as standard input: someone typing or
// pasting a secret. Standard error goes to a file, so the prompt is told apart from the echo.
#include "CliFixture.h"
#include "PseudoTerminal.h"

#include <QFile>
#include <QTest>

#include <csignal>

using novapost::test::CliFixture;
using novapost::test::CliResult;
using novapost::test::PseudoTerminal;

namespace {

const QByteArray TypedKey = "typed-secret-4711";
const QByteArray Prompt = "it is not shown as you type";

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class CliTerminalTest : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_fixture.start()); }
    void cleanup() { m_fixture.stop(); }

    void setKeyPromptsAndHidesTheKey();
    void tokenApiKeyStdinHidesTheKey();
    void decodeHidesTheToken();
    void interruptedPromptRestoresEcho_data();
    void interruptedPromptRestoresEcho();
    void pipeGetsNoPrompt();

private:
    /** Starts the CLI on a terminal and waits for its prompt on stderr; echo must then be off. */
    void startAndAwaitPrompt(PseudoTerminal& terminal, const QStringList& arguments);
    QString errorFile() const { return m_fixture.home->filePath(QStringLiteral("stderr.txt")); }

    CliFixture m_fixture;
};

void CliTerminalTest::startAndAwaitPrompt(PseudoTerminal& terminal, const QStringList& arguments)
{
    QVERIFY(terminal.start(QStringLiteral(NOVAPOST_CLI_PATH), arguments, m_fixture.cli->environment(),
                           errorFile()));
    const bool prompted = QTest::qWaitFor([&] { return contents(errorFile()).contains(Prompt); }, 10000);
    QVERIFY2(prompted, contents(errorFile()).constData());
    // The prompt went to stderr, not to the terminal that stdout writes to.
    QVERIFY2(!terminal.screen().contains(Prompt), terminal.screen().constData());
    QVERIFY2(!terminal.echoOn(), terminal.sttyAll().constData());
}

void CliTerminalTest::setKeyPromptsAndHidesTheKey()
{
    PseudoTerminal terminal;
    startAndAwaitPrompt(terminal, {"set-key", "--phone", "+48 900 555 111"});
    if (QTest::currentTestFailed())
        return;
    QVERIFY(terminal.type(TypedKey + "\r"));
    QVERIFY(terminal.waitForExit(30000));
    // The keychain is unreachable here: the key was read, then refused by the missing keychain.
    QCOMPARE(terminal.exitCode(), 8);
    QVERIFY2(!terminal.screen().contains(TypedKey), terminal.screen().constData());
    QVERIFY2(!contents(errorFile()).contains(TypedKey), contents(errorFile()).constData());
    QVERIFY2(terminal.echoOn(), terminal.sttyAll().constData());
}

void CliTerminalTest::tokenApiKeyStdinHidesTheKey()
{
    m_fixture.server->addApiKey(QString::fromLatin1(TypedKey));
    PseudoTerminal terminal;
    startAndAwaitPrompt(terminal,
                        {"--base-url", m_fixture.server->baseUrl().toString(), "token", "--api-key-stdin"});
    if (QTest::currentTestFailed())
        return;
    QVERIFY(terminal.type(TypedKey + "\r"));
    QVERIFY(terminal.waitForExit(30000));
    QCOMPARE(terminal.exitCode(), 0);
    QCOMPARE(m_fixture.server->requestCount(), 1);
    const QByteArray screen = terminal.screen();
    QVERIFY2(!screen.contains(TypedKey), screen.constData());
    // The JWT, on stdout, is what the terminal shows.
    QVERIFY2(screen.trimmed().count('.') == 2, screen.constData());
    QVERIFY2(terminal.echoOn(), terminal.sttyAll().constData());
}

void CliTerminalTest::decodeHidesTheToken()
{
    const QByteArray jwt = novapost::test::FakeNovaPostServer::makeJwt(1000, 2000).toLatin1();
    PseudoTerminal terminal;
    startAndAwaitPrompt(terminal, {"decode"});
    if (QTest::currentTestFailed())
        return;
    QVERIFY(terminal.type(jwt + "\r"));
    QVERIFY(terminal.waitForExit(30000));
    QCOMPARE(terminal.exitCode(), 0);
    QVERIFY2(!terminal.screen().contains(jwt), terminal.screen().constData());
    QVERIFY2(terminal.echoOn(), terminal.sttyAll().constData());
}

void CliTerminalTest::interruptedPromptRestoresEcho_data()
{
    QTest::addColumn<QByteArray>("keys");
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("Ctrl+C typed") << QByteArray("\x03") << SIGINT;
    QTest::newRow("SIGINT sent") << QByteArray() << SIGINT;
    QTest::newRow("Ctrl+\\ typed") << QByteArray("\x1c") << SIGQUIT;
    QTest::newRow("SIGTERM sent") << QByteArray() << SIGTERM;
    QTest::newRow("SIGHUP sent") << QByteArray() << SIGHUP;
}

void CliTerminalTest::interruptedPromptRestoresEcho()
{
    QFETCH(QByteArray, keys);
    QFETCH(int, signalNumber);
    PseudoTerminal terminal;
    startAndAwaitPrompt(terminal, {"set-key", "--phone", "+48 900 555 111"});
    if (QTest::currentTestFailed())
        return;
    QVERIFY(terminal.type("half-typed"));
    if (keys.isEmpty())
        QVERIFY(terminal.signal(signalNumber));
    else
        QVERIFY(terminal.type(keys));
    QVERIFY(terminal.waitForExit(30000));
    // Ended by the signal, as the shell expects (130 for Ctrl+C), not by a normal exit.
    QCOMPARE(terminal.exitSignal(), signalNumber);
    QVERIFY2(!terminal.screen().contains("half-typed"), terminal.screen().constData());
    QVERIFY2(terminal.echoOn(), terminal.sttyAll().constData());
}

void CliTerminalTest::pipeGetsNoPrompt()
{
    // A script pipes the key in: no prompt, stderr holds only the outcome.
    const CliResult result = m_fixture.cli->run({"set-key", "--phone", "+48 900 555 111"}, TypedKey + "\n");
    QCOMPARE(result.exitCode, 8);
    QVERIFY2(!result.err.contains(Prompt), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);
}

QTEST_GUILESS_MAIN(CliTerminalTest)
#include "tst_cli_terminal.moc"
