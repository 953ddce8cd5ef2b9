#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "apiclient.h"
#include "environmentbadge.h"

#include <QLabel>
#include <QMessageBox>

#include "appinfo.h"

MainWindow::MainWindow(ApiClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_client(client)
    , m_badge(new EnvironmentBadge(this))
    , m_connectionState(new QLabel(this))
{
    m_ui->setupUi(this);
    m_ui->headerLayout->addWidget(m_badge);
    m_connectionState->setObjectName(QStringLiteral("connectionState"));
    statusBar()->addPermanentWidget(m_connectionState);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionProfiles, &QAction::triggered, this, &MainWindow::profilesRequested);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_client, &ApiClient::exchangeFinished, this, [this](const ApiExchange &exchange) {
        m_connectionState->setText(
            exchange.status > 0
                ? tr("Last request: HTTP %1 in %2 ms").arg(exchange.status).arg(exchange.durationMs)
                : tr("Last request failed: %1").arg(exchange.errorText));
    });
    setProfile(m_client->profile());
}

MainWindow::~MainWindow() = default;

void MainWindow::setProfile(const ConnectionProfile &profile)
{
    m_badge->setProfile(profile);
    m_ui->profileLabel->setText(tr("Profile: <b>%1</b> — %2")
                                    .arg(profile.name.toHtmlEscaped(),
                                         profile.baseUrl().toDisplayString().toHtmlEscaped()));
    setWindowTitle(tr("%1 — ResellerDesk").arg(profile.name));
    m_connectionState->setText(tr("Connected to %1").arg(profile.baseUrl().toDisplayString()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About ResellerDesk"),
        tr("<h3>ResellerDesk %1</h3><p>Order desk for IT resellers on the Ingram "
           "Micro Reseller API.</p><p>Built with Qt %2.</p>")
            .arg(QStringLiteral(RESELLERDESK_VERSION), QString::fromLatin1(qVersion())));
}
