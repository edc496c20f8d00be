// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstdio>
#include <cstdlib>

// A broken invariant must stop the run like a crash does, so libFuzzer saves the input.
#define FUZZ_CHECK(condition, detail)                                                                        \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "invariant failed at %s:%d: %s\n  %s\n", __FILE__, __LINE__, #condition,    \
                         qUtf8Printable(QString(detail)));                                                   \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

namespace novapost::fuzz {

// What the parsers promise about text they pass on to a terminal or a label: no control, format,
// surrogate, private-use or unassigned characters, and no line or paragraph separators.
inline bool isDisplaySafe(const QString& text)
{
    for (QChar c : text) {
        if (!c.isPrint())
            return false;
        if (c.isSpace() && c != QLatin1Char(' '))
            return false;
    }
    return true;
}

} // namespace novapost::fuzz
