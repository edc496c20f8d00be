// SPDX-License-Identifier: MIT
#include "PhoneNumber.h"

namespace novapost {

namespace {

bool isSeparator(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('(') ||
           c == QLatin1Char(')') || c == QLatin1Char('/') || c == QChar::Nbsp || c == QChar(0x2009) ||
           c == QLatin1Char('\t');
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

} // namespace

PhoneNumber::PhoneNumber(Problem problem, QString digits)
    : m_problem(problem)
    , m_digits(std::move(digits))
{}

PhoneNumber PhoneNumber::parse(const QString& input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return {Problem::Empty, {}};

    QString digits;
    bool sawPlus = false;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (isAsciiDigit(c)) {
            digits.append(c);
        } else if (c == QLatin1Char('+') && digits.isEmpty() && !sawPlus) {
            sawPlus = true;
        } else if (!isSeparator(c)) {
            return {Problem::InvalidCharacters, {}};
        }
        if (digits.size() > 2 * MaximumDigits)
            return {Problem::TooLong, {}};
    }
    if (digits.isEmpty())
        return {Problem::InvalidCharacters, {}};

    // "00" is the international call prefix; a single leading 0 is a national number.
    if (!sawPlus && digits.startsWith(QLatin1String("00")))
        digits.remove(0, 2);
    // Checked after removing "00" as well: "000 49..." is not the country code 049.
    if (digits.startsWith(QLatin1Char('0')))
        return {Problem::MissingCountryCode, {}};

    if (digits.size() < MinimumDigits)
        return {Problem::TooShort, {}};
    if (digits.size() > MaximumDigits)
        return {Problem::TooLong, {}};
    if (digits.startsWith(QLatin1String("380")))
        return {Problem::UkrainianNotSupported, {}};
    return {Problem::None, digits};
}

QString PhoneNumber::errorMessage() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return tr("Enter the phone number registered on my.novapost.com.");
    case Problem::InvalidCharacters:
        return tr("A phone number may contain only digits, spaces, dashes, brackets and a leading +.");
    case Problem::MissingCountryCode:
        return tr("Start the phone number with its country code, for example +49 for Germany.");
    case Problem::TooShort:
        return tr("The phone number is too short: a phone number has at least %n digit(s), including the "
                  "country code.",
                  "", MinimumDigits);
    case Problem::TooLong:
        return tr("The phone number is too long: a phone number has at most %n digit(s), including the "
                  "country code.",
                  "", MaximumDigits);
    case Problem::UkrainianNotSupported:
        return tr("Nova Post does not issue sandbox test keys for Ukrainian (+380) numbers; "
                  "get a key in the Ukrainian business cabinet instead.");
    }
    return {};
}

QString PhoneNumber::displayText() const
{
    return isValid() ? QLatin1Char('+') + m_digits : QString();
}

} // namespace novapost
