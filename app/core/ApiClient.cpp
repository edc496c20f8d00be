// SPDX-License-Identifier: MIT
#include "ApiClient.h"

#include "PhoneNumber.h"
#include "Version.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QUrlQuery>

namespace novapost {

namespace {

constexpr qsizetype MaximumApiKeyLength = 1024;

const Clock* systemClock()
{
    static const SystemClock clock;
    return &clock;
}

QUrl withApiKey(QUrl url, const QString& encodedValue)
{
    url.setQuery(QStringLiteral("apiKey=") + encodedValue, QUrl::StrictMode);
    return url;
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(systemClock())
{}

void ApiClient::setExtraCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_extraCas = certificates;
    // A connection that failed its handshake stays cached and would fail again with the new CAs.
    m_network->clearConnectionCache();
}

QString ApiClient::apiKeyProblem(const QString& apiKey)
{
    if (apiKey.trimmed().isEmpty())
        return tr("The apiKey is empty.");
    if (apiKey.size() > MaximumApiKeyLength)
        return tr(
            "The apiKey is %n character(s) long, far longer than a Nova Post key; check what was pasted.", "",
            int(apiKey.size()));
    for (QChar c : apiKey) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return tr("The apiKey contains a line break or another control character; paste it on one line.");
        if (c.unicode() > 0x7e)
            return tr("The apiKey contains “%1”, which no Nova Post key has; check for stray quotes or "
                      "spaces "
                      "from copying.")
                .arg(c);
    }
    return {};
}

QUrl ApiClient::redacted(const QUrl& url)
{
    if (!QUrlQuery(url).hasQueryItem(QStringLiteral("apiKey")))
        return url;
    return withApiKey(url, QStringLiteral("***"));
}

QNetworkRequest ApiClient::buildRequest(const QUrl& url) const
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setMaximumRedirectsAllowed(3);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("novapost-jwt/" NOVAPOST_VERSION));
    if (!m_extraCas.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCas);
        request.setSslConfiguration(tls);
    }
    return request;
}

void ApiClient::send(ApiReply* reply, const QString& method, const QUrl& url, const QString& secret,
                     QNetworkReply* networkReply)
{
    reply->m_method = method;
    reply->m_redactedUrl = redacted(url);
    reply->m_masker.addSecret(secret);
    emit requestStarted(method, reply->m_redactedUrl);
    connect(reply, &ApiReply::finished, this, [this, reply] { emit requestFinished(reply); });
    reply->attach(networkReply, m_timeoutMs);
}

ApiReply* ApiClient::requestJwt(const Environment& environment, const QString& apiKey)
{
    auto* reply = new ApiReply(ApiReply::Operation::Jwt, m_clock, this);
    const QString problem = apiKeyProblem(apiKey);
    if (!problem.isEmpty()) {
        reply->failLater(ApiError(ApiError::Kind::InvalidInput, problem));
        return reply;
    }
    const QUrl url = withApiKey(environment.endpoint(QStringLiteral("clients/authorization")),
                                QString::fromLatin1(QUrl::toPercentEncoding(apiKey)));
    send(reply, QStringLiteral("GET"), url, apiKey, m_network->get(buildRequest(url)));
    return reply;
}

ApiReply* ApiClient::requestTestApiKey(const Environment& environment, const QString& phoneDigits)
{
    auto* reply = new ApiReply(ApiReply::Operation::TestKey, m_clock, this);
    if (!environment.allowsTestKeys()) {
        reply->failLater(ApiError(ApiError::Kind::InvalidInput,
                                  tr("Test keys exist only in the sandbox; in production, use the apiKey "
                                     "from your Nova Post manager or my.novapost.com.")));
        return reply;
    }
    const PhoneNumber phone = PhoneNumber::parse(phoneDigits);
    if (!phone.isValid()) {
        reply->failLater(ApiError(ApiError::Kind::InvalidInput, phone.errorMessage()));
        return reply;
    }
    const QUrl url = environment.endpoint(QStringLiteral("test-api-keys"));
    QNetworkRequest request = buildRequest(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("phone"), phone.digits()}}).toJson(QJsonDocument::Compact);
    send(reply, QStringLiteral("POST"), url, {}, m_network->post(request, body));
    return reply;
}

} // namespace novapost
