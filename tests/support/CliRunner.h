// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

class QProcess;

namespace novapost::test {

struct CliResult
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/**
 * @brief Runs the built novapost-jwt-cli while the caller's event loop keeps serving the fake
 * server in the same process (so it never blocks with waitForFinished).
 */
class CliRunner
{
public:
    explicit CliRunner(QString program);

    /** Starts from the caller's environment with an isolated HOME and XDG folders under @p home. */
    void isolateIn(const QString& home);
    /** Makes the keychain unreachable: no session bus, no display to autolaunch one. */
    void withoutKeychain();
    QProcessEnvironment& environment() { return m_environment; }
    /** Called on each QProcess before it starts: redirect a stream, set a child-process modifier. */
    void setProcessSetup(std::function<void(QProcess&)> setup) { m_setup = std::move(setup); }
    const QProcessEnvironment& environment() const { return m_environment; }

    CliResult run(const QStringList& arguments, const QByteArray& standardInput = {},
                  int timeoutMs = 30000) const;

private:
    QString m_program;
    QProcessEnvironment m_environment;
    std::function<void(QProcess&)> m_setup;
};

} // namespace novapost::test
