// SPDX-License-Identifier: MIT
#include "ViewParts.h"

#include <QLabel>
#include <QLocale>

namespace novapost::gui::viewparts {

QLabel* wrappingLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

QLabel* heading(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QString dateText(const QDateTime& when, const QString& missing)
{
    if (!when.isValid())
        return missing;
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString dayText(const QDateTime& when, const QString& missing)
{
    if (!when.isValid())
        return missing;
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace novapost::gui::viewparts
