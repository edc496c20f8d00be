// SPDX-License-Identifier: MIT
#include "CopyFormats.h"

#include "FakeNovaPostServer.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace novapost;

class CopyFormatsTest : public QObject
{
    Q_OBJECT

private slots:
    void texts();
    void curlCommandRunsAsPasted();
};

void CopyFormatsTest::texts()
{
    const QUrl base(QStringLiteral("https://api.novapost.com/v.1.0/"));
    QCOMPARE(CopyFormats::text(CopyFormats::Format::RawToken, QStringLiteral("a.b.c"), base),
             QStringLiteral("a.b.c"));
    QCOMPARE(CopyFormats::text(CopyFormats::Format::HeaderLine, QStringLiteral("a.b.c"), base),
             QStringLiteral("Authorization: a.b.c"));
    QCOMPARE(CopyFormats::text(CopyFormats::Format::CurlCommand, QStringLiteral("a.b.c"), base),
             QStringLiteral("curl -H 'Authorization: a.b.c' "
                            "'https://api.novapost.com/v.1.0/divisions?countryCodes%5B%5D=UA&limit=1'"));
    QCOMPARE(CopyFormats::shellQuoted(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
    QCOMPARE(CopyFormats::allTexts(QStringLiteral("a.b.c"), base).size(), 3);
    QVERIFY(CopyFormats::allTexts(QString(), base).isEmpty());
}

void CopyFormatsTest::curlCommandRunsAsPasted()
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QSKIP("curl is not installed");
    test::FakeNovaPostServer server;
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    const QString jwt = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln");
    const QString command = CopyFormats::text(CopyFormats::Format::CurlCommand, jwt, server.baseUrl());

    // Pasted into a shell as it is; -s only keeps the progress meter out of the test log.
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"), command + QStringLiteral(" -s -o /dev/null")});
    QTRY_VERIFY_WITH_TIMEOUT(shell.state() == QProcess::NotRunning, 20000);
    QCOMPARE(shell.exitStatus(), QProcess::NormalExit);
    QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());

    QCOMPARE(server.requestCount(), 1);
    const test::HttpRequest request = server.requests().constFirst();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QStringLiteral("/v.1.0/divisions"));
    QCOMPARE(request.target, QByteArray("/v.1.0/divisions?countryCodes%5B%5D=UA&limit=1"));
    QCOMPARE(request.headers.value("authorization"), jwt.toUtf8());
}

QTEST_GUILESS_MAIN(CopyFormatsTest)
#include "tst_copyformats.moc"
