// SPDX-License-Identifier: MIT
#pragma once

#include "Environment.h"

#include <QByteArray>
#include <QClipboard>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class QMimeData;

namespace novapost::gui {

/**
 * @brief Puts secrets on the clipboard marked as such, and takes them off again.
 *
 * Clipboard managers that honour the hints do not record the secret in their history. Clearing
 * happens only while the clipboard still holds what we put there, so something the user copied
 * afterwards survives.
 */
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    /** @p clipboard is not owned; the guard also clears it when the application is about to quit. */
    explicit ClipboardGuard(QClipboard* clipboard, QObject* parent = nullptr);
    ~ClipboardGuard() override;

    /** @p environment: where the secret is valid, so people can be told whose token they would paste. */
    void copySecret(const QString& text, std::optional<EnvironmentKind> environment = std::nullopt);
    /** True while the clipboard still holds the last secret we copied. */
    bool holdsOurSecret() const;
    /** The environment of the secret on the clipboard; none when it is not ours or was given none. */
    std::optional<EnvironmentKind> secretEnvironment() const;
    /** Clears the clipboard if it still holds our secret; otherwise leaves it alone. */
    void clearIfOurs();
    /** Clears the clipboard only if it holds exactly @p secret (one of several tokens we may have copied). */
    void clearIfHolding(const QString& secret);

    /** The MIME data copySecret() puts on the clipboard; public for tests. */
    static QMimeData* secretMimeData(const QString& text);
    /** The clipboard the guard works on; null once it is gone. */
    QClipboard* clipboard() const { return m_clipboard; }

signals:
    /** After copySecret() put a secret on the clipboard; timed clearing starts from here. */
    void secretCopied();

private:
    static QByteArray fingerprint(const QString& text);

    QPointer<QClipboard> m_clipboard;
    // A hash rather than the secret itself, so the guard keeps no copy of the token alive.
    QByteArray m_fingerprint;
    std::optional<EnvironmentKind> m_environment;
};

} // namespace novapost::gui
