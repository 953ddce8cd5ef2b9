// Entry point of the ResellerDesk desktop application.
#include "apiclient.h"
#include "mainwindow.h"
#include "sessioncontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QScreen>

#include <cstdio>
#include <cstring>
#include <memory>

#include "appinfo.h"

namespace {
// --help and --version must work without a display (packaging tests, scripts, SSH sessions).
bool wantsConsoleOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (!std::strcmp(arg, "--help") || !std::strcmp(arg, "-h") || !std::strcmp(arg, "-?") ||
            !std::strcmp(arg, "--version") || !std::strcmp(arg, "-v") ||
            !std::strcmp(arg, "--help-all"))
            return true;
    }
    return false;
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral(RESELLERDESK_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(RESELLERDESK_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral(RESELLERDESK_ORGANIZATION));
    QCoreApplication::setOrganizationDomain(QStringLiteral(RESELLERDESK_ORGANIZATION_DOMAIN));
}

void placeWindow(QWidget *window)
{
    // Without a window manager (kiosk sessions, Xvfb) nobody else sizes the window.
    const QScreen *screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize size(std::min(1360, available.width() - 40),
                     std::min(860, available.height() - 40));
    window->resize(size);
    window->move(available.center() - QPoint(size.width() / 2, size.height() / 2));
}
} // namespace

int main(int argc, char **argv)
{
    setIdentity();
    std::unique_ptr<QCoreApplication> app;
    if (wantsConsoleOnly(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Order desk for IT resellers on the Ingram Micro "
                                            "Reseller API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption offlineOption(
        QStringLiteral("offline"),
        QCoreApplication::translate("main", "Start on the offline sandbox, whatever profile was "
                                            "used last."));
    parser.addOption(offlineOption);
    parser.process(*app);

    QGuiApplication::setDesktopFileName(QStringLiteral(RESELLERDESK_APP_ID));
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/resellerdesk-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    ApiClient client;
    SessionController session(&client);
    MainWindow window(&client);
    QObject::connect(&session, &SessionController::profileChanged, &window,
                     &MainWindow::setProfile);
    QObject::connect(&session, &SessionController::failed, &window, [&window](const QString &text) {
        QMessageBox::warning(&window, QCoreApplication::translate("main", "ResellerDesk"), text);
    });
    session.activate(ConnectionProfile::offlineSandbox(), {});
    placeWindow(&window);
    window.show();
    return app->exec();
}
