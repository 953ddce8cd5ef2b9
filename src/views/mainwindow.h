// The main window: environment badge, navigation between the desk's views, status bar.
#pragma once

#include "connectionprofile.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class ApiClient;
class EnvironmentBadge;
class QLabel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ApiClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows which profile the desk talks to; called whenever the active profile changes.
    void setProfile(const ConnectionProfile &profile);

Q_SIGNALS:
    void profilesRequested();

private:
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ApiClient *m_client;
    EnvironmentBadge *m_badge;
    QLabel *m_connectionState;
};
