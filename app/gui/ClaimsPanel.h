// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QWidget>

class QToolButton;
class QTreeWidget;

namespace novapost {
class JwtToken;
}

namespace novapost::gui {

/**
 * @brief The decoded header and claims of the shown JWT, collapsed by default behind an arrow button.
 *
 * Times (iat, exp, nbf) are shown in local time; nested values as compact JSON. The signature is not
 * shown, and nothing is verified: the token stays opaque to the program apart from its exp.
 */
class ClaimsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ClaimsPanel(QWidget* parent = nullptr);

    void showToken(const JwtToken& token);
    void clear();
    bool isExpanded() const;
    void setExpanded(bool expanded);

    /** One value as shown in the list: strings as they are, numbers plainly, objects and arrays as compact
     * JSON. */
    static QString valueText(const QJsonValue& value);

private:
    QToolButton* m_toggle;
    QTreeWidget* m_tree;
};

} // namespace novapost::gui
