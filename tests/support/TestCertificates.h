// SPDX-License-Identifier: MIT
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

namespace novapost::test {

struct TestCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    QString certificatePath;
    QString keyPath;
};

// Creates a fresh self-signed certificate for localhost and 127.0.0.1 in `directory` using the openssl
// command-line tool. Returns std::nullopt and fills *error (when given) if that fails.
std::optional<TestCertificate> generateSelfSignedCertificate(const QString& directory, QString* error);

} // namespace novapost::test
