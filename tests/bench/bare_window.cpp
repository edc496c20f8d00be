// SPDX-License-Identifier: MIT
// The barest Qt Widgets window, built like novapost-jwt: the baseline of scripts/bench.sh (linked
// with ExitAfterFirstPaint.cpp) and a second client for the end-to-end tests. Built with
// BARE_WINDOW_WITH_NETWORK it also loads Qt Network, as every program that talks HTTP with Qt does,
// which shows what that library costs by itself on a given system (on Debian 13 it pulls in
// libproxy and its backends).
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#ifdef BARE_WINDOW_WITH_NETWORK
#include <QNetworkProxy>
#endif

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
#ifdef BARE_WINDOW_WITH_NETWORK
    // Used, so the linker keeps the library.
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
#endif
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(760, 540);
    window.show();
    return app.exec();
}
