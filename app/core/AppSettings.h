// SPDX-License-Identifier: MIT
#pragma once

#include <QSettings>

#include <memory>

namespace novapost {

/** @brief The settings file shared by the window and the CLI. Holds no secret, ever. */
class AppSettings
{
public:
    static constexpr const char* OrganizationName = "novapost-jwt";
    static constexpr const char* ApplicationName = "novapost-jwt";

    static std::unique_ptr<QSettings> open();
};

} // namespace novapost
