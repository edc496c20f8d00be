// SPDX-License-Identifier: MIT
#include "ApiReply.h"

#include "ResponseParser.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

Q_LOGGING_CATEGORY(lcApiReply, "novapost.api.reply", QtWarningMsg)

namespace novapost {

namespace {

QString hostOf(const QNetworkReply* reply)
{
    return reply->request().url().host();
}

bool looksLikeHtml(const QNetworkReply* reply, const QByteArray& body)
{
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    return type.contains(QLatin1String("html"), Qt::CaseInsensitive) || body.trimmed().startsWith("<");
}

/** @p error without any secret of @p masker, in case a server echoed the key back. */
ApiError maskedError(const ApiError& error, const SecretMasker& masker)
{
    QStringList serverMessages = error.serverMessages();
    for (QString& message : serverMessages)
        message = masker.mask(message);
    return ApiError(error.kind(), masker.mask(error.message()), error.httpStatus(), serverMessages);
}

} // namespace

ApiReply::ApiReply(Operation operation, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_operation(operation)
    , m_clock(clock)
{
    m_elapsed.start();
}

ApiReply::~ApiReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiReply::attach(QNetworkReply* reply, int timeoutMs)
{
    m_reply = reply;
    // Qt stops reading from the socket while this much is unread, so a server sending without end
    // costs at most the cap plus this buffer, not whatever arrives before we get to abort.
    reply->setReadBufferSize(ReadBufferBytes);
    connect(reply, &QNetworkReply::readyRead, this, &ApiReply::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiReply::onNetworkFinished);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > ResponseParser::MaximumBodyBytes)
            abortWith(ApiError(ApiError::Kind::MalformedResponse,
                               tr("The server's answer is larger than %1 KiB; it was not read.")
                                   .arg(ResponseParser::MaximumBodyBytes / 1024)));
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Recorded for the message only: TLS errors are never ignored.
        for (const QSslError& error : errors)
            m_tlsErrors.append(error.errorString());
    });

    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &ApiReply::onTimeout);
    m_deadline->start(timeoutMs);
}

void ApiReply::failLater(const ApiError& error)
{
    QTimer::singleShot(0, this, [this, error] { finish(error); });
}

void ApiReply::cancel()
{
    if (m_finished)
        return;
    const ApiError cancelled(ApiError::Kind::Cancelled, tr("The request was cancelled."));
    if (m_reply)
        abortWith(cancelled);
    else
        finish(cancelled);
}

void ApiReply::onReadyRead()
{
    if (!m_reply || !m_reply->isOpen())
        return;
    // One byte over the cap is enough to know the answer is too large.
    m_body += m_reply->read(ResponseParser::MaximumBodyBytes + 1 - m_body.size());
    if (m_body.size() > ResponseParser::MaximumBodyBytes)
        abortWith(ApiError(ApiError::Kind::MalformedResponse,
                           tr("The server's answer is larger than %1 KiB; it was not read.")
                               .arg(ResponseParser::MaximumBodyBytes / 1024)));
}

void ApiReply::onTimeout()
{
    const int seconds = qMax(1, (m_deadline->interval() + 999) / 1000);
    abortWith(ApiError(ApiError::Kind::ServiceUnavailable,
                       tr("No complete answer from %1 within %n second(s).", "", seconds)
                           .arg(m_reply ? hostOf(m_reply) : QString())));
}

void ApiReply::abortWith(const ApiError& error)
{
    if (m_finished || m_abortReason.isError())
        return;
    m_abortReason = error;
    if (m_reply)
        m_reply->abort(); // emits finished(), which reports m_abortReason
    else
        finish(error);
}

void ApiReply::onNetworkFinished()
{
    if (!m_reply || m_finished)
        return;
    if (m_abortReason.isError()) {
        finish(m_abortReason);
        return;
    }
    onReadyRead();
    if (m_abortReason.isError()) {
        finish(m_abortReason);
        return;
    }

    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // HTTP dates end in "GMT", which Qt's RFC 2822 parser does not take; it does take "+0000".
    QString dateHeader = QString::fromLatin1(m_reply->rawHeader("Date")).trimmed();
    if (dateHeader.endsWith(QLatin1String(" GMT")))
        dateHeader = dateHeader.chopped(4) + QLatin1String(" +0000");
    const QDateTime serverDate = QDateTime::fromString(dateHeader, Qt::RFC2822Date);
    if (serverDate.isValid()) {
        m_serverDate = serverDate.toUTC();
        m_clockOffsetSeconds = m_clock->now().secsTo(*m_serverDate);
    }

    const QNetworkReply::NetworkError networkError = m_reply->error();
    const bool hasStatus = m_httpStatus > 0;
    // A 1xx (such as 103 Early Hints) is never the answer itself. Qt 6.8 reads past it and reports
    // the connection closed; Qt 6.4 hands it over as if it were final. Either way no answer came.
    if (m_httpStatus >= 100 && m_httpStatus < 200) {
        finish(ApiError(ApiError::Kind::ServiceUnavailable,
                        tr("%1 closed the connection without answering.").arg(hostOf(m_reply))));
        return;
    }
    if (networkError == QNetworkReply::InsecureRedirectError ||
        networkError == QNetworkReply::TooManyRedirectsError || (m_httpStatus >= 300 && m_httpStatus < 400)) {
        const QString target = m_reply->header(QNetworkRequest::LocationHeader).toUrl().host();
        finish(
            ApiError(ApiError::Kind::MalformedResponse,
                     tr("The server redirected the request elsewhere (%1); for safety the redirect was not "
                        "followed. Check the server URL.")
                         .arg(target.isEmpty() ? QString::number(m_httpStatus) : target),
                     m_httpStatus));
        return;
    }
    if (hasStatus && m_httpStatus >= 400) {
        // Masked before anything is cut short, so no part of a key is left over.
        const QString reason =
            m_masker.mask(m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
        finish(ApiError::fromHttpStatus(m_httpStatus, reason.left(80),
                                        ResponseParser::errorMessages(m_body, m_masker),
                                        m_operation == Operation::TestKey));
        return;
    }
    if (networkError != QNetworkReply::NoError) {
        finish(classifyNetworkError());
        return;
    }
    finish(interpretSuccessBody(m_body));
}

ApiError ApiReply::classifyNetworkError() const
{
    const QString host = hostOf(m_reply);
    switch (m_reply->error()) {
    case QNetworkReply::SslHandshakeFailedError: {
        const QString details =
            m_tlsErrors.isEmpty() ? m_reply->errorString() : m_tlsErrors.join(QLatin1String("; "));
        return ApiError(ApiError::Kind::TlsFailure,
                        tr("The secure connection to %1 could not be verified: %2. If a corporate proxy "
                           "inspects HTTPS, add its CA certificate.")
                            .arg(host, details));
    }
    case QNetworkReply::ConnectionRefusedError:
        return ApiError(ApiError::Kind::ServiceUnavailable, tr("%1 refused the connection.").arg(host));
    case QNetworkReply::HostNotFoundError:
        return ApiError(
            ApiError::Kind::ServiceUnavailable,
            tr("The server name %1 could not be found. Check your internet connection.").arg(host));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return ApiError(ApiError::Kind::ServiceUnavailable, tr("The connection to %1 timed out.").arg(host));
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return ApiError(ApiError::Kind::ServiceUnavailable,
                        tr("The proxy server failed: %1.").arg(m_reply->errorString()));
    case QNetworkReply::RemoteHostClosedError:
        if (m_httpStatus > 0)
            return ApiError(ApiError::Kind::MalformedResponse,
                            tr("The server's answer was cut off before it was complete."), m_httpStatus);
        return ApiError(ApiError::Kind::ServiceUnavailable,
                        tr("%1 closed the connection without answering.").arg(host));
    default:
        break;
    }
    if (m_httpStatus > 0 || m_reply->error() == QNetworkReply::ProtocolFailure)
        return ApiError(ApiError::Kind::MalformedResponse,
                        tr("The server's answer could not be read: %1.").arg(m_reply->errorString()),
                        m_httpStatus);
    return ApiError(ApiError::Kind::ServiceUnavailable,
                    tr("The connection to %1 failed: %2.").arg(host, m_reply->errorString()));
}

ApiError ApiReply::interpretSuccessBody(const QByteArray& body)
{
    if (m_httpStatus != 200 && m_httpStatus != 201)
        return ApiError::fromHttpStatus(m_httpStatus, QString(), {}, m_operation == Operation::TestKey);

    QString problem;
    if (m_operation == Operation::TestKey) {
        if (auto key = ResponseParser::testApiKeyFromBody(body, &problem)) {
            m_testApiKey = *key;
            return {};
        }
    } else {
        const QString raw = ResponseParser::jwtFromBody(body, &problem);
        if (!raw.isEmpty()) {
            JwtToken token = JwtToken::decode(raw);
            if (!token.isValid())
                return ApiError(
                    ApiError::Kind::MalformedResponse,
                    tr("The server sent something that is not a valid JWT: %1").arg(token.errorMessage()),
                    m_httpStatus);
            const QDateTime serverNow = m_serverDate.value_or(m_clock->now());
            if (token.isExpiredAt(serverNow))
                return ApiError(ApiError::Kind::MalformedResponse,
                                tr("The server sent a token that had already expired (at %1 UTC).")
                                    .arg(token.expiresAt()->toString(Qt::ISODate)),
                                m_httpStatus);
            m_token = token;
            return {};
        }
    }
    if (looksLikeHtml(m_reply, body))
        problem =
            tr("The server sent a web page instead of JSON; a proxy or captive portal may be in the way.");
    return ApiError(ApiError::Kind::MalformedResponse, problem, m_httpStatus);
}

void ApiReply::finish(const ApiError& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = maskedError(error, m_masker);
    m_elapsedMs = m_elapsed.elapsed();
    if (m_deadline)
        m_deadline->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    // Only the redacted URL: QT_LOGGING_RULES="novapost.*.debug=true" must never print a secret.
    qCDebug(lcApiReply).noquote() << m_method << m_redactedUrl.toString() << "status" << m_httpStatus
                                  << "kind" << int(m_error.kind()) << m_elapsedMs << "ms";
    emit finished();
}

} // namespace novapost
