#include "quoteorderresultpage.h"
#include "ui_quoteorderresultpage.h"

#include "messagebanner.h"
#include "ordersubmission.h"
#include "pendingordertracker.h"
#include "quotetoorderwizard.h"

#include <QUrl>

namespace {
QString orderLink(const QString &orderNumber)
{
    return QStringLiteral("<a href=\"order:%1\">%2</a>")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(orderNumber)),
             orderNumber.toHtmlEscaped());
}
} // namespace

QuoteOrderResultPage::QuoteOrderResultPage(QuoteToOrderWizard *wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::QuoteOrderResultPage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    setFinalPage(true);
    QFont bold = m_ui->resultMessage->font();
    bold.setBold(true);
    m_ui->resultMessage->setFont(bold);
    m_ui->submitBusy->setMaximumWidth(240);
    connect(m_ui->resultDetails, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("order"))
            Q_EMIT m_wizard->openOrderRequested(QUrl::fromPercentEncoding(url.path().toUtf8()));
    });
    connect(m_ui->stopWaitingButton, &QPushButton::clicked, this, [this] {
        if (OrderSubmission *submission = m_wizard->submission())
            submission->cancel();
    });
    connect(m_ui->placeAnywayButton, &QPushButton::clicked, this, [this] {
        if (OrderSubmission *submission = m_wizard->submission())
            submission->confirmDuplicate();
    });
    connect(m_ui->dontPlaceButton, &QPushButton::clicked, this, [this] {
        if (OrderSubmission *submission = m_wizard->submission())
            submission->abandon();
    });
    connect(m_ui->checkAgainButton, &QPushButton::clicked, this, [this] {
        if (OrderSubmission *submission = m_wizard->submission())
            submission->checkAgain();
    });
    connect(m_ui->correctButton, &QPushButton::clicked, m_wizard,
            &QuoteToOrderWizard::correctAfterRefusal);
    if (PendingOrderTracker *tracker = m_wizard->services().tracker) {
        connect(tracker, &PendingOrderTracker::entryChanged, this,
                [this](const PendingOrder &entry) {
                    if (!m_pendingId.isEmpty() && entry.id == m_pendingId)
                        showState();
                });
    }
}

QuoteOrderResultPage::~QuoteOrderResultPage() = default;

MessageBanner *QuoteOrderResultPage::banner() const
{
    return m_ui->resultBanner;
}

QString QuoteOrderResultPage::message() const
{
    return m_ui->resultMessage->text();
}

QString QuoteOrderResultPage::details() const
{
    return m_ui->resultDetails->toPlainText();
}

void QuoteOrderResultPage::initializePage()
{
    m_pendingId.clear();
    m_ui->resultBanner->dismiss();
    m_wizard->submit();
    showState();
}

bool QuoteOrderResultPage::isComplete() const
{
    const OrderSubmission *submission = m_wizard->submission();
    return submission && submission->isFinished();
}

void QuoteOrderResultPage::showState()
{
    const OrderSubmission *submission = m_wizard->submission();
    if (!submission)
        return;
    using Outcome = OrderSubmission::Outcome;
    using State = OrderSubmission::State;
    const State state = submission->state();
    const Outcome outcome = submission->outcome();
    const bool busy = !submission->isFinished() && state != State::AwaitingDuplicateDecision;
    m_ui->resultMessage->setText(submission->message());
    m_ui->submitBusy->setVisible(busy);
    m_ui->stopWaitingButton->setVisible(busy);
    m_ui->duplicateFrame->setVisible(state == State::AwaitingDuplicateDecision);
    if (state == State::AwaitingDuplicateDecision) {
        QStringList numbers;
        for (const OrderSummary &order : submission->duplicates())
            numbers.append(order.ingramOrderNumber);
        m_ui->duplicateQuestion->setText(
            tr("Customer PO %1 is already used by %n order(s): %2. Place this order anyway?",
               nullptr, int(numbers.size()))
                .arg(submission->request().customerOrderNumber,
                     numbers.join(QStringLiteral(", "))));
    }
    m_ui->checkAgainButton->setVisible(outcome == Outcome::NotFoundAfterLostAnswer ||
                                       outcome == Outcome::StoppedWaiting);
    m_ui->correctButton->setVisible(outcome == Outcome::Rejected || outcome == Outcome::Failed ||
                                    outcome == Outcome::Abandoned);
    setTitle(submission->isFinished() ? tr("Order result") : tr("Placing the order"));

    QString html;
    const auto row = [](const QString &label, const QString &value) -> QString {
        return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value);
    };
    QString rows;
    rows += row(tr("Quote"), m_wizard->quote().quoteNumber.toHtmlEscaped());
    rows += row(tr("Customer PO"), submission->request().customerOrderNumber.toHtmlEscaped());
    rows += row(tr("Sent to"), m_wizard->endpointDescription().toHtmlEscaped());
    switch (outcome) {
    case Outcome::CreatedV6: {
        QStringList links;
        for (const QString &number : submission->createResult().orderNumbers())
            links.append(orderLink(number));
        rows += row(tr("Order number(s)"), links.join(QStringLiteral(", ")));
        break;
    }
    case Outcome::ConfirmedV7:
        rows += row(tr("Confirmation number"),
                    submission->confirmation().confirmationNumber.toHtmlEscaped());
        if (!submission->confirmation().message.isEmpty())
            rows += row(tr("Message"), submission->confirmation().message.toHtmlEscaped());
        break;
    case Outcome::FoundAfterLostAnswer: {
        QStringList links;
        for (const OrderSummary &order : submission->foundOrders())
            links.append(orderLink(order.ingramOrderNumber));
        rows += row(tr("Order number(s)"), links.join(QStringLiteral(", ")));
        break;
    }
    case Outcome::Rejected:
    case Outcome::Failed: {
        QStringList fields;
        for (const ApiFieldError &field : submission->error().fieldErrors)
            fields.append(tr("%1: %2").arg(field.field, field.message).toHtmlEscaped());
        if (!fields.isEmpty())
            rows += row(tr("Refused fields"), fields.join(QStringLiteral("<br>")));
        break;
    }
    default:
        break;
    }
    PendingOrderTracker *tracker = m_wizard->services().tracker;
    if (tracker && !m_pendingId.isEmpty()) {
        const PendingOrder entry = tracker->entry(m_pendingId);
        if (entry.state == PendingOrder::State::Found) {
            QStringList links;
            for (const QString &number : entry.orderNumbers)
                links.append(orderLink(number));
            rows += row(tr("Order number(s)"), links.join(QStringLiteral(", ")));
            rows += row(tr("Status"), entry.orderStatus.toHtmlEscaped());
        } else {
            rows +=
                row(tr("Tracking"), PendingOrder::stateDisplayName(entry.state).toHtmlEscaped() +
                                        QStringLiteral(" — ") +
                                        tr("listed under Pending orders; ResellerDesk searches "
                                           "customer PO %1 until the order appears.")
                                            .arg(entry.customerOrderNumber)
                                            .toHtmlEscaped());
        }
    } else if (outcome == Outcome::ConfirmedV7) {
        rows += row(tr("Tracking"),
                    tr("Search customer PO %1 in Orders to find the order once it appears.")
                        .arg(submission->request().customerOrderNumber)
                        .toHtmlEscaped());
    }
    html += QStringLiteral("<table>%1</table>").arg(rows);
    m_ui->resultDetails->setHtml(html);
    if (submission->isFinished() && (outcome == Outcome::Rejected || outcome == Outcome::Failed)) {
        m_ui->resultBanner->showError(submission->error());
        m_ui->resultBanner->setRetryVisible(false);
    }
    Q_EMIT completeChanged();
}
