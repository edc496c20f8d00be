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
    // Layouts size a wrapped label for fewer characters a line than it gets once the window is
    // wider; the spare height then goes below the text, not between the text and what it is about.
    label->setAlignment(Qt::AlignLeading | Qt::AlignTop);
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
