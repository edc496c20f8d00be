// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QSettings>

#include <memory>

namespace novapost {

/** @brief The settings file shared by the window and the CLI. Holds no secret, ever. */
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(novapost::AppSettings)

public:
    static constexpr const char* OrganizationName = "novapost-jwt";
    static constexpr const char* ApplicationName = "novapost-jwt";

    static std::unique_ptr<QSettings> open();

    /**
     * Empty when @p settings can be written now (its file and its folder, which an atomic save
     * needs); otherwise one sentence naming the file and what to do. Check before an action whose
     * result would be lost without the file, such as spending the day's test-key request.
     */
    static QString writeProblem(const QSettings& settings);
    /** Writes pending changes; empty when they reached the file, else a sentence like writeProblem()'s. */
    static QString syncProblem(QSettings& settings);

private:
    static bool homeUnknown();
    static QString problemText(const QSettings& settings);
};

} // namespace novapost
