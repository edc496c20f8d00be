// SPDX-License-Identifier: MIT
#pragma once

#include "FakeNovaPostServer.h"
#include "TestCertificates.h"

#include <QTemporaryDir>

namespace novapost::test {

/** @brief The fake server over HTTPS, with a fresh self-signed certificate for 127.0.0.1. */
class TlsTestServer
{
public:
    /** Generates the certificate and listens; false with a reason in @p error on failure. */
    bool start(QString* error);

    FakeNovaPostServer& server() { return m_server; }
    const TestCertificate& certificate() const { return *m_certificate; }

private:
    QTemporaryDir m_directory;
    std::optional<TestCertificate> m_certificate;
    FakeNovaPostServer m_server;
};

} // namespace novapost::test
