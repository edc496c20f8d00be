// SPDX-License-Identifier: MIT
#include "ClipboardGuard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMimeData>

namespace novapost::gui {

ClipboardGuard::ClipboardGuard(QClipboard* clipboard, QObject* parent)
    : QObject(parent)
    , m_clipboard(clipboard)
{
    if (auto* app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearIfOurs);
}

ClipboardGuard::~ClipboardGuard()
{
    clearIfOurs();
}

QByteArray ClipboardGuard::fingerprint(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

QMimeData* ClipboardGuard::secretMimeData(const QString& text)
{
    auto* data = new QMimeData;
    data->setText(text);
#if defined(Q_OS_MACOS)
    // Tells pasteboard history tools (and Universal Clipboard) to skip this item.
    data->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), text.toUtf8());
#elif defined(Q_OS_WIN)
    // Keeps the item out of Windows clipboard history and cloud clipboard.
    data->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArrayLiteral("1"));
#elif defined(Q_OS_UNIX)
    // Klipper and other managers that follow KDE's convention do not keep this item.
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
#endif
    return data;
}

void ClipboardGuard::copySecret(const QString& text, std::optional<EnvironmentKind> environment)
{
    if (!m_clipboard)
        return;
    m_clipboard->setMimeData(secretMimeData(text), QClipboard::Clipboard);
    m_fingerprint = fingerprint(text);
    m_environment = environment;
    emit secretCopied();
}

std::optional<EnvironmentKind> ClipboardGuard::secretEnvironment() const
{
    return holdsOurSecret() ? m_environment : std::nullopt;
}

bool ClipboardGuard::holdsOurSecret() const
{
    if (!m_clipboard || m_fingerprint.isEmpty())
        return false;
    return fingerprint(m_clipboard->text(QClipboard::Clipboard)) == m_fingerprint;
}

void ClipboardGuard::clearIfOurs()
{
    if (holdsOurSecret())
        m_clipboard->clear(QClipboard::Clipboard);
    m_fingerprint.clear();
}

void ClipboardGuard::clearIfHolding(const QString& secret)
{
    if (!m_clipboard || secret.isEmpty() || m_clipboard->text(QClipboard::Clipboard) != secret)
        return;
    m_clipboard->clear(QClipboard::Clipboard);
    if (m_fingerprint == fingerprint(secret))
        m_fingerprint.clear();
}

} // namespace novapost::gui
