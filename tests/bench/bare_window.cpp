// SPDX-License-Identifier: MIT
// The barest Qt Widgets window, built like novapost-jwt: the baseline of scripts/bench.sh (linked
// with ExitAfterFirstPaint.cpp) and a second client for the end-to-end tests.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(760, 540);
    window.show();
    return app.exec();
}
