// SPDX-License-Identifier: MIT
// The texts Token → Copy as… puts on the clipboard: the raw token, the header line, a curl command.
#include "CopyFormats.h"

#include <QTest>

using namespace novapost;

class TestCopyFormats : public QObject
{
    Q_OBJECT

private slots:
    void texts();
};

void TestCopyFormats::texts()
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

QTEST_GUILESS_MAIN(TestCopyFormats)
#include "tst_copyformats.moc"
