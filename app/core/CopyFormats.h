// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace novapost {

/**
 * @brief The texts a JWT can be copied as: the raw token, the Authorization header line, or a curl command.
 *
 * Nova Post takes the token raw, without "Bearer"; every format here follows that.
 */
namespace CopyFormats {

enum class Format { RawToken, HeaderLine, CurlCommand };

/** The clipboard text for @p jwt in @p format; @p baseUrl is used by the curl command. */
QString text(Format format, const QString& jwt, const QUrl& baseUrl);
/** Every text @p jwt can be copied as, so the clipboard can be cleared whichever was copied. */
QStringList allTexts(const QString& jwt, const QUrl& baseUrl);
/** The URL the curl command asks: a read-only endpoint (one division in Ukraine) under @p baseUrl. */
QString curlUrl(const QUrl& baseUrl);

/** @p value quoted for a POSIX shell. */
QString shellQuoted(const QString& value);

} // namespace CopyFormats

} // namespace novapost
