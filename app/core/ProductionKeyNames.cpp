// SPDX-License-Identifier: MIT
#include "ProductionKeyNames.h"

#include <QCryptographicHash>

namespace novapost {

namespace {

constexpr int HashLength = 10;
// Leaves room for "-" and the hash within MaximumPlainIdLength.
constexpr int ReadablePrefixLength = ProductionKeyNames::MaximumPlainIdLength - HashLength - 1;

QString hashOf(const QString& trimmedLabel)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(trimmedLabel.toUtf8(), QCryptographicHash::Sha256).toHex().left(HashLength));
}

bool isPlainLetterOrDigit(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

} // namespace

QString ProductionKeyNames::comparableForm(const QString& label)
{
    QString form;
    for (QChar c : label.normalized(QString::NormalizationForm_KC).toCaseFolded()) {
        if (c.isLetterOrNumber() || c.isMark())
            form.append(c);
    }
    return form;
}

QString ProductionKeyNames::idFor(const QString& label)
{
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("default");

    // Accents go (ü -> u) so that the readable part says something for German or Polish labels.
    QString id;
    bool lossy = false;
    for (QChar c : trimmed.normalized(QString::NormalizationForm_KD).toLower()) {
        if (isPlainLetterOrDigit(c)) {
            id.append(c);
        } else if (c.isMark()) {
            lossy = true;
        } else {
            lossy = lossy || c.isLetterOrNumber();
            if (!id.isEmpty() && !id.endsWith(QLatin1Char('-')))
                id.append(QLatin1Char('-'));
        }
    }
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    // Labels of a–z, 0–9 and separators keep the plain id, without a hash: keys already stored under
    // such ids must still be found by their label.
    if (!lossy && !id.isEmpty() && id.size() <= MaximumPlainIdLength)
        return id;
    if (id.isEmpty())
        return QStringLiteral("key-") + hashOf(trimmed);
    id.truncate(ReadablePrefixLength);
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id + QLatin1Char('-') + hashOf(trimmed);
}

} // namespace novapost
