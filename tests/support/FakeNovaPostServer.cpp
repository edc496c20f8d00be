// SPDX-License-Identifier: MIT
#include "FakeNovaPostServer.h"
#include "UtcTime.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <array>
#include <exception>
#include <utility>

namespace novapost::test {

namespace {

// Large enough for any sane test request, small enough that a runaway client cannot eat the test's memory.
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qint64 kMaxBodyBytes = 16 * 1024 * 1024;
// How many bytes a Truncate response promises but never sends.
constexpr qint64 kTruncateShortfall = 64;
constexpr qsizetype kEndlessChunkBytes = 1024 * 1024;

const QString kAuthorizationPath = QStringLiteral("/v.1.0/clients/authorization");
const QString kTestApiKeysPath = QStringLiteral("/v.1.0/test-api-keys");

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 418:
        return "I'm a teapot";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(const QByteArray& s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isDigits(const QString& s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QByteArray base64Url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray compactJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

HttpResponse errorsObject(int status, const QString& field, const QString& message)
{
    return HttpResponse::json(
        status, compactJson(QJsonObject{{QStringLiteral("errors"), QJsonObject{{field, message}}}}));
}

HttpResponse errorResponse(int status, const QString& message)
{
    // Built by hand to keep the documented key order; QJsonDocument would put "errors" first.
    return HttpResponse::json(status, "{\"success\":false,\"errors\":" +
                                          QJsonDocument(QJsonArray{message}).toJson(QJsonDocument::Compact) +
                                          '}');
}

bool bodyForbidden(int status)
{
    return (status >= 100 && status < 200) || status == 204 || status == 304;
}

struct ParseError
{
    int status = 400;
    QString message;
};

} // namespace

namespace detail {

// One accepted socket: reads exactly one request, answers it according to the response mode, then closes.
// Owns its socket so that the server can tear everything down deterministically in its destructor.
class FakeConnection : public QObject
{
public:
    FakeConnection(FakeNovaPostServer* server, QTcpSocket* socket)
        : m_server(server)
        , m_socket(socket)
    {
        m_socket->setParent(this);
        connect(m_socket, &QTcpSocket::readyRead, this, &FakeConnection::onReadyRead);
        connect(m_socket, &QTcpSocket::bytesWritten, this, &FakeConnection::closeIfFlushed);
        if (auto* ssl = qobject_cast<QSslSocket*>(m_socket))
            connect(ssl, &QSslSocket::encryptedBytesWritten, this, &FakeConnection::closeIfFlushed);
        connect(m_socket, &QTcpSocket::disconnected, this, &FakeConnection::finish);
        connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
            if (m_socket->state() == QAbstractSocket::UnconnectedState)
                finish();
        });
    }

    ~FakeConnection() override
    {
        // Signals emitted while the socket dies must not reach a half-destroyed server.
        m_socket->disconnect(this);
        m_socket->abort();
    }

    // Separate from the constructor because handling may finish (and unregister) the connection
    // synchronously, which must not happen before the server has registered it.
    void start()
    {
        // A TLS socket may already hold decrypted data whose readyRead fired before we connected.
        onReadyRead();
        if (!m_finished && m_socket->state() == QAbstractSocket::UnconnectedState)
            finish();
    }

private:
    enum class State { ReadingHeaders, ReadingBody, Hanging, Trickling, Streaming, Closing };

    void onReadyRead()
    {
        if (m_finished)
            return;
        if (m_state != State::ReadingHeaders && m_state != State::ReadingBody) {
            // One request per connection; anything after it is ignored, but drained so the kernel buffer
            // doesn't fill up and stall the peer.
            m_socket->readAll();
            return;
        }
        m_buffer += m_socket->readAll();
        if (m_state == State::ReadingHeaders && !parseHeaders())
            return;
        if (m_state == State::ReadingBody)
            parseBody();
    }

    // Returns true once the header section has been consumed.
    bool parseHeaders()
    {
        // RFC 9112 §2.2: ignore at least one empty line before the request line.
        while (m_buffer.startsWith("\r\n") || m_buffer.startsWith('\n'))
            m_buffer.remove(0, m_buffer.startsWith('\n') ? 1 : 2);

        const qsizetype crlf = m_buffer.indexOf("\r\n\r\n");
        const qsizetype lf = m_buffer.indexOf("\n\n");
        qsizetype end = -1;
        qsizetype separatorLength = 0;
        if (crlf >= 0 && (lf < 0 || crlf < lf)) {
            end = crlf;
            separatorLength = 4;
        } else if (lf >= 0) {
            end = lf;
            separatorLength = 2;
        }
        if (end < 0) {
            if (m_buffer.size() > kMaxHeaderBytes)
                respondWithError({431, QStringLiteral("request_header_fields_too_large")});
            return false;
        }
        if (end > kMaxHeaderBytes) {
            respondWithError({431, QStringLiteral("request_header_fields_too_large")});
            return false;
        }

        const QByteArray head = m_buffer.left(end);
        m_buffer.remove(0, end + separatorLength);
        if (const std::optional<ParseError> error = parseHead(head)) {
            respondWithError(*error);
            return false;
        }
        m_state = State::ReadingBody;
        return true;
    }

    std::optional<ParseError> parseHead(const QByteArray& head)
    {
        QList<QByteArray> lines = head.split('\n');
        for (QByteArray& line : lines) {
            if (line.endsWith('\r'))
                line.chop(1);
        }

        const QList<QByteArray> parts = lines.first().split(' ');
        if (parts.size() != 3)
            return ParseError{400, QStringLiteral("malformed_request_line")};
        const QByteArray& method = parts.at(0);
        const QByteArray& target = parts.at(1);
        const QByteArray& version = parts.at(2);
        if (!isToken(method))
            return ParseError{400, QStringLiteral("malformed_method")};
        if (!version.startsWith("HTTP/"))
            return ParseError{400, QStringLiteral("malformed_version")};
        if (version != "HTTP/1.1" && version != "HTTP/1.0")
            return ParseError{505, QStringLiteral("http_version_not_supported")};
        if (std::optional<ParseError> error = parseTarget(target))
            return error;
        m_request.method = method;

        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray& line = lines.at(i);
            // Obsolete line folding (RFC 9112 §5.2) is a classic smuggling vector; real servers reject it.
            if (line.isEmpty() || line.startsWith(' ') || line.startsWith('\t'))
                return ParseError{400, QStringLiteral("malformed_header")};
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).toLower();
            if (colon <= 0 || !isToken(name))
                return ParseError{400, QStringLiteral("malformed_header")};
            const QByteArray value = line.mid(colon + 1).trimmed();
            auto it = m_request.headers.find(name);
            if (it == m_request.headers.end())
                m_request.headers.insert(name, value);
            else
                it.value() += ", " + value;
        }

        if (m_request.headers.contains("transfer-encoding"))
            return ParseError{501, QStringLiteral("transfer_encoding_not_supported")};
        m_contentLength = 0;
        if (auto it = m_request.headers.constFind("content-length"); it != m_request.headers.constEnd()) {
            // Repeated identical values are tolerated (RFC 9110 §8.6); differing ones are not.
            std::optional<qint64> length;
            for (const QByteArray& item : it.value().split(',')) {
                const QByteArray digits = item.trimmed();
                bool ok = !digits.isEmpty();
                for (char c : digits)
                    ok = ok && c >= '0' && c <= '9';
                const qint64 value = ok ? digits.toLongLong(&ok) : -1;
                if (!ok || (length && *length != value))
                    return ParseError{400, QStringLiteral("malformed_content_length")};
                length = value;
            }
            if (*length > kMaxBodyBytes)
                return ParseError{413, QStringLiteral("payload_too_large")};
            m_contentLength = *length;
        }
        return std::nullopt;
    }

    std::optional<ParseError> parseTarget(const QByteArray& target)
    {
        for (char c : target) {
            const auto byte = static_cast<unsigned char>(c);
            if (byte <= 0x20 || byte == 0x7f)
                return ParseError{400, QStringLiteral("malformed_target")};
        }
        QByteArray pathAndQuery;
        if (target.startsWith('/')) {
            pathAndQuery = target;
        } else if (target == "*") {
            pathAndQuery = target;
        } else if (const qsizetype scheme = target.indexOf("://"); scheme > 0) {
            // Absolute form, as sent to proxies: drop scheme and authority.
            const qsizetype slash = target.indexOf('/', scheme + 3);
            pathAndQuery = slash < 0 ? QByteArray("/") : target.mid(slash);
        } else {
            return ParseError{400, QStringLiteral("malformed_target")};
        }
        if (const qsizetype hash = pathAndQuery.indexOf('#'); hash >= 0)
            pathAndQuery.truncate(hash);

        const qsizetype question = pathAndQuery.indexOf('?');
        const QByteArray rawPath = question < 0 ? pathAndQuery : pathAndQuery.left(question);
        m_request.target = target;
        m_request.path = QUrl::fromPercentEncoding(rawPath);
        // QUrlQuery keeps delimiter escapes such as %26 and %3D encoded internally and decodes them only on
        // FullyDecoded access, so "a%26b" stays one value; '+' is not treated as a space.
        m_request.query =
            QUrlQuery(question < 0 ? QString() : QString::fromUtf8(pathAndQuery.mid(question + 1)));
        return std::nullopt;
    }

    void parseBody()
    {
        if (m_buffer.size() < m_contentLength) {
            // curl sends Expect: 100-continue for larger bodies and would otherwise wait a second for us.
            if (!m_sentContinue &&
                m_request.headers.value("expect").compare("100-continue", Qt::CaseInsensitive) == 0) {
                m_sentContinue = true;
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            return;
        }
        m_request.body = m_buffer.left(m_contentLength);
        m_buffer.clear();
        m_state = State::Closing; // provisional; respond() sets the real state

        const QPointer<FakeConnection> self(this);
        const HttpResponse response = m_server->dispatch(m_request);
        // A slot connected to requestReceived may have destroyed the server, and with it this connection.
        if (!self || m_finished)
            return;
        respond(response);
    }

    void respondWithError(const ParseError& error)
    {
        m_buffer.clear();
        respond(errorsObject(error.status, QStringLiteral("errorMessage"), error.message));
    }

    void respond(const HttpResponse& response)
    {
        if (response.holdWhile && response.holdWhile()) {
            m_state = State::Hanging;
            QTimer::singleShot(20, this, [this, response] {
                if (!m_finished)
                    respond(response);
            });
            return;
        }
        if (response.delayMs > 0) {
            m_state = State::Hanging;
            HttpResponse later = response;
            later.delayMs = 0;
            QTimer::singleShot(response.delayMs, this, [this, later] {
                if (!m_finished)
                    respond(later);
            });
            return;
        }
        switch (response.mode) {
        case HttpResponse::Mode::Hang:
            m_state = State::Hanging;
            return;
        case HttpResponse::Mode::CloseImmediately:
            m_state = State::Closing;
            m_socket->disconnectFromHost();
            return;
        case HttpResponse::Mode::Normal:
        case HttpResponse::Mode::Truncate:
        case HttpResponse::Mode::Trickle:
        case HttpResponse::Mode::Endless:
            break;
        }

        const bool sendBody = !bodyForbidden(response.status) && m_request.method != "HEAD";
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                         (response.reason.isEmpty() ? reasonPhrase(response.status) : response.reason) +
                         "\r\n";
        bool hasDate = false;
        bool hasLength = false;
        bool hasConnection = false;
        for (const auto& [name, value] : response.headers) {
            const QByteArray lower = name.toLower();
            hasDate = hasDate || lower == "date";
            hasLength = hasLength || lower == "content-length";
            hasConnection = hasConnection || lower == "connection";
            out += name + ": " + value + "\r\n";
        }
        if (!hasDate)
            out += "Date: " + FakeNovaPostServer::httpDate(m_server->now()) + "\r\n";
        if (!hasLength && !bodyForbidden(response.status)) {
            // Trickle deliberately has no length: the body is delimited by the close that never comes.
            if (response.mode == HttpResponse::Mode::Normal)
                out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            else if (response.mode == HttpResponse::Mode::Truncate)
                out += "Content-Length: " + QByteArray::number(response.body.size() + kTruncateShortfall) +
                       "\r\n";
        }
        if (response.mode == HttpResponse::Mode::Endless)
            out += "Transfer-Encoding: chunked\r\n";
        if (!hasConnection)
            out += "Connection: close\r\n";
        out += "\r\n";

        if (response.mode == HttpResponse::Mode::Endless) {
            m_state = State::Streaming;
            m_socket->write(out);
            const QByteArray unit = response.body.isEmpty() ? QByteArray(" ") : response.body;
            QByteArray data = unit.repeated(qMax<qsizetype>(1, kEndlessChunkBytes / unit.size()));
            m_endlessChunk = QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
            connect(m_socket, &QTcpSocket::bytesWritten, this, &FakeConnection::streamMore);
            streamMore();
            return;
        }

        if (response.mode == HttpResponse::Mode::Trickle) {
            m_state = State::Trickling;
            m_socket->write(out);
            if (!sendBody)
                return;
            m_trickleBody = response.body.isEmpty() ? QByteArray(" ") : response.body;
            m_trickleTimer = new QTimer(this);
            connect(m_trickleTimer, &QTimer::timeout, this, &FakeConnection::trickleOneByte);
            m_trickleTimer->start(qMax(1, response.trickleIntervalMs));
            return;
        }

        if (sendBody)
            out += response.body;
        m_state = State::Closing;
        m_closeWhenFlushed = true;
        m_socket->write(out);
        closeIfFlushed();
    }

    void trickleOneByte()
    {
        if (m_finished || m_socket->state() != QAbstractSocket::ConnectedState) {
            m_trickleTimer->stop();
            return;
        }
        m_socket->write(m_trickleBody.mid(m_trickleIndex, 1));
        m_trickleIndex = (m_trickleIndex + 1) % m_trickleBody.size();
    }

    // Keeps a few chunks queued, so the peer always has more to read than it should ever want.
    void streamMore()
    {
        if (m_finished || m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        while (m_socket->bytesToWrite() < 4 * kEndlessChunkBytes)
            m_socket->write(m_endlessChunk);
    }

    // Closing only once everything has left our buffers, so that the peer never sees a cut response.
    void closeIfFlushed()
    {
        if (!m_closeWhenFlushed || m_finished || m_socket->bytesToWrite() > 0)
            return;
        if (auto* ssl = qobject_cast<QSslSocket*>(m_socket); ssl && ssl->encryptedBytesToWrite() > 0)
            return;
        m_closeWhenFlushed = false;
        m_socket->disconnectFromHost();
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        if (m_trickleTimer)
            m_trickleTimer->stop();
        m_server->connectionFinished(this);
    }

    FakeNovaPostServer* m_server;
    QTcpSocket* m_socket;
    State m_state = State::ReadingHeaders;
    QByteArray m_buffer;
    HttpRequest m_request;
    qint64 m_contentLength = 0;
    bool m_sentContinue = false;
    bool m_closeWhenFlushed = false;
    bool m_finished = false;
    QTimer* m_trickleTimer = nullptr;
    QByteArray m_trickleBody;
    qsizetype m_trickleIndex = 0;
    QByteArray m_endlessChunk;
};

} // namespace detail

HttpResponse HttpResponse::json(int status, const QByteArray& body)
{
    HttpResponse response;
    response.status = status;
    response.addHeader("Content-Type", "application/json");
    response.body = body;
    return response;
}

HttpResponse HttpResponse::text(int status, const QByteArray& body, const QByteArray& contentType)
{
    HttpResponse response;
    response.status = status;
    response.addHeader("Content-Type", contentType);
    response.body = body;
    return response;
}

HttpResponse HttpResponse::redirect(int status, const QByteArray& location)
{
    HttpResponse response;
    response.status = status;
    response.addHeader("Location", location);
    return response;
}

HttpResponse& HttpResponse::addHeader(const QByteArray& name, const QByteArray& value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

FakeNovaPostServer::FakeNovaPostServer(QObject* parent)
    : QObject(parent)
{}

FakeNovaPostServer::~FakeNovaPostServer()
{
    // Connections call back into members; they must go before the members do.
    const QSet<detail::FakeConnection*> connections = std::exchange(m_connections, {});
    qDeleteAll(connections);
    delete m_server;
}

bool FakeNovaPostServer::listen(quint16 port)
{
    return startListening(new QTcpServer(this), port);
}

bool FakeNovaPostServer::listenTls(const QSslCertificate& cert, const QSslKey& key, quint16 port)
{
    if (!QSslSocket::supportsSsl()) {
        m_errorString = QStringLiteral("TLS is not supported by this Qt build");
        return false;
    }
    if (cert.isNull() || key.isNull()) {
        m_errorString = QStringLiteral("certificate or key is null");
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(cert);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    auto* server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    if (!startListening(server, port))
        return false;
    m_tls = true;
    return true;
}

bool FakeNovaPostServer::startListening(QTcpServer* server, quint16 port)
{
    if (m_server) {
        delete server;
        m_errorString = QStringLiteral("already listening");
        return false;
    }
    // pendingConnectionAvailable, not newConnection: for QSslServer only the former waits for the handshake.
    connect(server, &QTcpServer::pendingConnectionAvailable, this,
            &FakeNovaPostServer::acceptPendingConnections);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        m_errorString = server->errorString();
        delete server;
        return false;
    }
    m_server = server;
    m_errorString.clear();
    return true;
}

void FakeNovaPostServer::acceptPendingConnections()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket* socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        auto* connection = new detail::FakeConnection(this, socket);
        m_connections.insert(connection);
        connection->start();
    }
}

void FakeNovaPostServer::connectionFinished(detail::FakeConnection* connection)
{
    if (m_connections.remove(connection))
        connection->deleteLater();
}

QString FakeNovaPostServer::errorString() const
{
    return m_errorString;
}

QUrl FakeNovaPostServer::baseUrl() const
{
    if (!m_server)
        return {};
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(QStringLiteral("/v.1.0/"));
    return url;
}

quint16 FakeNovaPostServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void FakeNovaPostServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void FakeNovaPostServer::addApiKey(const QString& apiKey)
{
    m_apiKeys.insert(apiKey);
}

void FakeNovaPostServer::registerPhone(const QString& digits, const QString& apiKey)
{
    m_phoneKeys.insert(digits, apiKey);
}

void FakeNovaPostServer::setDailyLimit(bool enabled)
{
    m_dailyLimit = enabled;
}

void FakeNovaPostServer::setJwtLifetimeSeconds(qint64 seconds)
{
    m_jwtLifetimeSeconds = seconds;
}

void FakeNovaPostServer::setNow(qint64 secsSinceEpoch)
{
    m_fixedNow = secsSinceEpoch;
}

qint64 FakeNovaPostServer::now() const
{
    return m_fixedNow.value_or(QDateTime::currentSecsSinceEpoch());
}

QList<HttpRequest> FakeNovaPostServer::requests() const
{
    return m_requests;
}

int FakeNovaPostServer::requestCount() const
{
    return int(m_requests.size());
}

void FakeNovaPostServer::clearRequests()
{
    m_requests.clear();
}

int FakeNovaPostServer::openConnectionCount() const
{
    return int(m_connections.size());
}

HttpResponse FakeNovaPostServer::dispatch(const HttpRequest& request)
{
    m_requests.append(request);
    emit requestReceived(request);
    if (!m_handler)
        return defaultResponse(request);
    try {
        return m_handler(request);
    } catch (const std::exception& e) {
        return HttpResponse::text(500, QByteArray("handler threw: ") + e.what(), "text/plain; charset=utf-8");
    } catch (...) {
        return HttpResponse::text(500, "handler threw", "text/plain; charset=utf-8");
    }
}

HttpResponse FakeNovaPostServer::defaultResponse(const HttpRequest& request)
{
    if (request.method == "GET" && request.path == kAuthorizationPath) {
        const QString apiKey = request.query.queryItemValue(QStringLiteral("apiKey"), QUrl::FullyDecoded);
        if (apiKey.isEmpty())
            return errorsObject(422, QStringLiteral("apiKey"),
                                QStringLiteral("The api key field is required."));
        if (!m_apiKeys.contains(apiKey))
            return errorsObject(401, QStringLiteral("errorMessage"), QStringLiteral("Invalid token"));
        const qint64 issuedAt = now();
        return HttpResponse::json(
            200, compactJson({{QStringLiteral("jwt"), makeJwt(issuedAt, issuedAt + m_jwtLifetimeSeconds)}}));
    }

    if (request.method == "POST" && request.path == kTestApiKeysPath) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        const QJsonValue phoneValue = document.object().value(QStringLiteral("phone"));
        if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
            phoneValue.isUndefined() || phoneValue.isNull() ||
            (phoneValue.isString() && phoneValue.toString().isEmpty()))
            return errorResponse(400, QStringLiteral("Missing required parameter: phone"));
        const QString phone = phoneValue.toString();
        if (!phoneValue.isString() || !isDigits(phone))
            return errorResponse(400, QStringLiteral("Invalid phone format"));
        const auto it = m_phoneKeys.constFind(phone);
        if (it == m_phoneKeys.constEnd())
            return errorResponse(404, QStringLiteral("Client not found"));
        if (m_dailyLimit && m_issuedPhones.contains(phone))
            return errorResponse(429, QStringLiteral("Daily limit reached"));
        m_issuedPhones.insert(phone);
        m_apiKeys.insert(it.value());
        return HttpResponse::json(
            200, compactJson({
                     {QStringLiteral("apiKey"), it.value()},
                     {QStringLiteral("createdAt"), QStringLiteral("2025-08-27T08:03:02.000000Z")},
                     {QStringLiteral("expDate"), QStringLiteral("2026-08-29T23:59:59.000Z")},
                     {QStringLiteral("status"), QStringLiteral("Active")},
                 }));
    }

    return errorsObject(404, QStringLiteral("errorMessage"), QStringLiteral("not_found"));
}

QString FakeNovaPostServer::makeJwt(const QJsonObject& payload)
{
    // Written by hand because QJsonDocument would sort the keys, and real tokens start with "typ".
    static const QByteArray header = R"({"typ":"JWT","alg":"HS256"})";
    std::array<quint32, 8> signature{};
    QRandomGenerator::global()->fillRange(signature.data(), signature.size());
    const QByteArray signatureBytes(reinterpret_cast<const char*>(signature.data()), sizeof(signature));
    return QString::fromLatin1(base64Url(header) + '.' + base64Url(compactJson(payload)) + '.' +
                               base64Url(signatureBytes));
}

QString FakeNovaPostServer::makeJwt(qint64 issuedAt, qint64 expiresAt)
{
    return makeJwt(QJsonObject{
        {QStringLiteral("iss"), QStringLiteral("np")},
        {QStringLiteral("iat"), issuedAt},
        {QStringLiteral("exp"), expiresAt},
        {QStringLiteral("cid"), QStringLiteral("5c412e3a-5868-48b9-a60a-0e039284ec46")},
        {QStringLiteral("ref"), QStringLiteral("64246dd384eb7c862c0387c0")},
    });
}

QByteArray FakeNovaPostServer::httpDate(qint64 secsSinceEpoch)
{
    // QLocale::c() so that day and month names are English whatever the test machine's locale.
    return QLocale::c()
        .toString(UtcTime::fromSecsSinceEpoch(secsSinceEpoch),
                  QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace novapost::test
