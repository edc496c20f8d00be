// SPDX-License-Identifier: MIT
#include "AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

namespace novapost {

bool AppSettings::homeUnknown()
{
#ifdef Q_OS_UNIX
    // Qt then puts the settings under "/" (QDir::homePath() falls back to the root folder).
    return qEnvironmentVariableIsEmpty("HOME") && qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME");
#else
    return false;
#endif
}

std::unique_ptr<QSettings> AppSettings::open()
{
    if (homeUnknown()) {
        // A path below a regular file can never be created, not even by root: reads find nothing,
        // writes fail and are reported (writeProblem()), and nothing lands in "/.config".
        return std::make_unique<QSettings>(QStringLiteral("/dev/null/novapost-jwt/novapost-jwt.ini"),
                                           QSettings::IniFormat);
    }
    // Named explicitly so the CLI and the window share one file whatever their application names.
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                       QString::fromLatin1(OrganizationName),
                                       QString::fromLatin1(ApplicationName));
}

QString AppSettings::problemText(const QSettings& settings)
{
    if (homeUnknown())
        return tr("The settings file could not be written because neither HOME nor XDG_CONFIG_HOME is set. "
                  "Set HOME to your home folder, then try again.");
    return tr("The settings file %1 could not be written. Make sure you can write to it and to its folder "
              "and that the disk is not full, then try again.")
        .arg(QDir::toNativeSeparators(settings.fileName()));
}

QString AppSettings::writeProblem(const QSettings& settings)
{
    if (homeUnknown())
        return problemText(settings);
    const QFileInfo file(settings.fileName());
    const QString folder = file.absolutePath();
    // QSettings replaces the file through a temporary one beside it, so the folder must take new files.
    bool writable = QDir().mkpath(folder);
    if (writable) {
        QTemporaryFile probe(folder + QStringLiteral("/.write-check-XXXXXX"));
        writable = probe.open();
    }
    if (writable && file.exists()) {
        QFile existing(file.absoluteFilePath());
        writable = existing.open(QIODevice::ReadWrite);
    }
    return writable ? QString() : problemText(settings);
}

QString AppSettings::syncProblem(QSettings& settings)
{
    settings.sync();
    return settings.status() == QSettings::NoError ? QString() : problemText(settings);
}

} // namespace novapost
