// SPDX-License-Identifier: MIT
#include "CopyFormats.h"

#include <QTest>

using namespace novapost;

class CopyFormatsTest : public QObject
{
    Q_OBJECT

private slots:
    void texts();
};

void CopyFormatsTest::texts()
{
    const QUrl base(QStringLiteral("https://api.novapost.com/v.1.0/"));
    QCOMPARE(CopyFormats::text(CopyFormats::Format::RawToken, QStringLiteral("a.b.c"), base),
             QStringLiteral("a.b.c"));
    QCOMPARE(CopyFormats::text(CopyFormats::Format::HeaderLine, QStringLiteral("a.b.c"), base),
             QStringLiteral("Authorization: a.b.c"));
    QCOMPARE(CopyFormats::text(CopyFormats::Format::CurlCommand, QStringLiteral("a.b.c"), base),
             QStringLiteral("curl -H 'Authorization: a.b.c' 'https://api.novapost.com/v.1.0/'"));
    QCOMPARE(CopyFormats::shellQuoted(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
    QCOMPARE(CopyFormats::allTexts(QStringLiteral("a.b.c"), base).size(), 3);
    QVERIFY(CopyFormats::allTexts(QString(), base).isEmpty());
}

QTEST_GUILESS_MAIN(CopyFormatsTest)
#include "tst_copyformats.moc"
