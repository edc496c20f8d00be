// SPDX-License-Identifier: MIT
#pragma once

#include "CliOptions.h"

#include <QCoreApplication>
#include <QString>

namespace novapost::cli {

/** @brief The help of one command: what it does and the options it takes (`token --help`, `help token`). */
class CommandHelp
{
    Q_DECLARE_TR_FUNCTIONS(novapost::cli::CliParser)

public:
    static QString text(Command command);
};

} // namespace novapost::cli
