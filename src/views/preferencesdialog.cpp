#include "preferencesdialog.h"
#include "ui_preferencesdialog.h"

#include "languageswitcher.h"
#include "preferencescontroller.h"

#include <QPushButton>
#include <QSignalBlocker>

PreferencesDialog::PreferencesDialog(PreferencesController *controller, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_controller(controller)
{
    Q_ASSERT(controller);
    m_ui->setupUi(this);
    m_ui->timeoutSpin->setRange(Preferences::MinTimeoutSeconds, Preferences::MaxTimeoutSeconds);
    m_ui->requestLogSizeSpin->setRange(Preferences::MinRequestLogSize,
                                       Preferences::MaxRequestLogSize);
    fillChoices();
    showPreferences(m_controller->preferences());

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox, &QDialogButtonBox::clicked, this, [this](QAbstractButton *button) {
        switch (m_ui->buttonBox->standardButton(button)) {
        case QDialogButtonBox::Ok:
            accept();
            break;
        case QDialogButtonBox::Apply:
            apply();
            break;
        case QDialogButtonBox::RestoreDefaults:
            showPreferences(Preferences());
            break;
        default:
            break;
        }
    });
    for (QComboBox *combo : {m_ui->languageCombo, m_ui->themeCombo, m_ui->apiVersionCombo})
        connect(combo, &QComboBox::currentIndexChanged, this,
                &PreferencesDialog::updateApplyButton);
    for (QSpinBox *spin : {m_ui->timeoutSpin, m_ui->requestLogSizeSpin})
        connect(spin, &QSpinBox::valueChanged, this, &PreferencesDialog::updateApplyButton);
    connect(m_controller, &PreferencesController::applied, this,
            &PreferencesDialog::updateApplyButton);
    updateApplyButton();
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::fillChoices()
{
    // Refilled on a language change: keep what is chosen.
    const int language = m_ui->languageCombo->currentIndex();
    const int theme = m_ui->themeCombo->currentIndex();
    const int version = m_ui->apiVersionCombo->currentIndex();
    const QSignalBlocker languageBlocker(m_ui->languageCombo);
    const QSignalBlocker themeBlocker(m_ui->themeCombo);
    const QSignalBlocker versionBlocker(m_ui->apiVersionCombo);

    m_ui->languageCombo->clear();
    m_ui->languageCombo->addItem(tr("System default"), QString());
    // Each language in its own name, so it can be found whatever language is shown now.
    for (const QString &code : Preferences::supportedLanguages())
        m_ui->languageCombo->addItem(LanguageSwitcher::nativeName(code), code);

    m_ui->themeCombo->clear();
    m_ui->themeCombo->addItem(tr("System"), int(Preferences::Theme::System));
    m_ui->themeCombo->addItem(tr("Light"), int(Preferences::Theme::Light));
    m_ui->themeCombo->addItem(tr("Dark"), int(Preferences::Theme::Dark));

    m_ui->apiVersionCombo->clear();
    m_ui->apiVersionCombo->addItem(tr("v6 (synchronous)"),
                                   int(ConnectionProfile::OrderApiVersion::V6));
    m_ui->apiVersionCombo->addItem(tr("v7 (asynchronous)"),
                                   int(ConnectionProfile::OrderApiVersion::V7));

    m_ui->languageCombo->setCurrentIndex(std::max(language, 0));
    m_ui->themeCombo->setCurrentIndex(std::max(theme, 0));
    m_ui->apiVersionCombo->setCurrentIndex(std::max(version, 0));
}

Preferences PreferencesDialog::formPreferences() const
{
    Preferences preferences;
    preferences.language = m_ui->languageCombo->currentData().toString();
    preferences.theme = Preferences::Theme(m_ui->themeCombo->currentData().toInt());
    preferences.defaultOrderApiVersion =
        ConnectionProfile::OrderApiVersion(m_ui->apiVersionCombo->currentData().toInt());
    preferences.requestTimeoutSeconds = m_ui->timeoutSpin->value();
    preferences.requestLogSize = m_ui->requestLogSizeSpin->value();
    return preferences.validated();
}

void PreferencesDialog::showPreferences(const Preferences &preferences)
{
    const Preferences valid = preferences.validated();
    m_ui->languageCombo->setCurrentIndex(
        std::max(m_ui->languageCombo->findData(valid.language), 0));
    m_ui->themeCombo->setCurrentIndex(std::max(m_ui->themeCombo->findData(int(valid.theme)), 0));
    m_ui->apiVersionCombo->setCurrentIndex(
        std::max(m_ui->apiVersionCombo->findData(int(valid.defaultOrderApiVersion)), 0));
    m_ui->timeoutSpin->setValue(valid.requestTimeoutSeconds);
    m_ui->requestLogSizeSpin->setValue(valid.requestLogSize);
    updateApplyButton();
}

void PreferencesDialog::apply()
{
    m_controller->apply(formPreferences());
}

void PreferencesDialog::accept()
{
    apply();
    QDialog::accept();
}

void PreferencesDialog::updateApplyButton()
{
    if (QPushButton *button = m_ui->buttonBox->button(QDialogButtonBox::Apply))
        button->setEnabled(formPreferences() != m_controller->preferences());
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillChoices();
    }
    QDialog::changeEvent(event);
}
