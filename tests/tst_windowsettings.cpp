// SPDX-License-Identifier: MIT
// WindowSettings: the window's and the tray's choices, read from a settings file as earlier versions
// wrote it, written back without disturbing what the CLI keeps in the same file.
#include "WindowSettings.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace novapost::gui;

namespace {

/**
 * A settings file as the previous window left it (QSettings' INI format, the keys it used), with
 * the entries the CLI and the key store share beside them.
 */
const char* const PreviousVersionFile = R"([General]
environment=production
language=de

[clipboard]
clearAfterSeconds=120

[features]
autoRenew=true
autoRenewMinutes=10
keepInTray=true
notifyBeforeExpiry=false

[network]
extraCaFile=/etc/ssl/corporate-ca.pem

[production]
lastKey=acme-sp-z-o-o

[keys]
production\acme-sp-z-o-o\label=Acme Sp. z o.o.
sandbox\498213437654\requestedAt=2025-09-01T10:00:00Z

[sandbox]
lastPhone=498213437654

[window]
geometry=@ByteArray(\x1\xd9\xd0\xcb\0\x3\0\0)
)";

} // namespace

class TestWindowSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void previousVersionFile_keepsEveryChoice();
    void emptyFile_givesDefaults();
    void valuesOutOfRange_readAsDefaults();
    void changes_areWrittenAndAnnouncedOnce();

private:
    QString writeFile(const QByteArray& text);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestWindowSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestWindowSettings::cleanup()
{
    m_dir.reset();
}

QString TestWindowSettings::writeFile(const QByteArray& text)
{
    const QString path = m_dir->filePath(QStringLiteral("novapost-jwt.ini"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(text);
    return path;
}

void TestWindowSettings::previousVersionFile_keepsEveryChoice()
{
    const QString path = writeFile(PreviousVersionFile);
    QSettings file(path, QSettings::IniFormat);
    WindowSettings settings(&file);
    QVERIFY(settings.autoRenew());
    QCOMPARE(settings.renewLeadMinutes(), 10);
    QVERIFY(!settings.notifyBeforeExpiry());
    QVERIFY(settings.keepInTray());
    QCOMPARE(settings.clipboardClearSeconds(), 120);
    QCOMPARE(settings.language(), QStringLiteral("de"));
    QCOMPARE(settings.extraCaFile(), QStringLiteral("/etc/ssl/corporate-ca.pem"));
    QCOMPARE(settings.windowGeometry(), QByteArray("\x01\xd9\xd0\xcb\x00\x03\x00\x00", 8));

    // A change leaves everything else in the file as it was.
    settings.setAutoRenew(false);
    QSettings reread(path, QSettings::IniFormat);
    QCOMPARE(reread.value(QStringLiteral("features/autoRenew")).toBool(), false);
    QCOMPARE(reread.value(QStringLiteral("features/autoRenewMinutes")).toInt(), 10);
    QCOMPARE(reread.value(QStringLiteral("environment")).toString(), QStringLiteral("production"));
    QCOMPARE(reread.value(QStringLiteral("sandbox/lastPhone")).toString(), QStringLiteral("498213437654"));
    QCOMPARE(reread.value(QStringLiteral("production/lastKey")).toString(), QStringLiteral("acme-sp-z-o-o"));
    QCOMPARE(reread.value(QStringLiteral("network/extraCaFile")).toString(),
             QStringLiteral("/etc/ssl/corporate-ca.pem"));
    QCOMPARE(reread.value(QStringLiteral("language")).toString(), QStringLiteral("de"));
    QCOMPARE(reread.value(QStringLiteral("keys/production/acme-sp-z-o-o/label")).toString(),
             QStringLiteral("Acme Sp. z o.o."));
    QCOMPARE(reread.value(QStringLiteral("keys/sandbox/498213437654/requestedAt")).toString(),
             QStringLiteral("2025-09-01T10:00:00Z"));
}

void TestWindowSettings::emptyFile_givesDefaults()
{
    QSettings file(writeFile(QByteArray()), QSettings::IniFormat);
    WindowSettings settings(&file);
    QVERIFY(!settings.autoRenew());
    QCOMPARE(settings.renewLeadMinutes(), 5);
    QVERIFY(settings.notifyBeforeExpiry());
    QVERIFY(!settings.keepInTray());
    QCOMPARE(settings.clipboardClearSeconds(), 60);
    QCOMPARE(settings.language(), QString());
    QCOMPARE(settings.extraCaFile(), QString());
    QVERIFY(settings.windowGeometry().isEmpty());
    QCOMPARE(WindowSettings::renewLeadChoices(), (QList<int>{1, 2, 5, 10}));
    QCOMPARE(WindowSettings::languageChoices().mid(0, 2), (QStringList{QString(), QStringLiteral("en")}));
}

void TestWindowSettings::valuesOutOfRange_readAsDefaults()
{
    QSettings file(writeFile("[features]\nautoRenewMinutes=7\n[clipboard]\nclearAfterSeconds=abc\n"
                             "[General]\nlanguage=xx\n"),
                   QSettings::IniFormat);
    WindowSettings settings(&file);
    QCOMPARE(settings.renewLeadMinutes(), 5);
    QCOMPARE(settings.clipboardClearSeconds(), 60);
    QCOMPARE(settings.language(), QString());
    // Choices outside the offered ones are not taken.
    QSignalSpy changed(&settings, &WindowSettings::changed);
    settings.setRenewLeadMinutes(3);
    settings.setClipboardClearSeconds(45);
    settings.setLanguage(QStringLiteral("xx"));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(file.value(QStringLiteral("features/autoRenewMinutes")).toInt(), 7);
}

void TestWindowSettings::changes_areWrittenAndAnnouncedOnce()
{
    const QString path = writeFile(QByteArray());
    QSettings file(path, QSettings::IniFormat);
    WindowSettings settings(&file);
    QSignalSpy changed(&settings, &WindowSettings::changed);

    settings.setAutoRenew(true);
    settings.setAutoRenew(true); // unchanged: not announced again
    settings.setRenewLeadMinutes(2);
    settings.setNotifyBeforeExpiry(false);
    settings.setKeepInTray(true);
    settings.setClipboardClearSeconds(0);
    settings.setLanguage(QStringLiteral("pl"));
    settings.setExtraCaFile(QStringLiteral("/tmp/ca.pem"));
    QCOMPARE(changed.count(), 7);
    settings.setWindowGeometry(QByteArray("geometry"));
    QCOMPARE(changed.count(), 7); // geometry is nobody's choice to follow

    // Already in the file, as another process (or the next start) reads it.
    QSettings reread(path, QSettings::IniFormat);
    WindowSettings again(&reread);
    QVERIFY(again.autoRenew());
    QCOMPARE(again.renewLeadMinutes(), 2);
    QVERIFY(!again.notifyBeforeExpiry());
    QVERIFY(again.keepInTray());
    QCOMPARE(again.clipboardClearSeconds(), 0);
    QCOMPARE(again.language(), QStringLiteral("pl"));
    QCOMPARE(again.extraCaFile(), QStringLiteral("/tmp/ca.pem"));
    QCOMPARE(again.windowGeometry(), QByteArray("geometry"));

    settings.setExtraCaFile(QString());
    QCOMPARE(changed.count(), 8);
    QVERIFY(!QSettings(path, QSettings::IniFormat).contains(QStringLiteral("network/extraCaFile")));
}

QTEST_GUILESS_MAIN(TestWindowSettings)
#include "tst_windowsettings.moc"
