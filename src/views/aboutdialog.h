// The About dialog: name, version and organisation, the versions of Qt and QtKeychain, the
// licences with their texts, and diagnostics to copy for support requests.
#pragma once

#include "connectionprofile.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    // The profile is only described by environment and base URL; it holds no secrets.
    explicit AboutDialog(const ConnectionProfile &activeProfile, QWidget *parent = nullptr);
    ~AboutDialog() override;

    // Versions, platform, locale and the active profile's environment, as plain text.
    // Never client IDs, secrets, tokens or customer data.
    static QString diagnostics(const ConnectionProfile &activeProfile);
    static QString qtKeychainVersion();

public Q_SLOTS:
    void copyDiagnostics();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showLicense(int row);

    std::unique_ptr<Ui::AboutDialog> m_ui;
    ConnectionProfile m_profile;
};
