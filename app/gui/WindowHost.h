// SPDX-License-Identifier: MIT
#pragma once

#include "MainWindow.h"

#include <QObject>

#include <memory>

namespace novapost::gui {

/**
 * @brief Owns the main window and rebuilds it when the language changes.
 *
 * Rebuilding is simpler and safer than retranslating every string of a hand-built window in place.
 * The new window gets the same services, so the key store, the token cache and the request log
 * carry over; it keeps the old window's geometry and environment.
 */
class WindowHost : public QObject
{
    Q_OBJECT

public:
    /** @p services must outlive the host, as for MainWindow. */
    WindowHost(const MainWindowServices& services, const MainWindowOptions& options,
               QObject* parent = nullptr);
    ~WindowHost() override;

    MainWindow* window() const { return m_window.get(); }

signals:
    /** After a rebuild, with the new window already shown. */
    void windowReplaced(novapost::gui::MainWindow* window);

private:
    void createWindow();
    void changeLanguage(const QString& language);

    MainWindowServices m_services;
    MainWindowOptions m_options;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace novapost::gui
