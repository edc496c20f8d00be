// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace novapost::cli {

/**
 * @brief The run's standard streams and its exit: one line per result on stdout, one sentence
 * per failure on stderr, every secret the run has seen masked there, and the exit code.
 *
 * The first outcome ends the event loop; once stdout has failed, nothing else counts.
 */
class CliConsole
{
    // The messages belong to the command-line tool's catalogue.
    Q_DECLARE_TR_FUNCTIONS(novapost::cli::CliApplication)

public:
    /** A line on stdout; a line that cannot be written ends the run with ExitOutputFailed. */
    void printLine(const QString& text);
    /** A line on stderr that is not the run's outcome. */
    void note(const QString& text);
    /** A line for people on stderr, without the program's name, while stdout carries the result alone. */
    void printAside(const QString& text);
    void fail(int exitCode, const QString& message);
    void failWith(const ApiError& error);
    void failKeychain(const QString& message);
    void succeed();

    /** Masks @p secret (an apiKey, a JWT) in everything written to stderr from now on. */
    void addSecret(const QString& secret);
    /**
     * One line from stdin without its line end and surrounding blanks, noted as a secret; empty
     * optional after failing (nothing there, far too long). @p what names it in the message.
     */
    std::optional<QString> readStdinLine(const QString& what);

private:
    /** Removes every secret this run has seen from text bound for stderr. */
    QString redact(QString text) const;

    QStringList m_seenSecrets;
    /** Set once stdout failed: the run has ended with ExitOutputFailed, whatever comes next. */
    bool m_outputFailed = false;
};

} // namespace novapost::cli
