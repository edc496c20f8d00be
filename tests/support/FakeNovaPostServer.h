// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QTcpServer;

namespace novapost::test {

struct HttpRequest
{
    QByteArray method; // "GET"
    QByteArray target; // raw request target, e.g. "/v.1.0/clients/authorization?apiKey=a%2Bb"
    QString path;      // percent-decoded path, e.g. "/v.1.0/clients/authorization"
    QUrlQuery query;   // parsed from target; '+' stays a literal '+'
    QMap<QByteArray, QByteArray> headers; // lower-case names; repeated headers are joined with ", "
    QByteArray body;
};

struct HttpResponse
{
    enum class Mode {
        Normal,
        Hang,     // read the request, never answer
        Trickle,  // status line + headers, then one body byte every trickleIntervalMs until the peer or
                  // the server goes away
        Truncate, // announce a Content-Length larger than the body, send the body, then close
        CloseImmediately, // close the connection without answering
        Endless,          // status line + headers, then a chunked body that never ends: the body repeated
                          // in 1 MiB chunks, written as fast as the peer takes them
    };

    int status = 200;
    QByteArray reason;                            // derived from status if empty
    QList<QPair<QByteArray, QByteArray>> headers; // Date, Content-Length and Connection: close are added
                                                  // unless present
    QByteArray body;
    Mode mode = Mode::Normal;
    int trickleIntervalMs = 50;
    int delayMs = 0;                 // wait this long before answering, like a server far away
    std::function<bool()> holdWhile; // a gate: no answer while this returns true (asked every 20 ms)

    static HttpResponse json(int status, const QByteArray& body);
    static HttpResponse text(int status, const QByteArray& body,
                             const QByteArray& contentType = "text/html; charset=utf-8");
    static HttpResponse redirect(int status, const QByteArray& location);

    // headers.append({"X", "y"}) is ambiguous for QList, hence this.
    HttpResponse& addHeader(const QByteArray& name, const QByteArray& value);
};

namespace detail {
class FakeConnection;
}

// An HTTP/1.1 server on 127.0.0.1 that imitates the Nova Post authentication routes. Everything is
// asynchronous: it only makes progress while the owning thread's event loop runs.
class FakeNovaPostServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeNovaPostServer(QObject* parent = nullptr);
    ~FakeNovaPostServer() override;

    bool listen(quint16 port = 0); // plain HTTP on 127.0.0.1
    bool listenTls(const QSslCertificate& cert, const QSslKey& key, quint16 port = 0);
    QString errorString() const; // why listen()/listenTls() failed
    QUrl baseUrl() const;        // http(s)://127.0.0.1:PORT/v.1.0/
    quint16 port() const;

    using Handler = std::function<HttpResponse(const HttpRequest&)>;
    void setHandler(Handler handler); // overrides everything; an empty handler restores the default behaviour

    void addApiKey(const QString& apiKey);
    void registerPhone(const QString& digits, const QString& apiKey);
    void setDailyLimit(bool enabled);
    void setJwtLifetimeSeconds(qint64 seconds); // default 3600
    void setNow(qint64 secsSinceEpoch);         // fixes iat/exp/Date for deterministic tests
    qint64 now() const;

    QList<HttpRequest> requests() const;
    int requestCount() const;
    void clearRequests();
    int openConnectionCount() const; // accepted connections not yet closed (Hang and Trickle keep theirs)

    // The built-in behaviour, usable from a custom handler that only wants to intercept some requests.
    HttpResponse defaultResponse(const HttpRequest& request);

    static QString makeJwt(const QJsonObject& payload);
    static QString makeJwt(qint64 issuedAt, qint64 expiresAt);
    static QByteArray httpDate(qint64 secsSinceEpoch); // RFC 7231 IMF-fixdate

signals:
    void requestReceived(const novapost::test::HttpRequest& request);

private:
    friend class detail::FakeConnection;

    bool startListening(QTcpServer* server, quint16 port);
    void acceptPendingConnections();
    HttpResponse dispatch(const HttpRequest& request);
    void connectionFinished(detail::FakeConnection* connection);

    QTcpServer* m_server = nullptr;
    bool m_tls = false;
    QString m_errorString;
    Handler m_handler;
    QSet<QString> m_apiKeys;
    QMap<QString, QString> m_phoneKeys;
    QSet<QString> m_issuedPhones;
    bool m_dailyLimit = false;
    qint64 m_jwtLifetimeSeconds = 3600;
    std::optional<qint64> m_fixedNow;
    QList<HttpRequest> m_requests;
    QSet<detail::FakeConnection*> m_connections;
};

} // namespace novapost::test

Q_DECLARE_METATYPE(novapost::test::HttpRequest)
