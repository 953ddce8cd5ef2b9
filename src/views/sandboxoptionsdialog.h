// Sandbox testing options: session-wide sandbox-only parameters and the offline sandbox's fault
// switches, applied as soon as they change.
#pragma once

#include "connectionprofile.h"
#include "sandbox/sandboxfaultrule.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <memory>

class OrdersService;
class SandboxServer;
class SandboxTestingOptions;
class QTimer;

namespace Ui {
class SandboxOptionsDialog;
}

class SandboxOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    // offlineSandbox is the in-process offline sandbox, or nullptr when none runs; the dialog
    // notices when it goes away.
    SandboxOptionsDialog(const ConnectionProfile &profile, OrdersService *orders,
                         SandboxServer *offlineSandbox, QWidget *parent = nullptr);
    ~SandboxOptionsDialog() override;

    bool parametersAvailable() const { return m_parametersAvailable; }
    bool faultSwitchesAvailable() const;

private:
    void setUpParameters();
    void setUpFaultSwitches();
    void showOptions(const SandboxTestingOptions &options);
    void applyParameters();
    void updateAddForm();
    void addFault();
    void removeSelectedFault();
    void clearFaults();
    // Rebuilds the table from the sandbox's rules when they changed (next-N rules run out).
    void refreshFaults();
    void updateFaultButtons();
    void setUpData();
    // Asks, in a window-modal message box, before the data is replaced.
    void confirmReset();
    void startReset();
    void showResetProgress(qint64 done, qint64 total);
    void finishReset(bool applied, qint64 elapsedMs);
    void showDataStatus();

    std::unique_ptr<Ui::SandboxOptionsDialog> m_ui;
    ConnectionProfile m_profile;
    QPointer<OrdersService> m_orders;
    QPointer<SandboxServer> m_sandbox;
    bool m_parametersAvailable = false;
    QList<SandboxFaultRule> m_shownRules;
    QList<QStringList> m_shownTexts;
    QTimer *m_refreshTimer;
    bool m_resetRunning = false;
    int m_resetOrderCount = 0;
};
