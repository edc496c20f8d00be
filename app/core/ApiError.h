// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace novapost {

/**
 * @brief Every way a request can fail, each with a sentence for people and a class for scripts.
 */
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(novapost::ApiError)

public:
    enum class Kind {
        None,
        /** Bad phone, empty key, production test key: nothing was sent. */
        InvalidInput,
        /** 401/403: the apiKey was refused. */
        AuthenticationRejected,
        /** Any other 4xx, including 429 and 422. */
        RequestRejected,
        /** 5xx, time-out, refused, reset, DNS. */
        ServiceUnavailable,
        TlsFailure,
        /** Not JSON, no/invalid jwt, truncated, too large, refused redirect. */
        MalformedResponse,
        KeychainFailure,
        Cancelled,
    };

    ApiError() = default;
    ApiError(Kind kind, QString message, int httpStatus = 0, QStringList serverMessages = {});

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    /** A whole sentence, including the server's own messages when there are any. */
    QString message() const { return m_message; }
    int httpStatus() const { return m_httpStatus; }
    QStringList serverMessages() const { return m_serverMessages; }
    /** Worth offering "Retry" for: network trouble and 5xx, not a refused key. */
    bool isRetryable() const;

    /**
     * Builds the error for an HTTP status with the messages found in the body. @p testKeyRequest
     * picks the test-key wording for 404, 409 and 429 (phone not registered, daily limit).
     */
    static ApiError fromHttpStatus(int status, const QString& reason, const QStringList& serverMessages,
                                   bool testKeyRequest = false);

private:
    Kind m_kind = Kind::None;
    QString m_message;
    int m_httpStatus = 0;
    QStringList m_serverMessages;
};

} // namespace novapost
