// SPDX-License-Identifier: MIT
#include "SecretMasker.h"

#include <QSet>

#include <vector>

namespace novapost {

namespace {

/** Text as seen after some decoding, with each character's span in the original text. */
struct View
{
    QString text;
    std::vector<qsizetype> begin;
    std::vector<qsizetype> end;
};

View identityView(const QString& text)
{
    View view{text, {}, {}};
    view.begin.reserve(std::size_t(text.size()));
    view.end.reserve(std::size_t(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i) {
        view.begin.push_back(i);
        view.end.push_back(i + 1);
    }
    return view;
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

/**
 * Decodes every %XY of @p view (either hex case) and leaves everything else as it is, so a key
 * matches however many of its characters an encoder chose to encode.
 */
View percentDecoded(const View& view)
{
    View decoded;
    const QString& text = view.text;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('%') && i + 2 < text.size()) {
            const int high = hexValue(text.at(i + 1));
            const int low = hexValue(text.at(i + 2));
            if (high >= 0 && low >= 0) {
                decoded.text.append(QChar(char16_t(high * 16 + low)));
                decoded.begin.push_back(view.begin[std::size_t(i)]);
                decoded.end.push_back(view.end[std::size_t(i + 2)]);
                i += 2;
                continue;
            }
        }
        decoded.text.append(text.at(i));
        decoded.begin.push_back(view.begin[std::size_t(i)]);
        decoded.end.push_back(view.end[std::size_t(i)]);
    }
    return decoded;
}

void cover(const View& view, qsizetype from, qsizetype length, std::vector<bool>* covered)
{
    const qsizetype first = view.begin[std::size_t(from)];
    const qsizetype last = view.end[std::size_t(from + length - 1)];
    for (qsizetype i = first; i < last; ++i)
        (*covered)[std::size_t(i)] = true;
}

/** Short secrets: whole copies, exact case (a short one would also match ordinary words). */
void coverWholeCopies(const View& view, const QString& secret, std::vector<bool>* covered)
{
    for (qsizetype at = view.text.indexOf(secret); at >= 0; at = view.text.indexOf(secret, at + 1))
        cover(view, at, secret.size(), covered);
}

/** Long secrets: every run of FragmentLength characters found in one, in any letter case. */
void coverFragments(const View& view, const QString& lowerText, const QSet<QString>& fragments,
                    std::vector<bool>* covered)
{
    const qsizetype length = SecretMasker::FragmentLength;
    for (qsizetype at = 0; at + length <= lowerText.size(); ++at) {
        if (fragments.contains(lowerText.mid(at, length)))
            cover(view, at, length, covered);
    }
}

/** Lower case one UTF-16 unit at a time, so that positions stay those of @p text. */
QString lowerKeepingPositions(const QString& text)
{
    QString lower = text;
    for (QChar& c : lower)
        c = c.toLower();
    return lower;
}

} // namespace

SecretMasker::SecretMasker(const QStringList& secrets)
{
    for (const QString& secret : secrets)
        addSecret(secret);
}

void SecretMasker::addSecret(const QString& secret)
{
    const QString trimmed = secret.trimmed();
    if (trimmed.size() < MinimumSecretLength || m_secrets.contains(trimmed))
        return;
    m_secrets.append(trimmed);
}

void SecretMasker::addSecrets(const SecretMasker& other)
{
    for (const QString& secret : other.m_secrets)
        addSecret(secret);
}

QString SecretMasker::maskedLeft(const QString& text, qsizetype length) const
{
    qsizetype longestSecret = 0;
    for (const QString& secret : m_secrets)
        longestSecret = qMax(longestSecret, secret.size());
    // Encoded twice, one character takes at most five ("+" -> "%2B" -> "%252B").
    const qsizetype longestSpelling = 5 * longestSecret;
    for (qsizetype window = length + 2 * longestSpelling;; window *= 2) {
        if (window >= text.size())
            return mask(text).left(length);
        // A copy cut in two at the end of the window is not recognised; it lies within the last
        // longestSpelling characters, which are used only when masking has shortened what comes
        // before them, and then the window grows.
        const QString masked = mask(text.left(window));
        if (masked.size() - longestSpelling >= length)
            return masked.left(length);
    }
}

QString SecretMasker::mask(const QString& text) const
{
    if (m_secrets.isEmpty() || text.isEmpty())
        return text;

    // Raw, percent-decoded once and twice (an encoded URL inside an encoded URL).
    std::vector<View> views{identityView(text)};
    views.push_back(percentDecoded(views.back()));
    views.push_back(percentDecoded(views.back()));

    QSet<QString> fragments;
    QStringList shortSecrets;
    for (const QString& secret : m_secrets) {
        // In form encoding a space is '+'; a '+' itself arrives as %2B and decodes back to '+'.
        QString formEncoded = secret;
        formEncoded.replace(QLatin1Char(' '), QLatin1Char('+'));
        for (const QString& spelling : {secret, formEncoded}) {
            if (spelling.size() < FragmentLength) {
                shortSecrets.append(spelling);
                continue;
            }
            const QString lower = lowerKeepingPositions(spelling);
            for (qsizetype at = 0; at + FragmentLength <= lower.size(); ++at)
                fragments.insert(lower.mid(at, FragmentLength));
        }
    }

    std::vector<bool> covered(std::size_t(text.size()), false);
    for (const View& view : views) {
        for (const QString& secret : std::as_const(shortSecrets))
            coverWholeCopies(view, secret, &covered);
        if (!fragments.isEmpty())
            coverFragments(view, lowerKeepingPositions(view.text), fragments, &covered);
    }

    QString masked;
    masked.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!covered[std::size_t(i)])
            masked.append(text.at(i));
        else if (i == 0 || !covered[std::size_t(i - 1)])
            masked.append(Mask);
    }
    return masked;
}

} // namespace novapost
