// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

/** @brief How the CLI writes times: ISO 8601 UTC for --json, a short UTC form for people. */
namespace novapost::cli::CliTimes {

/** "2026-11-28T10:00:00Z", or an empty string for an invalid time. */
QString isoUtc(const QDateTime& when);
/** isoUtc() as a JSON string, or null for an invalid time. */
QJsonValue isoOrNull(const QDateTime& when);
/** "2026-11-28 10:00 UTC", or "-" for an invalid time. */
QString readableUtc(const QDateTime& when);

} // namespace novapost::cli::CliTimes
