// SPDX-License-Identifier: MIT
#include "Environment.h"

#include <QTest>

using novapost::Environment;
using novapost::EnvironmentKind;

class EnvironmentTest : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void ids();
    void endpoints();
    void normalizedBaseUrl_data();
    void normalizedBaseUrl();
    void overrideKeepsRules();
};

void EnvironmentTest::defaults()
{
    QCOMPARE(Environment(EnvironmentKind::Sandbox).baseUrl(), QUrl("https://api-stage.novapost.pl/v.1.0/"));
    QCOMPARE(Environment(EnvironmentKind::Production).baseUrl(), QUrl("https://api.novapost.com/v.1.0/"));
    QVERIFY(Environment(EnvironmentKind::Sandbox).allowsTestKeys());
    QVERIFY(!Environment(EnvironmentKind::Production).allowsTestKeys());
    QVERIFY(Environment(EnvironmentKind::Production).isProduction());
    QVERIFY(!Environment().isBaseUrlOverridden());
}

void EnvironmentTest::ids()
{
    QCOMPARE(Environment::kindFromId("sandbox"), EnvironmentKind::Sandbox);
    QCOMPARE(Environment::kindFromId(" Production "), EnvironmentKind::Production);
    QCOMPARE(Environment::kindFromId("prod"), EnvironmentKind::Production);
    QVERIFY(!Environment::kindFromId("staging-eu").has_value());
    QCOMPARE(Environment::idOf(EnvironmentKind::Production), QStringLiteral("production"));
}

void EnvironmentTest::endpoints()
{
    const Environment sandbox(EnvironmentKind::Sandbox);
    QCOMPARE(sandbox.endpoint("clients/authorization"),
             QUrl("https://api-stage.novapost.pl/v.1.0/clients/authorization"));
    QCOMPARE(sandbox.endpoint("test-api-keys"), QUrl("https://api-stage.novapost.pl/v.1.0/test-api-keys"));
}

void EnvironmentTest::normalizedBaseUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: refused

    QTest::newRow("with slash") << "https://proxy.example/v.1.0/"
                                << "https://proxy.example/v.1.0/";
    QTest::newRow("without slash") << "https://proxy.example/v.1.0"
                                   << "https://proxy.example/v.1.0/";
    QTest::newRow("many slashes") << "https://proxy.example/v.1.0///"
                                  << "https://proxy.example/v.1.0/";
    QTest::newRow("host only") << "https://proxy.example"
                               << "https://proxy.example/";
    QTest::newRow("upper-case scheme") << "HTTPS://proxy.example/api"
                                       << "https://proxy.example/api/";
    QTest::newRow("port") << "https://proxy.example:8443/v.1.0"
                          << "https://proxy.example:8443/v.1.0/";
    QTest::newRow("http loopback ip") << "http://127.0.0.1:8080/v.1.0"
                                      << "http://127.0.0.1:8080/v.1.0/";
    QTest::newRow("http loopback 127/8") << "http://127.1.2.3/v.1.0/"
                                         << "http://127.1.2.3/v.1.0/";
    QTest::newRow("http localhost") << "http://localhost:9/x"
                                    << "http://localhost:9/x/";
    QTest::newRow("http ipv6 loopback") << "http://[::1]:8080/"
                                        << "http://[::1]:8080/";
    QTest::newRow("http remote") << "http://api.novapost.com/v.1.0/"
                                 << "";
    QTest::newRow("http private range") << "http://192.168.1.10/v.1.0/"
                                        << "";
    QTest::newRow("no scheme") << "api.novapost.com/v.1.0/"
                               << "";
    QTest::newRow("ftp") << "ftp://api.novapost.com/"
                         << "";
    QTest::newRow("query") << "https://api.novapost.com/v.1.0/?a=b"
                           << "";
    QTest::newRow("fragment") << "https://api.novapost.com/v.1.0/#x"
                              << "";
    QTest::newRow("credentials") << "https://user:pw@api.novapost.com/"
                                 << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("spaces inside") << "https://api nova.com/"
                                   << "";
}

void EnvironmentTest::normalizedBaseUrl()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    QString error;
    const QUrl url = Environment::normalizedBaseUrl(input, &error);
    if (expected.isEmpty()) {
        QVERIFY2(url.isEmpty(), qPrintable(url.toString()));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error));
    } else {
        QCOMPARE(url.toString(), expected);
        QVERIFY(error.isEmpty());
    }
}

void EnvironmentTest::overrideKeepsRules()
{
    Environment production(EnvironmentKind::Production);
    QString error;
    production.setBaseUrlOverride(Environment::normalizedBaseUrl("http://127.0.0.1:1234/v.1.0", &error));
    QVERIFY(production.isBaseUrlOverridden());
    QCOMPARE(production.endpoint("clients/authorization"),
             QUrl("http://127.0.0.1:1234/v.1.0/clients/authorization"));
    QVERIFY(!production.allowsTestKeys());
    production.setBaseUrlOverride({});
    QCOMPARE(production.baseUrl(), QUrl("https://api.novapost.com/v.1.0/"));
}

QTEST_GUILESS_MAIN(EnvironmentTest)
#include "tst_environment.moc"
