// SPDX-License-Identifier: MIT
#include "AppSettings.h"

namespace novapost {

std::unique_ptr<QSettings> AppSettings::open()
{
    // Named explicitly so the CLI and the window share one file whatever their application names.
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                       QString::fromLatin1(OrganizationName),
                                       QString::fromLatin1(ApplicationName));
}

} // namespace novapost
