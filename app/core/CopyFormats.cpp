// SPDX-License-Identifier: MIT
#include "CopyFormats.h"

namespace novapost::CopyFormats {

QString shellQuoted(const QString& value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString curlUrl(const QUrl& baseUrl)
{
    // A harmless documented GET, so the command runs as pasted. The brackets of "countryCodes[]" are
    // percent-encoded: curl would otherwise take them for a glob range and refuse the URL.
    QString base = baseUrl.toString(QUrl::FullyEncoded);
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    return base + QStringLiteral("divisions?countryCodes%5B%5D=UA&limit=1");
}

QString text(Format format, const QString& jwt, const QUrl& baseUrl)
{
    const QString header = QStringLiteral("Authorization: ") + jwt;
    switch (format) {
    case Format::RawToken:
        return jwt;
    case Format::HeaderLine:
        return header;
    case Format::CurlCommand:
        return QStringLiteral("curl -H %1 %2").arg(shellQuoted(header), shellQuoted(curlUrl(baseUrl)));
    }
    return jwt;
}

QStringList allTexts(const QString& jwt, const QUrl& baseUrl)
{
    if (jwt.isEmpty())
        return {};
    return {text(Format::RawToken, jwt, baseUrl), text(Format::HeaderLine, jwt, baseUrl),
            text(Format::CurlCommand, jwt, baseUrl)};
}

} // namespace novapost::CopyFormats
