// SPDX-License-Identifier: MIT
#include "EchoedSecrets.h"
#include "SecretMasker.h"

#include <QTest>

using namespace novapost;
using novapost::test::AwkwardApiKey;
using novapost::test::echoedSpellings;
using novapost::test::longestLeakedRun;

class SecretMaskerTest : public QObject
{
    Q_OBJECT

private slots:
    void everySpellingIsMasked_data();
    void everySpellingIsMasked();
    void textWithoutSecretsIsUnchanged();
    void pieceOfALongKeyIsMasked();
    void shortSecretsOnlyWhole();
    void severalSecrets();
    void maskedLeftOfLongText();
};

void SecretMaskerTest::everySpellingIsMasked_data()
{
    QTest::addColumn<QString>("echoed");
    for (const auto& [name, text] : echoedSpellings(AwkwardApiKey))
        QTest::newRow(qPrintable(name)) << QStringLiteral("Unknown key <%1>, try again").arg(text);
}

void SecretMaskerTest::everySpellingIsMasked()
{
    QFETCH(QString, echoed);
    QVERIFY(longestLeakedRun(echoed, AwkwardApiKey) >= 20);
    const QString masked = SecretMasker({AwkwardApiKey}).mask(echoed);
    QVERIFY2(longestLeakedRun(masked, AwkwardApiKey) < 6, qPrintable(masked));
    QVERIFY2(masked.startsWith(QLatin1String("Unknown key <")) &&
                 masked.endsWith(QLatin1String("***>, try again")),
             qPrintable(masked));
}

void SecretMaskerTest::textWithoutSecretsIsUnchanged()
{
    const QString text =
        QStringLiteral("The server refused the request (HTTP 400): phone %2B49 is invalid. ÄÖÜ İ");
    QCOMPARE(SecretMasker({AwkwardApiKey, QStringLiteral("78b97003b587d7758bede604fd185e3e")}).mask(text),
             text);
    QCOMPARE(SecretMasker().mask(text), text);
}

void SecretMaskerTest::pieceOfALongKeyIsMasked()
{
    const QString key = QStringLiteral("78b97003b587d7758bede604fd185e3e");
    const SecretMasker masker({key});
    // A copy someone else cut short: twelve characters are enough to recognise it, in any case.
    QCOMPARE(masker.mask(QStringLiteral("key …") + key.mid(10, 12).toUpper() + QStringLiteral("…")),
             QStringLiteral("key …***…"));
    QCOMPARE(masker.mask(QStringLiteral("id ") + key.left(11)), QStringLiteral("id ") + key.left(11));
}

void SecretMaskerTest::shortSecretsOnlyWhole()
{
    const SecretMasker masker({QStringLiteral("k/y1"), QStringLiteral("abc")});
    QCOMPARE(masker.mask(QStringLiteral("k/y1 k%2Fy1 k%2fy1")), QStringLiteral("*** *** ***"));
    // Short ones are matched in their own case only, so ordinary words stay readable; under four
    // characters nothing is masked at all.
    QCOMPARE(masker.mask(QStringLiteral("K/Y1 abc")), QStringLiteral("K/Y1 abc"));
}

void SecretMaskerTest::severalSecrets()
{
    SecretMasker masker;
    QVERIFY(masker.isEmpty());
    masker.addSecret(QStringLiteral("  first-secret-value  "));
    SecretMasker other;
    other.addSecret(QStringLiteral("second-secret-value"));
    masker.addSecrets(other);
    QCOMPARE(masker.mask(QStringLiteral("a first-secret-value b second-secret-valuefirst-secret-value c")),
             QStringLiteral("a *** b *** c"));
}

void SecretMaskerTest::maskedLeftOfLongText()
{
    const SecretMasker masker({AwkwardApiKey});
    const QString encodedTwice = echoedSpellings(AwkwardApiKey).last().second;
    // A short text, and a key straddling the cut of a long one.
    QCOMPARE(masker.maskedLeft(QStringLiteral("ok ") + AwkwardApiKey, 500), QStringLiteral("ok ***"));
    const QString longText =
        QString(490, QLatin1Char('x')) + AwkwardApiKey + QString(1024 * 1024, QLatin1Char('y'));
    QCOMPARE(masker.maskedLeft(longText, 500),
             QString(490, QLatin1Char('x')) + QStringLiteral("***") + QString(7, QLatin1Char('y')));
    // Nothing but keys: whatever the window ends with, no piece of a key is left.
    QString keys;
    while (keys.size() < 100 * 1000)
        keys += encodedTwice + AwkwardApiKey.toLower();
    const QString masked = masker.maskedLeft(keys, 500);
    QVERIFY2(longestLeakedRun(masked, AwkwardApiKey) < 6, qPrintable(masked));
    QVERIFY(masked.startsWith(QLatin1String("***")));
}

QTEST_GUILESS_MAIN(SecretMaskerTest)
#include "tst_secretmasker.moc"
