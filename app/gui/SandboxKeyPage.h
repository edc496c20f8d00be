// SPDX-License-Identifier: MIT
#pragma once

#include "KeyStore.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace novapost::gui {

/**
 * @brief The sandbox's key part: the phone field with what it will send, Request test key, the
 * stored test keys with Renew and Remove, and where keys are kept.
 *
 * Shows what it is told and reports what the person asks for; it neither stores nor requests keys.
 * Selecting a stored key puts its phone into the field, so Renew, Remove and Get JWT act on what is
 * typed.
 */
class SandboxKeyPage : public QWidget
{
    Q_OBJECT

public:
    explicit SandboxKeyPage(QWidget* parent = nullptr);

    QString phoneText() const;
    void setPhoneText(const QString& text);
    /** The line under the phone field; @p problem shows it in red. Also the field's description. */
    void setPhoneStatus(const QString& text, bool problem);
    /** The stored sandbox keys; the selection stays on the same phone where it still exists. */
    void setKeys(const QList<KeyEntry>& entries);
    /** Selects the stored key for @p account (phone digits), or nothing, without reporting it. */
    void selectAccount(const QString& account);
    /** Phone digits of the selected stored key; empty when none is selected. */
    QString selectedAccount() const;
    /** Where keys are kept, e.g. "1 test key stored. Keys are stored in …". */
    void setLocation(const QString& text);
    void setRequestEnabled(bool enabled);
    /** Renew and Remove: on only while a key is selected. */
    void setKeyActionsEnabled(bool enabled);
    bool requestButtonHasFocus() const;
    void focusPhone();

signals:
    void phoneTextChanged(const QString& text);
    void phoneReturnPressed();
    void requestKey(const QString& phoneText);
    void renewKey(const QString& account);
    void removeKey(const QString& account);
    void selectedAccountChanged(const QString& account);
    /** A stored key was double-clicked or activated with Enter. */
    void keyActivated(const QString& account);

private:
    /** A key's status as Nova Post names it, in the window's language. */
    static QString statusText(const QString& status);

    QLineEdit* m_phoneEdit;
    QLabel* m_phoneStatusLabel;
    QPushButton* m_requestButton;
    QTreeWidget* m_keyList;
    QPushButton* m_renewButton;
    QPushButton* m_removeButton;
    QLabel* m_locationLabel;
};

} // namespace novapost::gui
