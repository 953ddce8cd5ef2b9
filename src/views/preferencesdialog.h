// Edits the preferences; OK and Apply hand them to the PreferencesController, which applies
// them to the running application at once.
#pragma once

#include "preferences.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}
class PreferencesController;

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // The controller is not owned and must outlive the dialog.
    explicit PreferencesDialog(PreferencesController *controller, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // What the form shows now, validated.
    Preferences formPreferences() const;
    void showPreferences(const Preferences &preferences);

public Q_SLOTS:
    void apply();
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillChoices();
    void updateApplyButton();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    PreferencesController *m_controller;
};
