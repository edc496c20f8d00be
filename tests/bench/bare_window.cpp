// SPDX-License-Identifier: MIT
// The baseline for scripts/bench.sh: the barest Qt Widgets window, built like novapost-jwt and
// timed the same way (StartupProbe quits after the first paint).
#include "StartupProbe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(760, 540);
    novapost::gui::StartupProbe::installIfRequested(&window);
    window.show();
    return app.exec();
}
