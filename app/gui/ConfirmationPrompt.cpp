// SPDX-License-Identifier: MIT
#include "ConfirmationPrompt.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

namespace novapost::gui {

std::optional<bool> ConfirmationPrompt::s_nextAnswer;
int ConfirmationPrompt::s_askedCount = 0;

void ConfirmationPrompt::ask(QWidget* parent, const QString& title, const QString& text,
                             const QString& confirmLabel, QObject* context, Callback callback)
{
    ++s_askedCount;
    if (s_nextAnswer) {
        const bool answer = *s_nextAnswer;
        s_nextAnswer.reset();
        QTimer::singleShot(0, context, [callback = std::move(callback), answer] { callback(answer); });
        return;
    }

    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    QPushButton* confirm = box->addButton(confirmLabel, QMessageBox::DestructiveRole);
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    // The safe choice is the default, so a stray Enter never deletes anything.
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    QPointer<QObject> guard(context);
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, confirm, guard, callback = std::move(callback)](int) {
                         if (guard)
                             callback(box->clickedButton() == confirm);
                     });
    box->open();
}

void ConfirmationPrompt::setNextAnswer(std::optional<bool> answer)
{
    s_nextAnswer = answer;
}

int ConfirmationPrompt::askedCount()
{
    return s_askedCount;
}

} // namespace novapost::gui
