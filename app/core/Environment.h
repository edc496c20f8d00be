// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace novapost {

enum class EnvironmentKind { Sandbox, Production };

/**
 * @brief Which Nova Post server we talk to, and the rules that come with it.
 *
 * The kind decides the rules (test keys exist only in the sandbox); the base URL may be
 * overridden for test servers and proxies without changing those rules.
 */
class Environment
{
    Q_DECLARE_TR_FUNCTIONS(novapost::Environment)

public:
    explicit Environment(EnvironmentKind kind = EnvironmentKind::Sandbox);

    static QUrl defaultBaseUrl(EnvironmentKind kind);
    /** "sandbox" or "production", as used on the command line and in settings. */
    static QString idOf(EnvironmentKind kind);
    static std::optional<EnvironmentKind> kindFromId(const QString& id);

    /**
     * @brief Checks a user-supplied base URL and returns it ending in exactly one '/'.
     *
     * Only https is accepted, except plain http to a loopback host. On failure returns an empty
     * URL and writes a sentence to @p error.
     */
    static QUrl normalizedBaseUrl(const QString& text, QString* error);
    static bool isLoopbackHost(const QString& host);

    EnvironmentKind kind() const { return m_kind; }
    QString id() const { return idOf(m_kind); }
    /** Translated display name: "Sandbox" or "Production". */
    QString displayName() const;
    bool isProduction() const { return m_kind == EnvironmentKind::Production; }
    bool allowsTestKeys() const { return m_kind == EnvironmentKind::Sandbox; }

    QUrl baseUrl() const;
    bool isBaseUrlOverridden() const { return m_override.isValid(); }
    /** @p baseUrl must come from normalizedBaseUrl(); an empty URL removes the override. */
    void setBaseUrlOverride(const QUrl& baseUrl) { m_override = baseUrl; }

    /** Resolves a path such as "clients/authorization" against the base URL. */
    QUrl endpoint(const QString& relativePath) const;

private:
    EnvironmentKind m_kind;
    QUrl m_override;
};

} // namespace novapost
