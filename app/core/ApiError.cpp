// SPDX-License-Identifier: MIT
#include "ApiError.h"

namespace novapost {

ApiError::ApiError(Kind kind, QString message, int httpStatus, QStringList serverMessages)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_httpStatus(httpStatus)
    , m_serverMessages(std::move(serverMessages))
{}

bool ApiError::isRetryable() const
{
    return m_kind == Kind::ServiceUnavailable || m_kind == Kind::MalformedResponse ||
           m_kind == Kind::Cancelled || m_kind == Kind::TlsFailure || m_kind == Kind::KeychainFailure;
}

namespace {

QString withServerMessages(const QString& sentence, const QStringList& serverMessages)
{
    if (serverMessages.isEmpty())
        return sentence;
    return ApiError::tr("%1 The server said: %2").arg(sentence, serverMessages.join(QLatin1String("; ")));
}

/** Sentences for the JWT route, where the test-key wording of 404 and 429 would mislead. */
QString authorizationSentence(int status)
{
    switch (status) {
    case 404:
        return ApiError::tr(
            "The server did not find the authorization route (HTTP 404). Check the server URL.");
    case 409:
        return ApiError::tr("The server reported a conflict and issued no JWT (HTTP 409). Try again in a "
                            "moment.");
    case 429:
        return ApiError::tr("Too many requests (HTTP 429). Wait a moment, then try again.");
    default:
        return {};
    }
}

QString sentenceForStatus(int status, const QString& reason, bool testKeyRequest)
{
    if (!testKeyRequest) {
        if (const QString sentence = authorizationSentence(status); !sentence.isEmpty())
            return sentence;
    }
    switch (status) {
    case 400:
        return ApiError::tr("The server refused the request as invalid (HTTP 400).");
    case 401:
        return ApiError::tr("The server did not accept the apiKey (HTTP 401). Check that it is complete and "
                            "belongs to this environment.");
    case 403:
        return ApiError::tr("The apiKey is not allowed to do this (HTTP 403).");
    case 404:
        return ApiError::tr(
            "The server did not find what was asked for (HTTP 404). For a test key, the phone "
            "must be registered on my.novapost.com.");
    case 409:
        return ApiError::tr("Several Nova Post clients share this phone number (HTTP 409); ask your manager "
                            "which one to use.");
    case 422:
        return ApiError::tr("The server could not process the request (HTTP 422).");
    case 429:
        return ApiError::tr("Too many requests (HTTP 429): Nova Post allows one test key request a day per "
                            "phone. Try again tomorrow.");
    case 503:
        return ApiError::tr("The Nova Post service is unavailable right now (HTTP 503). Try again in a "
                            "moment.");
    default:
        break;
    }
    const QString label =
        reason.isEmpty() ? QString::number(status) : QStringLiteral("%1 %2").arg(status).arg(reason);
    if (status >= 500)
        return ApiError::tr("The Nova Post service failed (HTTP %1). Try again in a moment.").arg(label);
    if (status >= 400)
        return ApiError::tr("The server refused the request (HTTP %1).").arg(label);
    return ApiError::tr("The server answered with an unexpected status (HTTP %1).").arg(label);
}

} // namespace

ApiError ApiError::fromHttpStatus(int status, const QString& reason, const QStringList& serverMessages,
                                  bool testKeyRequest)
{
    Kind kind = Kind::MalformedResponse;
    if (status == 401 || status == 403)
        kind = Kind::AuthenticationRejected;
    else if (status >= 400 && status < 500)
        kind = Kind::RequestRejected;
    else if (status >= 500)
        kind = Kind::ServiceUnavailable;
    return ApiError(kind,
                    withServerMessages(sentenceForStatus(status, reason, testKeyRequest), serverMessages),
                    status, serverMessages);
}

} // namespace novapost
