#include "quotevalidatepage.h"
#include "ui_quotevalidatepage.h"

#include "messagebanner.h"
#include "quotejobs.h"
#include "quotesservice.h"
#include "quotetoorderwizard.h"
#include "vendorfieldsform.h"

#include <QTimer>

QuoteValidatePage::QuoteValidatePage(QuoteToOrderWizard *wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::QuoteValidatePage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    m_ui->missingNote->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->validateBusy->setMaximumWidth(200);
    connect(m_ui->cancelValidateButton, &QPushButton::clicked, this,
            &QuoteValidatePage::cancelValidation);
    connect(m_ui->validateBanner, &MessageBanner::retryRequested, this,
            &QuoteValidatePage::validateQuote);
    connect(m_ui->vendorFields, &VendorFieldsForm::changed, this, [this] {
        if (m_loading)
            return;
        storeValues();
        updateMissing();
        Q_EMIT completeChanged();
    });
    m_ui->busyLabel->hide();
    m_ui->validateBusy->hide();
    m_ui->cancelValidateButton->hide();
}

QuoteValidatePage::~QuoteValidatePage() = default;

VendorFieldsForm *QuoteValidatePage::form() const
{
    return m_ui->vendorFields;
}

MessageBanner *QuoteValidatePage::banner() const
{
    return m_ui->validateBanner;
}

QString QuoteValidatePage::note() const
{
    return m_ui->validateNote->text();
}

QString QuoteValidatePage::missingNote() const
{
    return m_ui->missingNote->isVisible() ? m_ui->missingNote->text() : QString();
}

void QuoteValidatePage::initializePage()
{
    // The vendor's rule: validate every time the quote is about to be ordered.
    validateQuote();
}

void QuoteValidatePage::cleanupPage()
{
    // Back keeps what was entered; only a request in flight stops.
    if (m_job)
        m_job->cancel();
}

bool QuoteValidatePage::isComplete() const
{
    return !m_job && m_wizard->hasValidation() &&
           m_validatedNumber == m_wizard->quote().quoteNumber && m_ui->vendorFields->isComplete();
}

void QuoteValidatePage::validateQuote()
{
    if (m_job)
        m_job->cancel();
    m_ui->validateBanner->dismiss();
    m_ui->validateNote->setText(
        tr("Checking quote %1 with the vendor…").arg(m_wizard->quote().quoteNumber));
    m_ui->busyLabel->setText(tr("Validating…"));
    QuoteValidateJob *job =
        m_wizard->services().quotes->validate(m_wizard->quote().quoteNumber, this);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job] { onFinished(job); });
    m_ui->busyLabel->show();
    m_ui->validateBusy->show();
    m_ui->cancelValidateButton->show();
    m_ui->missingNote->hide();
    m_ui->vendorFields->setEnabled(false);
    Q_EMIT completeChanged();
}

void QuoteValidatePage::cancelValidation()
{
    if (m_job)
        m_job->cancel();
}

void QuoteValidatePage::onFinished(QuoteValidateJob *job)
{
    if (job != m_job)
        return;
    m_job = nullptr;
    m_ui->busyLabel->hide();
    m_ui->validateBusy->hide();
    m_ui->cancelValidateButton->hide();
    m_ui->vendorFields->setEnabled(true);
    if (job->hasError()) {
        m_wizard->stopResume();
        if (job->wasCancelled()) {
            m_ui->validateNote->setText(tr("The check was cancelled. The quote must be "
                                           "validated before it can be ordered."));
            m_ui->validateBanner->showMessage(MessageBanner::Type::Information,
                                              tr("Validation cancelled."));
        } else {
            m_ui->validateNote->setText(
                tr("Quote %1 could not be validated.").arg(m_wizard->quote().quoteNumber));
            m_ui->validateBanner->showError(job->error());
        }
        m_ui->validateBanner->setRetryVisible(true);
        Q_EMIT completeChanged();
        return;
    }
    m_validatedNumber = m_wizard->quote().quoteNumber;
    m_wizard->setValidation(job->validation());
    buildForm();
    Q_EMIT completeChanged();
    if (!m_wizard->validation().hasVendorFields()) {
        // Nothing to ask: go straight on, unless the user came back here on purpose.
        if (m_wizard->currentPage() == this && m_wizard->resumeTarget() < 0)
            QTimer::singleShot(0, m_wizard, [wizard = m_wizard, this] {
                if (wizard->currentPage() == this)
                    wizard->next();
            });
    }
    if (isComplete())
        m_wizard->continueResume();
    else
        m_wizard->stopResume();
}

void QuoteValidatePage::buildForm()
{
    const QuoteValidation &validation = m_wizard->validation();
    QList<VendorFieldsForm::Line> lines;
    for (const QuoteValidationLine &line : validation.lines) {
        if (line.fields.isEmpty())
            continue;
        QString vendorPart;
        for (const QuoteLine &quoted : m_wizard->quote().lines) {
            if (quoted.lineNumber == line.customerLineNumber)
                vendorPart = quoted.vendorPartNumber;
        }
        lines.append({line.customerLineNumber, line.ingramPartNumber, vendorPart, line.fields});
    }
    m_loading = true;
    m_ui->vendorFields->setFields(validation.headerFields, lines);
    // Values entered before (Back and Next, a resumed draft) win over the vendor's defaults.
    const QuoteOrderDraft &draft = m_wizard->draft();
    for (auto it = draft.headerFieldValues.cbegin(); it != draft.headerFieldValues.cend(); ++it)
        m_ui->vendorFields->setHeaderValue(it.key(), it.value());
    for (auto line = draft.lineFieldValues.cbegin(); line != draft.lineFieldValues.cend(); ++line) {
        for (auto it = line.value().cbegin(); it != line.value().cend(); ++it)
            m_ui->vendorFields->setLineValue(line.key(), it.key(), it.value());
    }
    m_loading = false;
    storeValues();

    if (!validation.hasVendorFields()) {
        m_ui->validateNote->setText(tr("Quote %1 is valid. No vendor fields are required.")
                                        .arg(m_wizard->quote().quoteNumber));
    } else {
        m_ui->validateNote->setText(
            tr("Quote %1 is valid. The vendor %2 needs these fields to order it.")
                .arg(m_wizard->quote().quoteNumber, validation.vendorName.isEmpty()
                                                        ? m_wizard->quote().vendorName()
                                                        : validation.vendorName));
    }
    showServerProblems();
    updateMissing();
}

void QuoteValidatePage::storeValues()
{
    QuoteOrderDraft &draft = m_wizard->draft();
    draft.headerFieldValues = m_ui->vendorFields->headerValues();
    draft.lineFieldValues = m_ui->vendorFields->lineValues();
    m_wizard->draftChanged();
}

void QuoteValidatePage::showServerProblems()
{
    m_ui->vendorFields->clearProblems();
    for (const ApiFieldError &problem : m_wizard->serverProblems())
        m_ui->vendorFields->showFieldProblem(problem.field, problem.message);
}

void QuoteValidatePage::updateMissing()
{
    const QStringList missing = m_ui->vendorFields->missingFields();
    m_ui->missingNote->setText(missing.isEmpty() ? QString()
                                                 : tr("Fill in the required field(s) to go on: %1",
                                                      nullptr, int(missing.size()))
                                                       .arg(missing.join(QStringLiteral(", "))));
    m_ui->missingNote->setVisible(!missing.isEmpty());
}
