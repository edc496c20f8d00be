// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace novapost {
class KeyStore;
}

namespace novapost::gui {

/**
 * @brief The sentences that tell people about their stored keys: what a typed phone will send and
 * whether a key is stored for it, where keys are kept, what is known of a production key.
 *
 * Reads the key store only; the pages show the sentences. Translated in the window's context, where
 * the shipped catalogues already hold them.
 */
class KeyStatusTexts
{
    Q_DECLARE_TR_FUNCTIONS(novapost::gui::MainWindow)

public:
    struct PhoneStatus
    {
        QString text;
        /** The phone cannot be used as typed. */
        bool problem = false;
    };

    /** @p keys is not owned and must outlive this object. */
    explicit KeyStatusTexts(const KeyStore* keys);

    PhoneStatus phoneStatus(const QString& phoneText) const;
    /** How many test keys are stored, and where keys are kept. */
    QString sandboxSummary() const;
    /** What is known of the production key @p id, and where keys are kept when that adds something. */
    QString productionKeyStatus(const QString& id) const;
    /** Where keys are kept; keys held in memory only are never said to be in the keychain. */
    QString location() const;

private:
    const KeyStore* m_keys;
};

} // namespace novapost::gui
