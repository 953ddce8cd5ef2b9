// Entry point of the ResellerDesk desktop application.
#include "apiclient.h"
#include "draftstore.h"
#include "keychainsecretstore.h"
#include "languageswitcher.h"
#include "logfilter.h"
#include "mainwindow.h"
#include "orderspage.h"
#include "ordersservice.h"
#include "orderwriteservice.h"
#include "pendingorderstore.h"
#include "pendingordertracker.h"
#include "preferencescontroller.h"
#include "preferencesdialog.h"
#include "profilesdialog.h"
#include "profilestore.h"
#include "requestlogmodel.h"
#include "sandboxoptionsdialog.h"
#include "sandboxserver.h"
#include "sessioncontroller.h"
#include "sessionsecretcache.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QSettings>

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

    LogFilter::install();
    QGuiApplication::setDesktopFileName(QStringLiteral(RESELLERDESK_APP_ID));
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/resellerdesk-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    QSettings settings;
    KeychainSecretStore secrets;
    SessionSecretCache sessionSecrets;
    ProfileStore profiles(&settings, &secrets);
    ApiClient client;
    OrdersService orders(&client);
    OrderWriteService orderWriter(&client);
    DraftStore drafts; // outlives the window: editors save their drafts as they close
    RequestLogModel requestLog;
    requestLog.applySettings(settings);
    QObject::connect(&client, &ApiClient::exchangeFinished, &requestLog, &RequestLogModel::append);
    // Language, theme, timeout and log size before the first window: it opens translated.
    LanguageSwitcher language;
    PreferencesController preferences(&settings, &client, &requestLog, &language);
    preferences.applyStored();
    SessionController session(&client, &profiles, &secrets, &sessionSecrets);
    MainWindow window(&client, &orders, &requestLog, &profiles);
    window.setOrderWriting(&orderWriter, &drafts);
    QObject::connect(app.get(), &QCoreApplication::aboutToQuit, &window,
                     [&window] { window.ordersPage()->saveDrafts(); });
    // v7 orders are followed per profile: each profile's list is loaded when it becomes active.
    PendingOrderTracker pendingOrders(&orders);
    PendingOrderStore pendingOrderStore;
    pendingOrderStore.bind(&pendingOrders);
    window.setPendingOrderTracker(&pendingOrders);
    QObject::connect(&session, &SessionController::profileChanged, &pendingOrderStore,
                     [&pendingOrderStore](const ConnectionProfile &profile) {
                         pendingOrderStore.switchProfile(profile.id);
                     });
    QObject::connect(&pendingOrderStore, &PendingOrderStore::failed, &window,
                     &MainWindow::showStatusMessage);
    QObject::connect(&session, &SessionController::profileChanged, &window,
                     &MainWindow::setProfile);
    QObject::connect(&window, &MainWindow::profileSelected, &session,
                     &SessionController::activateProfile);
    QObject::connect(&session, &SessionController::failed, &window, [&window](const QString &text) {
        QMessageBox::warning(&window, QCoreApplication::translate("main", "ResellerDesk"), text);
    });
    QPointer<ProfilesDialog> profilesDialog;
    QObject::connect(&window, &MainWindow::profilesRequested, &window, [&] {
        if (!profilesDialog) {
            profilesDialog = new ProfilesDialog(&profiles, &secrets, &sessionSecrets, &window);
            profilesDialog->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(profilesDialog, &ProfilesDialog::exchangeFinished, &requestLog,
                             &RequestLogModel::append);
            if (session.offlineSandbox())
                profilesDialog->setOfflineSandboxUrl(session.offlineSandbox()->baseUrl());
        }
        profilesDialog->setDefaultOrderApiVersion(preferences.preferences().defaultOrderApiVersion);
        profilesDialog->selectProfile(session.profile().id);
        profilesDialog->open();
    });

    QPointer<PreferencesDialog> preferencesDialog;
    QObject::connect(&window, &MainWindow::preferencesRequested, &window, [&] {
        if (!preferencesDialog) {
            preferencesDialog = new PreferencesDialog(&preferences, &window);
            preferencesDialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        preferencesDialog->open();
    });

    QPointer<SandboxOptionsDialog> sandboxDialog;
    QObject::connect(&window, &MainWindow::sandboxOptionsRequested, &window, [&] {
        if (sandboxDialog)
            sandboxDialog->close();
        sandboxDialog =
            new SandboxOptionsDialog(session.profile(), &orders, session.offlineSandbox(), &window);
        sandboxDialog->setAttribute(Qt::WA_DeleteOnClose);
        // Beside the window, so the effect of a fault switch can be watched while it is open.
        sandboxDialog->show();
    });
    // The dialog describes one profile; it closes when the profile changes.
    QObject::connect(&session, &SessionController::profileChanged, &window, [&] {
        if (sandboxDialog)
            sandboxDialog->close();
    });

    // First run, or --offline: the offline sandbox needs no credentials from the user.
    if (parser.isSet(offlineOption) || !session.activateProfile(profiles.currentProfileId()))
        session.activate(ConnectionProfile::offlineSandbox(), {});
    placeWindow(&window);
    window.restoreLayout();
    window.show();
    if (profiles.isFirstRun()) {
        window.showStatusMessage(QCoreApplication::translate(
            "main", "Welcome: this is the offline sandbox with test data. Add your Ingram Micro "
                    "account under File → Connection Profiles."));
    }
    return app->exec();
}
