// SPDX-License-Identifier: MIT
#include "CaCertificateFile.h"

#include <QDir>
#include <QFile>

namespace novapost {

CaCertificateFile::Loaded CaCertificateFile::load(const QString& path)
{
    Loaded loaded;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.problem = Problem::Unreadable;
        loaded.fileError = file.errorString();
        loaded.message = tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return loaded;
    }
    loaded.certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (loaded.certificates.isEmpty()) {
        loaded.problem = Problem::NoCertificate;
        loaded.message = tr("The file %1 holds no PEM certificate (no “-----BEGIN CERTIFICATE-----” block).")
                             .arg(QDir::toNativeSeparators(path));
    }
    return loaded;
}

} // namespace novapost
