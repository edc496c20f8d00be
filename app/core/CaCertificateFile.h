// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace novapost {

/**
 * @brief Extra trusted CA certificates read from a PEM file, for corporate TLS proxies and test
 * servers; the window and the CLI (--ca-file) read them the same way.
 */
class CaCertificateFile
{
    Q_DECLARE_TR_FUNCTIONS(novapost::CaCertificateFile)

public:
    enum class Problem {
        None,
        /** The file does not exist or cannot be opened. */
        Unreadable,
        /** The file was read but holds no "-----BEGIN CERTIFICATE-----" block. */
        NoCertificate,
    };

    struct Loaded
    {
        QList<QSslCertificate> certificates;
        Problem problem = Problem::None;
        /** Why the file could not be opened, from the system ("No such file or directory"). */
        QString fileError;
        /** A sentence for people naming the file and what is wrong; empty without a problem. */
        QString message;
        bool ok() const { return problem == Problem::None; }
    };

    /** Reads the certificates in the PEM file at @p path. */
    static Loaded load(const QString& path);
};

} // namespace novapost
