// SPDX-License-Identifier: MIT
// Where a key could leak out of a real running process: the CLI's stderr when a server echoes the
// key back in any spelling, and core dumps of either binary.
#include "ApiError.h"
#include "CliFixture.h"
#include "CliRunner.h"
#include "EchoedSecrets.h"
#include "ExitCode.h"
#include "FakeNovaPostServer.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <unistd.h>

using namespace novapost;
using novapost::test::AwkwardApiKey;
using novapost::test::CliFixture;
using novapost::test::CliResult;
using novapost::test::CliRunner;
using novapost::test::FakeNovaPostServer;
using novapost::test::HttpRequest;
using novapost::test::HttpResponse;

namespace {

constexpr uid_t NobodyId = 65534;

/** The soft and hard "Max core file size" of a running process, as /proc shows them. */
QByteArray coreLimitOf(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : limits.readAll().split('\n')) {
        if (line.startsWith("Max core file size"))
            return line.mid(int(qstrlen("Max core file size"))).simplified();
    }
    return {};
}

} // namespace

class LeaksTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void echoedKeyNeverReachesStderr_data();
    void echoedKeyNeverReachesStderr();
    void binariesCannotDumpCore_data();
    void binariesCannotDumpCore();

private:
    CliFixture m_fixture;
};

void LeaksTest::init()
{
    QVERIFY(m_fixture.start());
}

void LeaksTest::cleanup()
{
    m_fixture.stop();
}

void LeaksTest::echoedKeyNeverReachesStderr_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QString>("message");
    for (const auto& [name, text] : test::echoedSpellings(AwkwardApiKey))
        QTest::newRow(qPrintable(name)) << 401 << QByteArray() << text;
    QTest::newRow("all at once") << 401 << QByteArray() << [] {
        QStringList all;
        for (const auto& spelling : test::echoedSpellings(AwkwardApiKey))
            all.append(spelling.second.right(40));
        return all.join(QLatin1Char(' '));
    }();
    // Unknown statuses show the reason phrase, cut to 80 characters.
    QTest::newRow("reason phrase, across its cut")
        << 499 << QByteArray(60, 'r') + AwkwardApiKey.toUtf8() << QStringLiteral("no");
}

void LeaksTest::echoedKeyNeverReachesStderr()
{
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    QFETCH(QString, message);
    m_fixture.server->setHandler([&](const HttpRequest&) {
        HttpResponse response = HttpResponse::json(
            status,
            QJsonDocument(QJsonObject{{"errors", QJsonArray{message}}}).toJson(QJsonDocument::Compact));
        response.reason = reason;
        return response;
    });
    const CliResult result = m_fixture.cli->run(
        {"--base-url", m_fixture.server->baseUrl().toString(), "token", "--api-key-stdin", "--fresh"},
        AwkwardApiKey.toUtf8() + '\n');
    QVERIFY(result.finished);
    QCOMPARE(m_fixture.server->requestCount(), 1);
    QCOMPARE(result.exitCode, cli::exitCodeFor(ApiError::fromHttpStatus(status, {}, {}).kind()));
    QVERIFY(result.out.isEmpty());
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(test::longestLeakedRun(err, AwkwardApiKey) < 6, qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("***")), qPrintable(err));
}

void LeaksTest::binariesCannotDumpCore_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    // token --api-key-stdin waits for the key on stdin, which the test keeps open.
    QTest::newRow("novapost-jwt-cli")
        << QStringLiteral(NOVAPOST_CLI_PATH) << QStringList{"token", "--api-key-stdin"};
#ifdef NOVAPOST_GUI_PATH
    QTest::newRow("novapost-jwt") << QStringLiteral(NOVAPOST_GUI_PATH)
                                  << QStringList{"-platform", "offscreen"};
#endif
}

void LeaksTest::binariesCannotDumpCore()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);

    // Whether a process is dumpable shows in who owns its /proc entries: the process's own user
    // when it is, root when it is not. Root owns them either way for a root process, so as root
    // the binary runs as nobody.
    const bool asRoot = ::geteuid() == 0;
    QProcess process;
    QProcessEnvironment environment = m_fixture.cli->environment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(QStringLiteral("/"));
    if (asRoot) {
        process.setChildProcessModifier([] {
            if (::setgroups(0, nullptr) != 0 || ::setgid(NobodyId) != 0 || ::setuid(NobodyId) != 0)
                ::_exit(126);
        });
    }
    process.start(program, arguments);
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    auto stop = qScopeGuard([&] {
        process.kill();
        process.waitForFinished(5000);
    });
    const qint64 pid = process.processId();

    // The limit is set first thing in main(); before that the process is still the dynamic loader's.
    QDeadlineTimer deadline(10000);
    while (coreLimitOf(pid) != "0 0 bytes" && process.state() == QProcess::Running && !deadline.hasExpired())
        QTest::qWait(20);
    QVERIFY2(process.state() == QProcess::Running, process.readAllStandardError().constData());
    QCOMPARE(coreLimitOf(pid), QByteArray("0 0 bytes"));

    const QFileInfo status(QStringLiteral("/proc/%1/status").arg(pid));
    const uid_t processUser = asRoot ? NobodyId : ::geteuid();
    QVERIFY2(processUser != 0, "cannot tell a dumpable process from one that is not when it runs as root");
    QCOMPARE(status.ownerId(), 0u);
}

QTEST_GUILESS_MAIN(LeaksTest)
#include "tst_leaks.moc"
