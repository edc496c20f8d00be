// SPDX-License-Identifier: MIT
#include "TlsTestServer.h"

namespace novapost::test {

bool TlsTestServer::start(QString* error)
{
    m_certificate = generateSelfSignedCertificate(m_directory.path(), error);
    if (!m_certificate)
        return false;
    if (!m_server.listenTls(m_certificate->certificate, m_certificate->key)) {
        *error = m_server.errorString();
        return false;
    }
    return true;
}

} // namespace novapost::test
