#include "quotereviewpage.h"
#include "ui_quotereviewpage.h"

#include "messagebanner.h"
#include "quoteorderhtml.h"
#include "quotetoorderwizard.h"

#include <QFontDatabase>
#include <QJsonDocument>

QuoteReviewPage::QuoteReviewPage(QuoteToOrderWizard *wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::QuoteReviewPage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Place Order"));
    m_ui->requestBody->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->reviewProblems->setStyleSheet(QStringLiteral("color: #b00020;"));
    connect(m_ui->showBodyButton, &QPushButton::toggled, m_ui->requestBody, &QWidget::setVisible);
}

QuoteReviewPage::~QuoteReviewPage() = default;

MessageBanner *QuoteReviewPage::banner() const
{
    return m_ui->reviewBanner;
}

void QuoteReviewPage::initializePage()
{
    const QuoteToOrderRequest request = m_wizard->request();
    const QuoteValidation validation = m_wizard->validation();
    m_ui->reviewText->setHtml(QuoteOrderHtml::review(
        m_wizard->quote(), request, m_wizard->hasValidation() ? &validation : nullptr,
        m_wizard->endpointDescription()));
    m_ui->requestBody->setPlainText(QString::fromUtf8(
        QJsonDocument(request.toJson(m_wizard->orderVersion())).toJson(QJsonDocument::Indented)));
    m_ui->endpointLabel->setText(m_wizard->endpointDescription());
    QStringList problems;
    for (const QuoteToOrderRequest::Problem &problem : m_wizard->problems())
        problems.append(problem.message);
    m_ui->reviewProblems->setText(problems.join(QLatin1Char('\n')));
    m_ui->reviewProblems->setVisible(!problems.isEmpty());
    if (m_wizard->draft().order.state == OrderDraft::State::Submitted) {
        m_ui->reviewBanner->showMessage(
            MessageBanner::Type::Warning,
            tr("This order was sent before and may have been placed."),
            tr("Placing it again first searches customer PO %1 and asks before a second order "
               "is placed. %2")
                .arg(request.customerOrderNumber, m_wizard->draft().order.statusNote));
        m_ui->reviewBanner->setRetryVisible(false);
    } else {
        m_ui->reviewBanner->dismiss();
    }
}

bool QuoteReviewPage::isComplete() const
{
    return m_wizard->hasValidation() && m_wizard->problems().isEmpty();
}

QString QuoteReviewPage::summaryText() const
{
    return m_ui->reviewText->toPlainText();
}

QString QuoteReviewPage::requestBody() const
{
    return m_ui->requestBody->toPlainText();
}
