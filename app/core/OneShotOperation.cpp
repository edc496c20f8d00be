// SPDX-License-Identifier: MIT
#include "OneShotOperation.h"

namespace novapost {

bool OneShotOperation::claimOutcome()
{
    if (m_concluded)
        return false;
    m_concluded = true;
    return true;
}

void OneShotOperation::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
    deleteLater();
}

} // namespace novapost
