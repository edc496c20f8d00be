// SPDX-License-Identifier: MIT
#include "FileChooser.h"

#include <QFileDialog>
#include <QPointer>
#include <QTimer>

namespace novapost::gui {

std::optional<QString> FileChooser::s_nextFileName;

void FileChooser::chooseExistingFile(QWidget* parent, const QString& title, const QString& nameFilter,
                                     QObject* context, Callback callback)
{
    if (s_nextFileName) {
        const QString path = *s_nextFileName;
        s_nextFileName.reset();
        QTimer::singleShot(0, context, [callback = std::move(callback), path] { callback(path); });
        return;
    }

    auto* dialog = new QFileDialog(parent, title, QString(), nameFilter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    QPointer<QObject> guard(context);
    QObject::connect(
        dialog, &QFileDialog::finished, dialog, [dialog, guard, callback = std::move(callback)](int result) {
            if (!guard)
                return;
            const QStringList files = dialog->selectedFiles();
            callback(result == QDialog::Accepted && !files.isEmpty() ? files.first() : QString());
        });
    dialog->open();
}

void FileChooser::setNextFileName(std::optional<QString> path)
{
    s_nextFileName = std::move(path);
}

} // namespace novapost::gui
