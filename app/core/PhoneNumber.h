// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace novapost {

/**
 * @brief Turns what people type as a phone number into the digits /test-api-keys wants.
 *
 * "+49 821 343-7654", "0049 8213437654" and "(49) 821 3437654" all become "498213437654".
 */
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(novapost::PhoneNumber)

public:
    enum class Problem {
        None,
        Empty,
        InvalidCharacters,
        MissingCountryCode,
        TooShort,
        TooLong,
        UkrainianNotSupported,
    };

    static constexpr int MinimumDigits = 8;
    static constexpr int MaximumDigits = 15;

    /** No number yet (Problem::Empty); parse() makes real ones. */
    PhoneNumber()
        : PhoneNumber(Problem::Empty, {})
    {}
    static PhoneNumber parse(const QString& input);

    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    /** The normalized digits; empty unless valid. */
    QString digits() const { return m_digits; }
    /** A sentence that says what is wrong, or an empty string when valid. */
    QString errorMessage() const;
    /** "+49 821343 7654"-style display form for lists; the digits with a leading '+'. */
    QString displayText() const;

private:
    PhoneNumber(Problem problem, QString digits);

    Problem m_problem;
    QString m_digits;
};

} // namespace novapost
