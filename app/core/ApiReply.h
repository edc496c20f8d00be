// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"
#include "Clock.h"
#include "JwtToken.h"
#include "SecretMasker.h"
#include "TestApiKey.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkReply;
class QTimer;

namespace novapost {

/**
 * @brief One request to the API. Emits finished() exactly once, then the caller deleteLater()s it.
 */
class ApiReply : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Jwt, TestKey };

    ~ApiReply() override;

    Operation operation() const { return m_operation; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    ApiError error() const { return m_error; }

    /** For Operation::Jwt. */
    JwtToken token() const { return m_token; }
    /** For Operation::TestKey. */
    TestApiKey testApiKey() const { return m_testApiKey; }
    /** The server's Date header, when it sent one; lets callers notice a wrong local clock. */
    std::optional<QDateTime> serverDate() const { return m_serverDate; }
    /** Server time minus local time when the answer arrived, from the Date header (0 without one). */
    qint64 clockOffsetSeconds() const { return m_clockOffsetSeconds; }
    /** The Date header has one-second resolution: smaller differences are noise, not a wrong clock. */
    static constexpr qint64 ClockSkewToleranceSeconds = 5;
    /** clockOffsetSeconds(), or 0 when within the tolerance: the offset worth correcting for. */
    qint64 significantClockOffsetSeconds() const
    {
        return qAbs(m_clockOffsetSeconds) > ClockSkewToleranceSeconds ? m_clockOffsetSeconds : 0;
    }
    int httpStatus() const { return m_httpStatus; }
    qint64 elapsedMs() const { return m_elapsedMs; }
    /** "GET" or "POST", and the URL with the apiKey replaced by "***": safe to log. */
    QString method() const { return m_method; }
    QUrl redactedUrl() const { return m_redactedUrl; }
    /** Knows the apiKey this request sent, to mask it in anything else shown about the request. */
    const SecretMasker& secretMasker() const { return m_masker; }

    /** What Qt may buffer for us before it stops reading from the network. */
    static constexpr qint64 ReadBufferBytes = 64 * 1024;

    /** Stops the request; finished() follows with Kind::Cancelled unless already finished. */
    void cancel();

signals:
    void finished();

private:
    friend class ApiClient;
    ApiReply(Operation operation, const Clock* clock, QObject* parent);

    void attach(QNetworkReply* reply, int timeoutMs);
    void failLater(const ApiError& error);
    void onReadyRead();
    void onNetworkFinished();
    void onTimeout();
    void finish(const ApiError& error);
    void abortWith(const ApiError& error);
    ApiError classifyNetworkError() const;
    ApiError interpretSuccessBody(const QByteArray& body);

    Operation m_operation;
    QString m_method;
    QUrl m_redactedUrl;
    /** Masks the apiKey in error messages, in case a server echoes it back. */
    SecretMasker m_masker;
    const Clock* m_clock;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_deadline = nullptr;
    QByteArray m_body;
    ApiError m_error;
    ApiError m_abortReason;
    JwtToken m_token;
    TestApiKey m_testApiKey;
    std::optional<QDateTime> m_serverDate;
    QStringList m_tlsErrors;
    int m_httpStatus = 0;
    qint64 m_clockOffsetSeconds = 0;
    QElapsedTimer m_elapsed;
    qint64 m_elapsedMs = 0;
    bool m_finished = false;
};

} // namespace novapost
