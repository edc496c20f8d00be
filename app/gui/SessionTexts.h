// SPDX-License-Identifier: MIT
#pragma once

#include "Environment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace novapost {
class KeyStore;
}

namespace novapost::gui {

/**
 * @brief What a session says to people, as whole sentences.
 *
 * Translated in the window's context, where the shipped catalogues already hold these sentences.
 */
class SessionTexts
{
    Q_DECLARE_TR_FUNCTIONS(novapost::gui::MainWindow)

public:
    /** "the test key for +49…", "the production key “Acme”", "the saved production key". */
    static QString source(const KeyStore* keys, EnvironmentKind kind, const QString& account);
    /** Why Get JWT cannot run; empty when it can. @p input: the phone as typed, or a production key id. */
    static QString getJwtBlocker(const KeyStore* keys, EnvironmentKind kind, const QString& input, bool busy);
    /** Nova Post's clock differs from ours by @p offsetSeconds; empty within the tolerance. */
    static QString clockNote(qint64 offsetSeconds);

    static QString waitingForKeychain();
    static QString requestingTestKey(const QString& phone);
    static QString testKeyReused(const QString& phone);
    static QString testKeySaved(const QString& phone, const QDateTime& expiresAt);
    static QString testKeyRemoved(const QString& phone);
    /** After a refused request (429) for a phone whose key is stored. */
    static QString storedTestKeyStillWorks(const QString& phone);
    static QString productionKeySaved();
    static QString productionKeyForgotten();
    static QString gettingJwt(const QString& source, bool automatic);
    static QString cachedTokenUsed(qint64 secondsLeft);
    static QString keyGone(EnvironmentKind kind, const QString& account);
    static QString renewalFailed(const QString& problem, qint64 nextTrySeconds);
    static QString cancelled();
};

} // namespace novapost::gui
