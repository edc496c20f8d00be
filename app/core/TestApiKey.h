// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

namespace novapost {

/** @brief What POST /test-api-keys returns. The key itself is a secret: never log or persist it. */
struct TestApiKey
{
    QString apiKey;
    QDateTime createdAt;
    QDateTime expiresAt; // the API calls it expDate
    QString status;      // "Active" or "Expired"
};

} // namespace novapost
