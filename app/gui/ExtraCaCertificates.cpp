// SPDX-License-Identifier: MIT
#include "ExtraCaCertificates.h"

#include "ApiClient.h"
#include "CaCertificateFile.h"
#include "FileChooser.h"
#include "WindowSettings.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>

namespace novapost::gui {

ExtraCaCertificates::ExtraCaCertificates(ApiClient* apiClient, WindowSettings* settings, QWidget* window)
    : QObject(window)
    , m_apiClient(apiClient)
    , m_settings(settings)
    , m_window(window)
    , m_statusLabel(new QLabel(window))
{
    setObjectName(QStringLiteral("extraCaCertificates"));
    m_statusLabel->setObjectName(QStringLiteral("extraCaStatusLabel"));
    render();
}

QList<QSslCertificate> ExtraCaCertificates::load(const QString& path, QString* error)
{
    const CaCertificateFile::Loaded loaded = CaCertificateFile::load(path);
    if (error)
        *error = loaded.message;
    return loaded.certificates;
}

void ExtraCaCertificates::applyAtStart(const QString& commandLinePath)
{
    const QString path = commandLinePath.isEmpty() ? m_settings->extraCaFile() : commandLinePath;
    if (path.isEmpty())
        return;
    QString error;
    const QList<QSslCertificate> certificates = load(path, &error);
    if (certificates.isEmpty()) {
        emit message(MessageBanner::Level::Warning,
                     tr("The extra CA certificates could not be loaded, so only the system's certificates "
                        "are trusted. %1")
                         .arg(error));
        return;
    }
    m_apiClient->setExtraCaCertificates(certificates);
    m_activePath = path;
    m_fromCommandLine = !commandLinePath.isEmpty();
    m_count = int(certificates.size());
    render();
}

void ExtraCaCertificates::addActionsTo(QMenu* menu)
{
    QAction* choose = menu->addAction(tr("&Trusted CA certificates…"));
    choose->setObjectName(QStringLiteral("chooseCaFileAction"));
    choose->setStatusTip(tr("Also trust the CA certificates in a PEM file, for a company proxy that inspects "
                            "TLS."));
    connect(choose, &QAction::triggered, this, &ExtraCaCertificates::choose);
    m_removeAction = menu->addAction(tr("Remove e&xtra CA certificates"));
    m_removeAction->setObjectName(QStringLiteral("removeCaFileAction"));
    connect(m_removeAction, &QAction::triggered, this, &ExtraCaCertificates::remove);
    render();
}

void ExtraCaCertificates::choose()
{
    FileChooser::chooseExistingFile(m_window, tr("Trusted CA certificates"),
                                    tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"), this,
                                    [this](const QString& path) {
                                        if (!path.isEmpty())
                                            useFile(path);
                                    });
}

void ExtraCaCertificates::useFile(const QString& path)
{
    QString error;
    const QList<QSslCertificate> certificates = load(path, &error);
    if (certificates.isEmpty()) {
        emit message(MessageBanner::Level::Error,
                     m_activePath.isEmpty() ? tr("%1 Nothing was changed.").arg(error)
                                            : tr("%1 The CA certificates from %2 stay in use.")
                                                  .arg(error, QDir::toNativeSeparators(m_activePath)));
        return;
    }
    m_apiClient->setExtraCaCertificates(certificates);
    m_settings->setExtraCaFile(path);
    m_activePath = path;
    m_fromCommandLine = false;
    m_count = int(certificates.size());
    render();
    emit message(MessageBanner::Level::Info,
                 tr("Connections now also trust the %n CA certificate(s) in %1.", "", m_count)
                     .arg(QDir::toNativeSeparators(path)));
}

void ExtraCaCertificates::remove()
{
    m_settings->setExtraCaFile(QString());
    if (m_activePath.isEmpty())
        return;
    m_apiClient->setExtraCaCertificates({});
    m_activePath.clear();
    m_fromCommandLine = false;
    m_count = 0;
    render();
    emit message(MessageBanner::Level::Info,
                 tr("The extra CA certificates were removed; only the system's certificates are trusted."));
}

void ExtraCaCertificates::render()
{
    if (m_removeAction)
        m_removeAction->setEnabled(!m_activePath.isEmpty());
    if (m_activePath.isEmpty()) {
        m_statusLabel->hide();
        m_statusLabel->clear();
        return;
    }
    const QString name = QFileInfo(m_activePath).fileName();
    m_statusLabel->setText(m_fromCommandLine ? tr("Extra CAs (--ca-file): %1").arg(name)
                                             : tr("Extra CAs: %1").arg(name));
    m_statusLabel->setToolTip(
        tr("Besides the system's certificates, %n CA certificate(s) from %1 are trusted.", "", m_count)
            .arg(QDir::toNativeSeparators(m_activePath)));
    m_statusLabel->setAccessibleName(m_statusLabel->toolTip());
    m_statusLabel->show();
}

} // namespace novapost::gui
