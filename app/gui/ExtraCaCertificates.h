// SPDX-License-Identifier: MIT
#pragma once

#include "MessageBanner.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>

class QAction;
class QLabel;
class QMenu;
class QWidget;

namespace novapost {
class ApiClient;
}

namespace novapost::gui {

class WindowSettings;

/**
 * @brief Extra trusted CA certificates for corporate TLS proxies: chosen in the window, remembered
 * (the file's path only) and applied to the API client; --ca-file overrides them for one run.
 */
class ExtraCaCertificates : public QObject
{
    Q_OBJECT

public:
    /** None of the pointers is owned; @p window parents the dialog and the status label. */
    ExtraCaCertificates(ApiClient* apiClient, WindowSettings* settings, QWidget* window);

    /** Applies @p commandLinePath (from --ca-file) if not empty, else the remembered file, if any. */
    void applyAtStart(const QString& commandLinePath);
    /** Adds "Trusted CA certificates…" and "Remove extra CA certificates" to @p menu. */
    void addActionsTo(QMenu* menu);
    /** Says which extra CA file is in use; hidden when none is. For the status bar. */
    QLabel* statusLabel() const { return m_statusLabel; }
    /** The file whose certificates are in use, or empty. */
    QString activePath() const { return m_activePath; }

    /** The certificates in the PEM file at @p path; empty with *error set if there are none. */
    static QList<QSslCertificate> load(const QString& path, QString* error);

signals:
    /** Something to tell the user in the window's message banner. */
    void message(novapost::gui::MessageBanner::Level level, const QString& text);

private:
    void choose();
    void useFile(const QString& path);
    void remove();
    void render();

    ApiClient* m_apiClient;
    WindowSettings* m_settings;
    QWidget* m_window;
    QLabel* m_statusLabel;
    QAction* m_removeAction = nullptr;
    QString m_activePath;
    bool m_fromCommandLine = false;
    int m_count = 0;
};

} // namespace novapost::gui
