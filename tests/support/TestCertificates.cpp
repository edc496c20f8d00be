// SPDX-License-Identifier: MIT
#include "TestCertificates.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace novapost::test {

namespace {

std::optional<TestCertificate> fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

QByteArray readFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QByteArray data = file.readAll();
    if (data.isEmpty() && error)
        *error = QStringLiteral("%1 is empty").arg(path);
    return data;
}

} // namespace

std::optional<TestCertificate> generateSelfSignedCertificate(const QString& directory, QString* error)
{
    const QDir dir(directory);
    if (!dir.exists() && !QDir().mkpath(directory))
        return fail(error, QStringLiteral("cannot create directory %1").arg(directory));

    TestCertificate result;
    result.certificatePath = dir.absoluteFilePath(QStringLiteral("localhost-cert.pem"));
    result.keyPath = dir.absoluteFilePath(QStringLiteral("localhost-key.pem"));

    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    // Both DNS and IP in subjectAltName: a CN-only certificate fails hostname checks for 127.0.0.1.
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   result.keyPath, QStringLiteral("-out"), result.certificatePath, QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
    if (!openssl.waitForStarted(10000))
        return fail(error, QStringLiteral("cannot start openssl: %1").arg(openssl.errorString()));
    openssl.closeWriteChannel();
    if (!openssl.waitForFinished(60000)) {
        openssl.kill();
        openssl.waitForFinished(5000);
        return fail(error, QStringLiteral("openssl did not finish in time"));
    }
    const QString output = QString::fromLocal8Bit(openssl.readAll()).trimmed();
    if (openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0)
        return fail(error,
                    QStringLiteral("openssl failed (exit code %1): %2").arg(openssl.exitCode()).arg(output));

    const QByteArray certificatePem = readFile(result.certificatePath, error);
    if (certificatePem.isEmpty())
        return std::nullopt;
    const QByteArray keyPem = readFile(result.keyPath, error);
    if (keyPem.isEmpty())
        return std::nullopt;

    result.certificate = QSslCertificate(certificatePem, QSsl::Pem);
    if (result.certificate.isNull())
        return fail(error, QStringLiteral("cannot parse certificate %1").arg(result.certificatePath));
    result.key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (result.key.isNull())
        return fail(error, QStringLiteral("cannot parse private key %1").arg(result.keyPath));
    return result;
}

} // namespace novapost::test
