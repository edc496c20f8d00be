// SPDX-License-Identifier: MIT
#pragma once

#include "ApiReply.h"
#include "Clock.h"
#include "Defaults.h"
#include "Environment.h"

#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QSslCertificate>

class QNetworkAccessManager;

namespace novapost {

/**
 * @brief Asynchronous client for the two authentication routes of Nova Post API v.1.0.
 *
 * Each call names the environment it goes to and returns an ApiReply that emits finished() once.
 * TLS errors are never ignored; redirects are followed only within the same origin.
 */
class ApiClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = defaults::RequestTimeoutMs;

    explicit ApiClient(QNetworkAccessManager* network, QObject* parent = nullptr);

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    int timeoutMs() const { return m_timeoutMs; }
    /** Extra trusted CA certificates, added to the system ones (corporate proxies, test servers). */
    void setExtraCaCertificates(const QList<QSslCertificate>& certificates);
    /** The clock used to judge whether a received token is already expired; not owned. */
    void setClock(const Clock* clock) { m_clock = clock; }

    /** An apiKey we refuse to send (empty, control characters, too long), with the reason; else empty. */
    static QString apiKeyProblem(const QString& apiKey);
    /** @p url with the apiKey query value replaced by "***", for logs and messages. */
    static QUrl redacted(const QUrl& url);

    /** GET clients/authorization?apiKey=... */
    ApiReply* requestJwt(const Environment& environment, const QString& apiKey);
    /** POST test-api-keys with {"phone": digits}; refused without sending in production. */
    ApiReply* requestTestApiKey(const Environment& environment, const QString& phoneDigits);

signals:
    /** For a request log: emitted when a request is sent, with the apiKey already redacted. */
    void requestStarted(const QString& method, const QUrl& redactedUrl);
    /** Emitted once per request that was sent, after it finished (before the caller hears of it). */
    void requestFinished(novapost::ApiReply* reply);

private:
    QNetworkRequest buildRequest(const QUrl& url) const;
    void send(ApiReply* reply, const QString& method, const QUrl& url, const QString& secret,
              QNetworkReply* networkReply);

    QNetworkAccessManager* m_network;
    QList<QSslCertificate> m_extraCas;
    const Clock* m_clock;
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace novapost
