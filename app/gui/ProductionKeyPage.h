// SPDX-License-Identifier: MIT
#pragma once

#include "KeyStore.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace novapost::gui {

/**
 * @brief The production key part: which saved key to use, a new key with its company or account
 * (masked unless revealed), Save and Forget, and the chosen key's status.
 *
 * Shows what it is told and reports what the person asks for; it neither stores nor reads keys.
 */
class ProductionKeyPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProductionKeyPage(QWidget* parent = nullptr);

    /**
     * The saved production keys to choose from. The choice stays where it was, or goes to
     * @p preferredAccount (a production key id) when there was none or it is gone.
     */
    void setKeys(const QList<KeyEntry>& entries, const QString& preferredAccount);
    /** Chooses the saved key @p account (its id) without reporting it; the first one when unknown. */
    void selectKey(const QString& account);
    /** Id of the chosen saved key; empty when none is saved. */
    QString selectedKey() const;
    QString keyText() const;
    QString labelText() const;
    /** Empties the key and label fields and masks the key again, e.g. once it is saved. */
    void clearInput();
    /** Masks the key field again. */
    void hideKey();
    /** What is known about the chosen key, and where keys are kept when that adds something. */
    void setKeyStatus(const QString& text);
    /** Off while a request runs; Forget only when @p selectedKeyStored. */
    void setActionsEnabled(bool idle, bool selectedKeyStored);
    void focusKeyField();

signals:
    void saveKey(const QString& label, const QString& key);
    void forgetKey(const QString& account);
    void keyChosen(const QString& account);
    void keyTextChanged();

private:
    void emitSave();

    QComboBox* m_keyCombo;
    QLineEdit* m_labelEdit;
    QLineEdit* m_keyEdit;
    QToolButton* m_revealButton;
    QPushButton* m_saveButton;
    QPushButton* m_forgetButton;
    QLabel* m_statusLabel;
    bool m_actionsIdle = true;
};

} // namespace novapost::gui
