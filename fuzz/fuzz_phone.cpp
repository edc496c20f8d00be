// SPDX-License-Identifier: MIT
// PhoneNumber::parse on arbitrary text: whatever is accepted must be what /test-api-keys wants.
#include "FuzzCheck.h"
#include "PhoneNumber.h"

#include <cstddef>
#include <cstdint>

using novapost::PhoneNumber;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const PhoneNumber phone = PhoneNumber::parse(input);

    if (!phone.isValid()) {
        FUZZ_CHECK(phone.problem() != PhoneNumber::Problem::None, input);
        FUZZ_CHECK(phone.digits().isEmpty(), input);
        FUZZ_CHECK(phone.displayText().isEmpty(), input);
        FUZZ_CHECK(!phone.errorMessage().isEmpty(), input);
        return 0;
    }

    const QString digits = phone.digits();
    FUZZ_CHECK(digits.size() >= PhoneNumber::MinimumDigits && digits.size() <= PhoneNumber::MaximumDigits,
               input + QStringLiteral(" -> ") + digits);
    for (QChar c : digits)
        FUZZ_CHECK(c >= QLatin1Char('0') && c <= QLatin1Char('9'), input + QStringLiteral(" -> ") + digits);
    // A leading 0 is a national number (no country code); 380 is Ukraine, which gets no test keys.
    FUZZ_CHECK(!digits.startsWith(QLatin1Char('0')), input + QStringLiteral(" -> ") + digits);
    FUZZ_CHECK(!digits.startsWith(QLatin1String("380")), input + QStringLiteral(" -> ") + digits);
    FUZZ_CHECK(phone.errorMessage().isEmpty(), input);
    FUZZ_CHECK(phone.displayText() == QLatin1Char('+') + digits, input);

    // Every digit of the result was typed, in order: nothing is invented.
    qsizetype next = 0;
    for (QChar c : input) {
        if (next < digits.size() && c == digits.at(next))
            ++next;
    }
    FUZZ_CHECK(next == digits.size(), input + QStringLiteral(" -> ") + digits);

    // The normalized forms are fixed points, so storing and re-reading them changes nothing.
    for (const QString& again : {digits, phone.displayText()}) {
        const PhoneNumber reparsed = PhoneNumber::parse(again);
        FUZZ_CHECK(reparsed.isValid() && reparsed.digits() == digits, input + QStringLiteral(" -> ") + again);
    }
    return 0;
}
