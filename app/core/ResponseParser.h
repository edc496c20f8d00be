// SPDX-License-Identifier: MIT
#pragma once

#include "SecretMasker.h"
#include "TestApiKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace novapost {

/**
 * @brief Pure functions that read Nova Post response bodies; no network, easy to fuzz.
 */
class ResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(novapost::ResponseParser)

public:
    /**
     * Messages from any of the error shapes the API uses: {"errors":{field:msg}},
     * {"errors":[msg,...]}, {"error":msg}, {"errorMessage":msg}. Empty when none is found.
     * Secrets known to @p masker are masked before a message is cut to MaximumMessageLength.
     */
    static QStringList errorMessages(const QByteArray& body, const SecretMasker& masker = {});

    /** The `jwt` string of a 200 body, or empty with a sentence in @p error. */
    static QString jwtFromBody(const QByteArray& body, QString* error);

    /** The test key of a 200 body, or empty with a sentence in @p error. */
    static std::optional<TestApiKey> testApiKeyFromBody(const QByteArray& body, QString* error);

    /** ISO-8601 UTC date-times with 0, 3 or 6 fraction digits and 'Z' or an offset. */
    static std::optional<QDateTime> parseDateTime(const QString& text);

    /** Caps on what we accept, so a hostile server cannot exhaust memory or the stack. */
    static constexpr qint64 MaximumBodyBytes = 1024 * 1024;
    static constexpr int MaximumMessages = 20;
    static constexpr int MaximumMessageLength = 500;
};

} // namespace novapost
