// SPDX-License-Identifier: MIT
#include "CliConsole.h"

#include "ExitCode.h"
#include "ProcessHardening.h"
#include "SecretMasker.h"
#include "TerminalInput.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

namespace novapost::cli {

namespace {

// A key or a token is far smaller; reading stops here so a stray pipe cannot eat memory.
constexpr std::size_t MaximumStdinBytes = 64 * 1024;

} // namespace

std::optional<QString> CliConsole::readStdinLine(const QString& what)
{
    // Blocking is fine here: nothing else runs before the input arrives.
    std::string line;
    // Reserved up front so the key is never left behind in a smaller buffer given back on growth.
    line.reserve(MaximumStdinBytes + 1);
    {
        // Someone at a terminal is asked, and the secret they type or paste is not shown; a pipe
        // gets no prompt, so a script's stderr stays clean.
        const TerminalInput terminal;
        if (terminal.hidesInput()) {
            std::fprintf(stderr, "%s ",
                         tr("Enter the %1 and press Enter (it is not shown as you type):")
                             .arg(what)
                             .toLocal8Bit()
                             .constData());
            std::fflush(stderr);
        }
        char c = 0;
        while (line.size() <= MaximumStdinBytes && std::cin.get(c) && c != '\n')
            line.push_back(c);
    }
    if (line.size() > MaximumStdinBytes) {
        ProcessHardening::wipe(line);
        fail(ExitUsage, tr("The %1 on standard input is far too long.").arg(what));
        return std::nullopt;
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    // Surrounding blanks are never part of a key or a token; they come with copying and pasting.
    const QString text = QString::fromStdString(line).trimmed();
    ProcessHardening::wipe(line);
    if (text.isEmpty()) {
        fail(ExitUsage, tr("No %1 on standard input: pipe it in, for example “printf '%s\\n' \"$KEY\" | "
                           "novapost-jwt-cli ...”.")
                            .arg(what));
        return std::nullopt;
    }
    m_seenSecrets.append(text);
    return text;
}

void CliConsole::addSecret(const QString& secret)
{
    m_seenSecrets.append(secret);
}

void CliConsole::note(const QString& text)
{
    std::fprintf(stderr, "novapost-jwt-cli: %s\n", redact(text).toLocal8Bit().constData());
    std::fflush(stderr);
}

void CliConsole::printAside(const QString& text)
{
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
}

void CliConsole::printLine(const QString& text)
{
    if (m_outputFailed)
        return;
    const QByteArray line = text.toUtf8() + '\n';
    errno = 0;
    if (std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout) == std::size_t(line.size()) &&
        std::fflush(stdout) == 0)
        return;
    // A token written nowhere must not look like success to a script.
    const QString reason = errno != 0 ? QString::fromLocal8Bit(std::strerror(errno)) : QString();
    fail(ExitOutputFailed, reason.isEmpty() ? tr("The output could not be written.")
                                            : tr("The output could not be written: %1.").arg(reason));
    m_outputFailed = true;
}

QString CliConsole::redact(QString text) const
{
    return SecretMasker(m_seenSecrets).mask(text);
}

void CliConsole::fail(int exitCode, const QString& message)
{
    if (m_outputFailed)
        return;
    std::fprintf(stderr, "novapost-jwt-cli: %s\n", redact(message).toLocal8Bit().constData());
    std::fflush(stderr);
    QCoreApplication::exit(exitCode);
}

void CliConsole::failWith(const ApiError& error)
{
    fail(exitCodeFor(error.kind()), error.message());
}

void CliConsole::failKeychain(const QString& message)
{
    fail(ExitKeychainFailure, message);
}

void CliConsole::succeed()
{
    if (m_outputFailed)
        return;
    QCoreApplication::exit(ExitOk);
}

} // namespace novapost::cli
