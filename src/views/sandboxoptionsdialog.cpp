#include "sandboxoptionsdialog.h"
#include "ui_sandboxoptionsdialog.h"

#include "ordersservice.h"
#include "sandboxfaults.h"
#include "sandboxserver.h"
#include "sandboxstore.h"
#include "sandboxtestingoptions.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidgetItem>
#include <QTimer>

namespace {
enum FaultColumn
{
    KindColumn,
    ParameterColumn,
    PathColumn,
    ModeColumn,
    FaultColumnCount
};

enum ImlChoice
{
    ImlNotSent,
    ImlTrue,
    ImlFalse
};

constexpr int FaultRefreshMs = 500;

const SandboxFaultKind allKinds[] = {
    SandboxFaultKind::Latency,
    SandboxFaultKind::TooManyRequests,
    SandboxFaultKind::ServerError,
    SandboxFaultKind::BadGateway,
    SandboxFaultKind::ServiceUnavailable,
    SandboxFaultKind::GatewayTimeout,
    SandboxFaultKind::MalformedJson,
    SandboxFaultKind::TruncatedBody,
    SandboxFaultKind::DropConnection,
    SandboxFaultKind::SlowBody,
    SandboxFaultKind::ExpiredToken,
    SandboxFaultKind::LateAnswer,
    SandboxFaultKind::CommitThenDrop,
};

// The same switch, whatever its countdown has reached.
bool sameSwitch(const SandboxFaultRule &a, const SandboxFaultRule &b)
{
    return a.kind == b.kind && a.parameter == b.parameter && a.shape == b.shape &&
           a.path == b.path && a.pathPattern.pattern() == b.pathPattern.pattern() &&
           a.method == b.method && a.mode == b.mode && a.fraction == b.fraction;
}

bool takesParameter(SandboxFaultKind kind)
{
    switch (kind) {
    case SandboxFaultKind::Latency:
    case SandboxFaultKind::TooManyRequests:
    case SandboxFaultKind::SlowBody:
    case SandboxFaultKind::LateAnswer:
        return true;
    default:
        return false;
    }
}

QString shapeName(SandboxErrorShape shape)
{
    switch (shape) {
    case SandboxErrorShape::Errors:
        return QStringLiteral("errors");
    case SandboxErrorShape::Message:
        return QStringLiteral("message");
    case SandboxErrorShape::Fault:
        return QStringLiteral("fault");
    }
    return {};
}
} // namespace

SandboxOptionsDialog::SandboxOptionsDialog(const ConnectionProfile &profile, OrdersService *orders,
                                           SandboxServer *offlineSandbox, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SandboxOptionsDialog>())
    , m_profile(profile)
    , m_orders(orders)
    , m_sandbox(offlineSandbox)
    , m_refreshTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setUpParameters();
    setUpFaultSwitches();
    setUpData();
}

SandboxOptionsDialog::~SandboxOptionsDialog() = default;

bool SandboxOptionsDialog::faultSwitchesAvailable() const
{
    return !m_sandbox.isNull();
}

void SandboxOptionsDialog::setUpParameters()
{
    m_ui->simulateStatusCombo->addItem(tr("none"), QString());
    for (const QString &status : OrderDetailsQuery::simulateStatusValues())
        m_ui->simulateStatusCombo->addItem(status, status);
    m_ui->isImlCombo->addItem(tr("not sent"));
    m_ui->isImlCombo->addItem(tr("true"));
    m_ui->isImlCombo->addItem(tr("false"));
    m_ui->regionCodeEdit->setMaxLength(SandboxTestingOptions::RegionCodeMaxLength);

    m_parametersAvailable = m_orders && m_profile.isSandbox();
    if (!m_orders) {
        m_ui->parametersNote->setText(
            tr("Sandbox parameters are not available: there is no orders service to apply them "
               "to."));
    } else if (!m_profile.isSandbox()) {
        m_ui->parametersNote->setText(
            tr("Sandbox parameters are off: the active profile “%1” uses the %2 environment, "
               "which is not a sandbox. Sandbox-only parameters are never sent to it.")
                .arg(m_profile.name,
                     ConnectionProfile::environmentDisplayName(m_profile.environment)));
    } else {
        m_ui->parametersNote->setText(
            tr("These parameters go with every order details request of this session to the "
               "sandbox profile “%1”. A value set for a single request wins.")
                .arg(m_profile.name));
    }
    m_ui->parametersGroup->setEnabled(m_parametersAvailable);
    if (!m_orders)
        return;

    showOptions(m_orders->sandboxTestingOptions());
    connect(m_orders.data(), &OrdersService::sandboxTestingOptionsChanged, this,
            &SandboxOptionsDialog::showOptions);
    connect(m_ui->simulateStatusCombo, &QComboBox::currentIndexChanged, this,
            &SandboxOptionsDialog::applyParameters);
    connect(m_ui->isImlCombo, &QComboBox::currentIndexChanged, this,
            &SandboxOptionsDialog::applyParameters);
    connect(m_ui->regionCodeEdit, &QLineEdit::textChanged, this,
            &SandboxOptionsDialog::applyParameters);
}

void SandboxOptionsDialog::showOptions(const SandboxTestingOptions &options)
{
    const QSignalBlocker statusBlocker(m_ui->simulateStatusCombo);
    const QSignalBlocker regionBlocker(m_ui->regionCodeEdit);
    const QSignalBlocker imlBlocker(m_ui->isImlCombo);
    const int status = m_ui->simulateStatusCombo->findData(options.simulateStatus.trimmed());
    m_ui->simulateStatusCombo->setCurrentIndex(qMax(0, status));
    if (m_ui->regionCodeEdit->text() != options.regionCode)
        m_ui->regionCodeEdit->setText(options.regionCode);
    m_ui->isImlCombo->setCurrentIndex(!options.isIml.has_value() ? ImlNotSent
                                      : *options.isIml           ? ImlTrue
                                                                 : ImlFalse);
}

void SandboxOptionsDialog::applyParameters()
{
    if (!m_orders || !m_parametersAvailable)
        return;
    SandboxTestingOptions options;
    options.simulateStatus = m_ui->simulateStatusCombo->currentData().toString();
    options.regionCode = m_ui->regionCodeEdit->text().trimmed();
    switch (m_ui->isImlCombo->currentIndex()) {
    case ImlTrue:
        options.isIml = true;
        break;
    case ImlFalse:
        options.isIml = false;
        break;
    default:
        break;
    }
    m_orders->setSandboxTestingOptions(options);
}

void SandboxOptionsDialog::setUpFaultSwitches()
{
    for (const SandboxFaultKind kind : allKinds)
        m_ui->faultKindCombo->addItem(SandboxFaultRule::kindName(kind), int(kind));
    m_ui->faultKindCombo->setToolTip(SandboxFaultRule::syntaxHelp());
    m_ui->faultShapeCombo->addItem(tr("errors list"), int(SandboxErrorShape::Errors));
    m_ui->faultShapeCombo->addItem(tr("message"), int(SandboxErrorShape::Message));
    m_ui->faultShapeCombo->addItem(tr("gateway fault"), int(SandboxErrorShape::Fault));
    m_ui->faultModeCombo->addItem(tr("always"), int(SandboxFaultRule::Mode::Always));
    m_ui->faultModeCombo->addItem(tr("next requests"), int(SandboxFaultRule::Mode::NextRequests));
    m_ui->faultModeCombo->addItem(tr("fraction of requests"),
                                  int(SandboxFaultRule::Mode::Fraction));

    m_ui->faultTable->setColumnCount(FaultColumnCount);
    m_ui->faultTable->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Parameter"), tr("Path"), tr("Mode")});
    m_ui->faultTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->faultTable->verticalHeader()->hide();

    if (m_sandbox) {
        m_ui->offlineNote->setText(
            tr("Fault switches of the offline sandbox running in this window take effect at "
               "once."));
    } else {
        m_ui->offlineNote->setText(
            tr("Fault switches are off: the offline sandbox is not running in this window. They "
               "are available while the active profile is the offline sandbox."));
    }
    m_ui->offlineGroup->setEnabled(!m_sandbox.isNull());

    connect(m_ui->faultKindCombo, &QComboBox::currentIndexChanged, this,
            &SandboxOptionsDialog::updateAddForm);
    connect(m_ui->faultModeCombo, &QComboBox::currentIndexChanged, this,
            &SandboxOptionsDialog::updateAddForm);
    connect(m_ui->addFaultButton, &QPushButton::clicked, this, &SandboxOptionsDialog::addFault);
    connect(m_ui->removeFaultButton, &QPushButton::clicked, this,
            &SandboxOptionsDialog::removeSelectedFault);
    connect(m_ui->clearFaultsButton, &QPushButton::clicked, this,
            &SandboxOptionsDialog::clearFaults);
    connect(m_ui->faultTable, &QTableWidget::itemSelectionChanged, this,
            &SandboxOptionsDialog::updateFaultButtons);
    connect(m_refreshTimer, &QTimer::timeout, this, &SandboxOptionsDialog::refreshFaults);
    if (m_sandbox) {
        connect(m_sandbox.data(), &QObject::destroyed, this, &SandboxOptionsDialog::refreshFaults);
        m_refreshTimer->start(FaultRefreshMs);
    }
    updateAddForm();
    refreshFaults();
}

void SandboxOptionsDialog::updateAddForm()
{
    const auto kind = SandboxFaultKind(m_ui->faultKindCombo->currentData().toInt());
    const auto mode = SandboxFaultRule::Mode(m_ui->faultModeCombo->currentData().toInt());
    m_ui->faultParameterSpin->setEnabled(takesParameter(kind));
    m_ui->faultShapeCombo->setEnabled(kind == SandboxFaultKind::ServerError);
    m_ui->faultCountSpin->setEnabled(mode == SandboxFaultRule::Mode::NextRequests);
    m_ui->faultFractionSpin->setEnabled(mode == SandboxFaultRule::Mode::Fraction);
}

void SandboxOptionsDialog::addFault()
{
    if (!m_sandbox)
        return;
    const auto kind = SandboxFaultKind(m_ui->faultKindCombo->currentData().toInt());
    SandboxFaultRule rule(kind, takesParameter(kind) ? m_ui->faultParameterSpin->value() : -1);
    if (kind == SandboxFaultKind::ServerError)
        rule.withShape(SandboxErrorShape(m_ui->faultShapeCombo->currentData().toInt()));
    rule.onPath(m_ui->faultPathEdit->text().trimmed());
    switch (SandboxFaultRule::Mode(m_ui->faultModeCombo->currentData().toInt())) {
    case SandboxFaultRule::Mode::Always:
        break;
    case SandboxFaultRule::Mode::NextRequests:
        rule.times(m_ui->faultCountSpin->value());
        break;
    case SandboxFaultRule::Mode::Fraction:
        rule.withProbability(m_ui->faultFractionSpin->value());
        break;
    }
    m_sandbox->faults()->add(rule);
    refreshFaults();
}

void SandboxOptionsDialog::removeSelectedFault()
{
    const int row = m_ui->faultTable->currentRow();
    if (!m_sandbox || row < 0 || row >= m_shownRules.size())
        return;
    // SandboxFaults hands out ids only to whoever added a rule, so the remaining rules are put
    // back in order; a rule that ran out meanwhile is simply gone.
    SandboxFaults *faults = m_sandbox->faults();
    QList<SandboxFaultRule> rules = faults->rules();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (sameSwitch(rules.at(i), m_shownRules.at(row))) {
            rules.removeAt(i);
            break;
        }
    }
    faults->clear();
    for (const SandboxFaultRule &rule : std::as_const(rules))
        faults->add(rule);
    refreshFaults();
}

void SandboxOptionsDialog::clearFaults()
{
    if (m_sandbox)
        m_sandbox->faults()->clear();
    refreshFaults();
}

void SandboxOptionsDialog::refreshFaults()
{
    const QList<SandboxFaultRule> rules =
        m_sandbox ? m_sandbox->faults()->rules() : QList<SandboxFaultRule>();
    if (!m_sandbox) {
        m_refreshTimer->stop();
        m_ui->offlineGroup->setEnabled(false);
        m_ui->offlineDataGroup->setEnabled(false);
    }
    const QLocale locale;
    QList<QStringList> texts;
    for (const SandboxFaultRule &rule : rules) {
        QString parameter;
        if (rule.kind == SandboxFaultKind::ServerError)
            parameter = shapeName(rule.shape);
        else if (takesParameter(rule.kind))
            parameter = locale.toString(rule.effectiveParameter());
        QString path = tr("every path");
        if (!rule.pathPattern.pattern().isEmpty())
            path = QLatin1Char('~') + rule.pathPattern.pattern();
        else if (!rule.path.isEmpty())
            path = rule.path;
        if (!rule.method.isEmpty())
            path = QString::fromLatin1(rule.method) + QLatin1Char(' ') + path;
        QString mode;
        switch (rule.mode) {
        case SandboxFaultRule::Mode::Always:
            mode = tr("always");
            break;
        case SandboxFaultRule::Mode::NextRequests:
            mode = tr("next %n request(s)", nullptr, rule.remaining);
            break;
        case SandboxFaultRule::Mode::Fraction:
            mode = tr("%1 of requests")
                       .arg(locale.toString(rule.fraction * 100, 'g', 3) + locale.percent());
            break;
        }
        texts.append({SandboxFaultRule::kindName(rule.kind), parameter, path, mode});
    }
    m_shownRules = rules;
    if (texts == m_shownTexts) {
        updateFaultButtons();
        return;
    }
    m_shownTexts = texts;
    const int selected = m_ui->faultTable->currentRow();
    m_ui->faultTable->setRowCount(int(texts.size()));
    for (int row = 0; row < texts.size(); ++row) {
        for (int column = 0; column < FaultColumnCount; ++column)
            m_ui->faultTable->setItem(row, column, new QTableWidgetItem(texts.at(row).at(column)));
    }
    if (selected >= 0 && selected < texts.size())
        m_ui->faultTable->selectRow(selected);
    updateFaultButtons();
}

void SandboxOptionsDialog::updateFaultButtons()
{
    const bool running = !m_sandbox.isNull();
    m_ui->removeFaultButton->setEnabled(running && m_ui->faultTable->currentRow() >= 0 &&
                                        !m_ui->faultTable->selectedItems().isEmpty());
    m_ui->clearFaultsButton->setEnabled(running && !m_shownRules.isEmpty());
}

void SandboxOptionsDialog::setUpData()
{
    m_ui->seedSizeSpin->setRange(0, SandboxServer::MaxOrderCount);
    m_ui->offlineDataGroup->setEnabled(!m_sandbox.isNull());
    if (m_sandbox) {
        m_ui->seedSizeSpin->setValue(m_sandbox->options().orderCount);
        connect(m_sandbox.data(), &SandboxServer::dataReset, this,
                &SandboxOptionsDialog::showDataStatus);
        connect(m_sandbox.data(), &SandboxServer::regenerationProgress, this,
                &SandboxOptionsDialog::showResetProgress);
        connect(m_sandbox.data(), &SandboxServer::regenerationFinished, this,
                &SandboxOptionsDialog::finishReset);
        connect(m_sandbox.data(), &QObject::destroyed, this, [this] {
            finishReset(false, 0);
            m_ui->offlineDataGroup->setEnabled(false);
        });
    }
    connect(m_ui->cancelResetButton, &QPushButton::clicked, this, [this] {
        if (m_sandbox && m_resetRunning) {
            m_ui->cancelResetButton->setEnabled(false);
            m_ui->dataStatusLabel->setText(tr("Stopping…"));
            m_sandbox->cancelRegeneration();
        }
    });
    connect(m_ui->resetDataButton, &QPushButton::clicked, this,
            &SandboxOptionsDialog::confirmReset);
    showDataStatus();
}

void SandboxOptionsDialog::showDataStatus()
{
    if (!m_sandbox) {
        m_ui->dataStatusLabel->clear();
        return;
    }
    m_ui->dataStatusLabel->setText(
        tr("Orders now: %Ln.", nullptr, m_sandbox->store()->orderCount()) + QLatin1Char(' ') +
        tr("Seed size: %Ln.", nullptr, m_sandbox->options().orderCount));
}

void SandboxOptionsDialog::confirmReset()
{
    if (!m_sandbox || m_resetRunning)
        return;
    const int orderCount = m_ui->seedSizeSpin->value();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Reset Offline Sandbox Data"),
                                tr("Replace the offline sandbox's data with %Ln freshly "
                                   "seeded order(s)?",
                                   nullptr, orderCount),
                                QMessageBox::Reset | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("resetDataConfirmation"));
    box->setInformativeText(
        tr("Orders created in the sandbox, including v7 orders still on their way, will be lost "
           "and the stock is refilled. Fault switches and sign-ins stay."));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Reset)
            startReset();
    });
    box->open();
}

void SandboxOptionsDialog::startReset()
{
    if (!m_sandbox || m_resetRunning)
        return;
    m_resetOrderCount = m_ui->seedSizeSpin->value();
    // Generated on a worker thread: the window stays responsive and the sandbox keeps
    // answering from the old data until the new data is swapped in.
    if (!m_sandbox->startRegeneration(m_resetOrderCount, m_sandbox->options().seed)) {
        m_ui->dataStatusLabel->setText(
            tr("The data could not be reset to %Ln order(s).", nullptr, m_resetOrderCount));
        return;
    }
    m_resetRunning = true;
    m_ui->seedSizeSpin->setEnabled(false);
    m_ui->resetDataButton->setEnabled(false);
    m_ui->resetProgress->setValue(0);
    m_ui->resetProgress->show();
    m_ui->cancelResetButton->setEnabled(true);
    m_ui->cancelResetButton->show();
    m_ui->cancelResetButton->setFocus();
    m_ui->dataStatusLabel->setText(tr("Generating %Ln order(s)…", nullptr, m_resetOrderCount));
}

void SandboxOptionsDialog::showResetProgress(qint64 done, qint64 total)
{
    if (!m_resetRunning)
        return;
    m_ui->resetProgress->setValue(total > 0 ? int(done * 100 / total) : 100);
}

void SandboxOptionsDialog::finishReset(bool applied, qint64 elapsedMs)
{
    if (!m_resetRunning)
        return;
    m_resetRunning = false;
    const bool focus = m_ui->cancelResetButton->hasFocus();
    m_ui->resetProgress->hide();
    m_ui->cancelResetButton->hide();
    m_ui->seedSizeSpin->setEnabled(true);
    m_ui->resetDataButton->setEnabled(true);
    if (focus)
        m_ui->resetDataButton->setFocus();
    if (!m_sandbox)
        return;
    if (!applied) {
        m_ui->dataStatusLabel->setText(tr("Reset stopped; the data is unchanged (%Ln order(s)).",
                                          nullptr, m_sandbox->store()->orderCount()));
        return;
    }
    m_ui->dataStatusLabel->setText(
        tr("Data reset to %Ln seeded order(s) in %1 s; created orders are gone.", nullptr,
           m_sandbox->store()->orderCount())
            .arg(QLocale().toString(double(elapsedMs) / 1000.0, 'f', 1)));
}
