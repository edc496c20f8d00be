// SPDX-License-Identifier: MIT
// `novapost-jwt-cli --json keys` against the real Secret Service (the private test keyring of
// scripts/with-test-keyring.sh): the shape scripts rely on, as documented in the README.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using novapost::test::CliResult;
using novapost::test::CliRunner;

namespace {

// Names no other test uses: the keyring is shared by the tests that run at the same time.
const QString Phone = QStringLiteral("48900555777");
const QString Label = QStringLiteral("Json Shape Sp. z o.o.");

/** Where a JSON value is null, as "keys[0].key"; empty when none is. */
QStringList nullsIn(const QJsonValue& value, const QString& path)
{
    if (value.isNull())
        return {path};
    QStringList found;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            found += nullsIn(it.value(), path.isEmpty() ? it.key() : path + '.' + it.key());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            found += nullsIn(array.at(i), path + QStringLiteral("[%1]").arg(i));
    }
    return found;
}

} // namespace

class CliKeysTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonHasNoEmptyFields();
};

void CliKeysTest::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("NOVAPOST_TEST_SCRATCH")) {
        if (!qEnvironmentVariableIsEmpty("NOVAPOST_REQUIRE_KEYCHAIN"))
            QFAIL("The test keyring is missing: run through scripts/with-test-keyring.sh.");
        QSKIP("Needs the private test keyring (scripts/test.sh); never touches your own keyring.");
    }
}

void CliKeysTest::jsonHasNoEmptyFields()
{
    QTemporaryDir home;
    CliRunner cli(QStringLiteral(NOVAPOST_CLI_PATH));
    cli.isolateIn(home.path());

    CliResult result = cli.run({"--json", "keys"});
    QCOMPARE(result.exitCode, 0);
    QJsonObject listing = QJsonDocument::fromJson(result.out).object();
    QVERIFY2(nullsIn(listing, {}).isEmpty(), result.out.constData());
    QCOMPARE(listing.value("keys").toArray().size(), 0);
    QCOMPARE(listing.value("storage").toString(), QStringLiteral("keychain"));
    QVERIFY2(!listing.contains("lastPhone"), result.out.constData());

    QCOMPARE(cli.run({"set-key", "--phone", Phone}, "json-shape-sandbox-key\n").exitCode, 0);
    QCOMPARE(
        cli.run({"--env", "production", "set-key", "--key", Label}, "json-shape-production-key\n").exitCode,
        0);
    result = cli.run({"--json", "keys"});
    QCOMPARE(result.exitCode, 0);
    listing = QJsonDocument::fromJson(result.out).object();
    QVERIFY2(nullsIn(listing, {}).isEmpty(), qPrintable(nullsIn(listing, {}).join(", ") + "\n" + result.out));
    QCOMPARE(listing.value("lastPhone").toString(), Phone);
    const QJsonArray keys = listing.value("keys").toArray();
    QCOMPARE(keys.size(), 2);
    for (const QJsonValue& value : keys) {
        const QJsonObject entry = value.toObject();
        QVERIFY(entry.value("storedAt").isString());
        QVERIFY2(!entry.contains("lastUsedAt"), "no key has been used yet");
        if (entry.value("environment").toString() == QLatin1String("sandbox")) {
            QCOMPARE(entry.value("phone").toString(), Phone);
            QVERIFY2(!entry.contains("key") && !entry.contains("label"), result.out.constData());
        } else {
            QCOMPARE(entry.value("environment").toString(), QStringLiteral("production"));
            QCOMPARE(entry.value("label").toString(), Label);
            // The id that --key also accepts; never the key itself.
            QCOMPARE(entry.value("key").toString(), QStringLiteral("json-shape-sp-z-o-o"));
            QVERIFY2(!entry.contains("phone"), result.out.constData());
        }
    }
    QVERIFY(!result.out.contains("json-shape-sandbox-key"));
    QVERIFY(!result.out.contains("json-shape-production-key"));

    QCOMPARE(cli.run({"forget", "--phone", Phone}).exitCode, 0);
    QCOMPARE(cli.run({"--env", "production", "forget", "--key", Label}).exitCode, 0);
}

QTEST_GUILESS_MAIN(CliKeysTest)
#include "tst_cli_keys.moc"
