// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace novapost {

/**
 * @brief The life of a core operation that reports once: exactly one outcome signal, then
 * finished(), then the object deletes itself.
 *
 * A subclass calls claimOutcome() before it emits its outcome (a late answer after a cancel then
 * emits nothing) and finish() when it is done; both may be reached more than once by answers that
 * race each other, and act only the first time.
 */
class OneShotOperation : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    /** Always the last signal; the object is deleted afterwards. */
    void finished();

protected:
    /** True the first time only: the caller then emits the one outcome signal. */
    bool claimOutcome();
    /** An outcome was claimed. */
    bool isConcluded() const { return m_concluded; }
    /** Emits finished() once and schedules the deletion. */
    void finish();
    bool isFinished() const { return m_finished; }

private:
    bool m_concluded = false;
    bool m_finished = false;
};

} // namespace novapost
