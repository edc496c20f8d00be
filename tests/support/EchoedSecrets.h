// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace novapost::test {

/** An apiKey with a space, '+', '/' and '=', so that every encoding spells it differently. */
inline const QString AwkwardApiKey = QStringLiteral("aB3+dE6/gH9=jK2 mN5+pQ8/sT1");

/** Lower-cases the hex digits of every %XY, as some encoders write them. */
inline QString lowerHex(QString encoded)
{
    for (qsizetype i = encoded.indexOf(QLatin1Char('%')); i >= 0 && i + 2 < encoded.size();
         i = encoded.indexOf(QLatin1Char('%'), i + 1)) {
        encoded[i + 1] = encoded[i + 1].toLower();
        encoded[i + 2] = encoded[i + 2].toLower();
    }
    return encoded;
}

/**
 * The ways a server has been seen, or could be expected, to echo a key back in its messages:
 * name of the spelling, then the text. Some sit where messages are cut (500 characters).
 */
inline QList<QPair<QString, QString>> echoedSpellings(const QString& key)
{
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(key));
    QString formEncoded = QString::fromLatin1(QUrl::toPercentEncoding(key, " "));
    formEncoded.replace(QLatin1Char(' '), QLatin1Char('+'));
    return {
        {QStringLiteral("raw"), key},
        {QStringLiteral("raw, across the 500-character cut"), QString(480, QLatin1Char('x')) + key},
        {QStringLiteral("upper case"), key.toUpper()},
        {QStringLiteral("lower case, across the cut"), QString(485, QLatin1Char('x')) + key.toLower()},
        {QStringLiteral("percent-encoded"), encoded},
        {QStringLiteral("percent-encoded, lower-case hex"), lowerHex(encoded)},
        {QStringLiteral("percent-encoded, '/' left alone"),
         QString::fromLatin1(QUrl::toPercentEncoding(key, "/"))},
        {QStringLiteral("percent-encoded, reserved characters left alone"),
         lowerHex(QString::fromLatin1(QUrl::toPercentEncoding(key, "/+=")))},
        {QStringLiteral("form-encoded"), formEncoded},
        {QStringLiteral("percent-encoded twice"),
         QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(QUrl::toPercentEncoding(key))))},
    };
}

/**
 * The longest run of @p key's characters in @p text, in any letter case, also after undoing one
 * or two rounds of percent-encoding and form-encoding. 0 when none of it shows.
 */
inline qsizetype longestLeakedRun(const QString& text, const QString& key)
{
    QStringList views;
    // Form decoding turns '+' into a space before undoing the %XY escapes.
    for (QString view : {text, QString(text).replace(QLatin1Char('+'), QLatin1Char(' '))}) {
        for (int round = 0; round < 3; ++round) {
            views.append(view);
            view = QUrl::fromPercentEncoding(view.toUtf8());
        }
    }
    const QString lowerKey = key.toLower();
    qsizetype longest = 0;
    for (const QString& view : std::as_const(views)) {
        const QString lower = view.toLower();
        for (qsizetype start = 0; start < lowerKey.size(); ++start) {
            for (qsizetype length = longest + 1; start + length <= lowerKey.size(); ++length) {
                if (!lower.contains(QStringView(lowerKey).mid(start, length)))
                    break;
                longest = length;
            }
        }
    }
    return longest;
}

} // namespace novapost::test
