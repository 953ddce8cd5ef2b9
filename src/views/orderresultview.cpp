#include "orderresultview.h"
#include "ui_orderresultview.h"

#include "displayformat.h"
#include "messagebanner.h"

#include <QHeaderView>
#include <QTextDocument>
#include <QTreeWidgetItem>
#include <QTreeWidgetItemIterator>

namespace {
enum LineColumn
{
    OrderLine,
    Part,
    VendorPart,
    Status,
    Ordered,
    Confirmed,
    Backordered,
    UnitPrice,
    Amount,
};

enum FoundColumn
{
    FoundOrder,
    FoundDate,
    FoundStatus,
    FoundTotal,
};

constexpr int OrderNumberRole = Qt::UserRole + 1;
const QString OrderLinkScheme = QStringLiteral("order:");

QString orderLink(const QString &orderNumber)
{
    return QStringLiteral("<a href=\"%1%2\">%2</a>")
        .arg(OrderLinkScheme, orderNumber.toHtmlEscaped());
}

QString orderLinks(const QStringList &numbers)
{
    QStringList links;
    for (const QString &number : numbers)
        links.append(orderLink(number));
    return links.join(QStringLiteral(", "));
}

QString lineLabel(const QString &customerLineNumber)
{
    return customerLineNumber.isEmpty() ? QStringLiteral("?") : customerLineNumber;
}

// A short list gets the height of its rows, so that the lines above keep the space.
void fitHeight(QTreeWidget *tree)
{
    int rows = 0;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        ++rows;
    const int row =
        tree->sizeHintForRow(0) > 0 ? tree->sizeHintForRow(0) : tree->fontMetrics().height() + 4;
    const int height = tree->header()->sizeHint().height() + 2 * tree->frameWidth() +
                       row * std::max(rows, 1) + row / 2;
    tree->setMaximumHeight(std::max(height, 3 * row));
    // The group around it follows, or it keeps the space as an empty frame.
    if (QWidget *group = tree->parentWidget(); group && group->layout()) {
        const QMargins frame = group->contentsMargins();
        const QMargins inner = group->layout()->contentsMargins();
        group->setMaximumHeight(tree->maximumHeight() + frame.top() + frame.bottom() + inner.top() +
                                inner.bottom());
    }
}

void alignNumbers(QTreeWidgetItem *item, const QList<int> &columns)
{
    for (const int column : columns)
        item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
}
} // namespace

OrderResultView::OrderResultView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrderResultView>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("orderResultView"));
    QFont font = m_ui->headline->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_ui->headline->setFont(font);
    for (QTreeWidget *tree : {m_ui->linesTree, m_ui->rejectedTree, m_ui->foundTree}) {
        tree->header()->setStretchLastSection(false);
        tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    m_ui->rejectedTree->header()->setSectionResizeMode(m_ui->rejectedTree->columnCount() - 1,
                                                       QHeaderView::Stretch);
    m_ui->foundTree->header()->setSectionResizeMode(m_ui->foundTree->columnCount() - 1,
                                                    QHeaderView::Stretch);

    connect(m_ui->summary, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(OrderLinkScheme))
            Q_EMIT openOrderRequested(link.mid(OrderLinkScheme.size()));
    });
    for (QTreeWidget *tree : {m_ui->linesTree, m_ui->foundTree}) {
        connect(tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
            const QString number = item->data(0, OrderNumberRole).toString();
            if (!number.isEmpty())
                Q_EMIT openOrderRequested(number);
        });
    }
    connect(m_ui->checkAgainButton, &QPushButton::clicked, this,
            &OrderResultView::checkAgainRequested);
    connect(m_ui->pendingOrdersButton, &QPushButton::clicked, this,
            &OrderResultView::pendingOrdersRequested);
    reset();
}

OrderResultView::~OrderResultView() = default;

MessageBanner *OrderResultView::banner() const
{
    return m_ui->messageBanner;
}

QString OrderResultView::headline() const
{
    return m_ui->headline->text();
}

QString OrderResultView::summaryText() const
{
    QTextDocument document;
    document.setHtml(m_ui->summary->text());
    return document.toPlainText();
}

QString OrderResultView::rejectCodeText(const QString &code)
{
    const QString upper = code.trimmed().toUpper();
    QString meaning;
    if (upper == QLatin1String("EN"))
        meaning = tr("part not found");
    else if (upper == QLatin1String("EQ"))
        meaning = tr("invalid quantity");
    else if (upper == QLatin1String("EB"))
        meaning = tr("backorder not allowed");
    else if (upper == QLatin1String("EL"))
        meaning = tr("line not found");
    else if (upper == QLatin1String("EP"))
        meaning = tr("price not accepted");
    if (meaning.isEmpty())
        return upper.isEmpty() ? tr("(no code)") : upper;
    return tr("%1 – %2").arg(upper, meaning);
}

void OrderResultView::reset()
{
    m_ui->headline->clear();
    m_ui->headline->setStyleSheet({});
    m_ui->summary->clear();
    m_ui->summary->hide();
    m_ui->messageBanner->dismiss();
    m_ui->linesTree->clear();
    m_ui->rejectedTree->clear();
    m_ui->foundTree->clear();
    m_ui->linesGroup->hide();
    m_ui->rejectedGroup->hide();
    m_ui->foundGroup->hide();
    m_ui->checkAgainButton->hide();
    m_ui->pendingOrdersButton->hide();
    m_ui->bottomSpacer->changeSize(20, 0, QSizePolicy::Minimum, QSizePolicy::Expanding);
}

void OrderResultView::clear()
{
    reset();
}

void OrderResultView::setHeadline(const QString &text, const QString &color)
{
    m_ui->headline->setText(text);
    m_ui->headline->setStyleSheet(color.isEmpty() ? QString()
                                                  : QStringLiteral("color: %1;").arg(color));
}

void OrderResultView::setSummary(const QStringList &paragraphs)
{
    QString html;
    for (const QString &paragraph : paragraphs)
        html += QStringLiteral("<p>") + paragraph + QStringLiteral("</p>");
    m_ui->summary->setText(html);
    m_ui->summary->setVisible(!paragraphs.isEmpty());
}

void OrderResultView::showSubmission(const OrderSubmission *submission)
{
    if (!submission)
        return;
    const QString po = submission->request().customerOrderNumber;
    switch (submission->outcome()) {
    case OrderSubmission::Outcome::None:
        showProgress(submission->message());
        return;
    case OrderSubmission::Outcome::CreatedV6:
        showCreated(submission->createResult());
        return;
    case OrderSubmission::Outcome::ConfirmedV7:
        showConfirmed(po, submission->confirmation());
        return;
    case OrderSubmission::Outcome::Rejected:
        showFailure(po, submission->error(), true);
        return;
    case OrderSubmission::Outcome::Failed:
        showFailure(po, submission->error(), false);
        return;
    case OrderSubmission::Outcome::FoundAfterLostAnswer:
        showFoundAfterLostAnswer(po, submission->foundOrders(), submission->error());
        return;
    case OrderSubmission::Outcome::NotFoundAfterLostAnswer:
    case OrderSubmission::Outcome::StoppedWaiting:
        showNotFoundAfterLostAnswer(po, submission->message(), submission->error());
        return;
    case OrderSubmission::Outcome::Abandoned:
        reset();
        setHeadline(tr("Not sent"));
        setSummary({submission->message().toHtmlEscaped()});
        return;
    }
}

void OrderResultView::showProgress(const QString &message)
{
    reset();
    setHeadline(tr("Placing the order…"));
    setSummary({message.toHtmlEscaped()});
}

void OrderResultView::showCreated(const OrderCreateResult &result)
{
    reset();
    const QList<OrderCreatedLine> created = result.createdLines();
    const QList<OrderRejectedLine> rejected = result.rejectedLines();
    const QString po = result.customerOrderNumber.toHtmlEscaped();
    const QStringList numbers = result.orderNumbers();
    QStringList paragraphs;

    if (result.isPartial()) {
        setHeadline(tr("Order placed in part: %1 of %n line(s) ordered", nullptr,
                       int(created.size() + rejected.size()))
                        .arg(created.size()),
                    QStringLiteral("#9a6700"));
    } else {
        setHeadline(tr("Order placed"), QStringLiteral("#1a7f37"));
    }
    paragraphs.append(tr("Customer PO <b>%1</b> was placed as %n order(s): %2.", nullptr,
                         static_cast<int>(numbers.size()))
                          .arg(po, orderLinks(numbers)));

    QStringList totals;
    for (const OrderCreatedOrder &order : result.orders) {
        totals.append(tr("%1: %2 (freight %3, tax %4)")
                          .arg(order.ingramOrderNumber.toHtmlEscaped(),
                               DisplayFormat::money(order.orderTotal, order.currencyCode),
                               DisplayFormat::money(order.freightCharges, order.currencyCode),
                               DisplayFormat::money(order.totalTax, order.currencyCode)));
    }
    if (!totals.isEmpty())
        paragraphs.append(tr("Order total %1").arg(totals.join(QStringLiteral("; "))));

    if (result.isPartial()) {
        QStringList ordered;
        for (const OrderCreatedLine &line : created)
            ordered.append(lineLabel(line.customerLineNumber));
        QStringList refused;
        for (const OrderRejectedLine &line : rejected) {
            refused.append(
                tr("line %1 (%2)")
                    .arg(lineLabel(line.customerLineNumber), rejectCodeText(line.rejectCode)));
        }
        paragraphs.append(
            tr("<b>Ordered:</b> line(s) %1.", "followed by the line numbers", int(ordered.size()))
                .arg(ordered.join(QStringLiteral(", "))));
        paragraphs.append(tr("<b>Not ordered:</b> %1. Correct these lines and place them as a "
                             "new order; the ordered lines must not be sent again.")
                              .arg(refused.join(QStringLiteral(", "))));
    }

    int backorderedLines = 0;
    int backorderedUnits = 0;
    for (const OrderCreatedLine &line : created) {
        if (line.quantityBackOrdered > 0) {
            ++backorderedLines;
            backorderedUnits += line.quantityBackOrdered;
        }
    }
    if (backorderedLines > 0) {
        paragraphs.append(tr("%n line(s) backordered, %1 in all.", nullptr, backorderedLines)
                              .arg(tr("%n unit(s)", nullptr, backorderedUnits)));
    }
    setSummary(paragraphs);

    for (const OrderCreatedOrder &order : result.orders) {
        auto *orderItem = new QTreeWidgetItem(m_ui->linesTree);
        orderItem->setText(OrderLine, tr("Order %1").arg(order.ingramOrderNumber));
        orderItem->setData(0, OrderNumberRole, order.ingramOrderNumber);
        orderItem->setToolTip(OrderLine, tr("Double-click to open the order"));
        orderItem->setText(Amount, DisplayFormat::money(order.orderTotal, order.currencyCode));
        QFont bold = orderItem->font(0);
        bold.setBold(true);
        orderItem->setFont(OrderLine, bold);
        orderItem->setFont(Amount, bold);
        alignNumbers(orderItem, {Amount});
        for (const OrderCreatedLine &line : order.lines) {
            auto *item = new QTreeWidgetItem(orderItem);
            item->setData(0, OrderNumberRole, order.ingramOrderNumber);
            item->setText(
                OrderLine,
                tr("Line %1 (%2)").arg(lineLabel(line.customerLineNumber), line.subOrderNumber));
            item->setText(Part, line.ingramPartNumber);
            item->setText(VendorPart, line.vendorPartNumber);
            item->setText(Status, OrderStatus(line.lineStatus).displayText());
            item->setToolTip(Status, line.lineStatus);
            item->setText(Ordered, DisplayFormat::quantity(line.quantityOrdered));
            item->setText(Confirmed, DisplayFormat::quantity(line.quantityConfirmed));
            item->setText(Backordered, DisplayFormat::quantity(line.quantityBackOrdered));
            if (line.quantityBackOrdered > 0)
                item->setForeground(Backordered, QColor(0x9a, 0x67, 0x00));
            item->setText(UnitPrice, DisplayFormat::money(line.unitPrice, order.currencyCode));
            item->setText(Amount, DisplayFormat::money(line.extendedUnitPrice, order.currencyCode));
            alignNumbers(item, {Ordered, Confirmed, Backordered, UnitPrice, Amount});
        }
    }
    m_ui->linesTree->expandAll();
    m_ui->linesGroup->setVisible(!result.orders.isEmpty());

    for (const OrderRejectedLine &line : rejected) {
        auto *item = new QTreeWidgetItem(m_ui->rejectedTree);
        item->setText(0, lineLabel(line.customerLineNumber));
        item->setText(1, line.ingramPartNumber);
        item->setText(2, line.vendorPartNumber);
        item->setText(3, DisplayFormat::quantity(line.quantityOrdered));
        item->setText(4, rejectCodeText(line.rejectCode));
        item->setText(5, line.rejectReason.simplified());
        item->setForeground(4, QColor(0xcf, 0x22, 0x2e));
        alignNumbers(item, {3});
    }
    m_ui->rejectedGroup->setVisible(!rejected.isEmpty());
    // Both lists are as tall as their rows (a long one scrolls); the spacer below keeps them
    // together at the top instead of stretching an empty list.
    fitHeight(m_ui->linesTree);
    fitHeight(m_ui->rejectedTree);
}

void OrderResultView::showConfirmed(const QString &customerOrderNumber,
                                    const OrderConfirmation &confirmation)
{
    reset();
    setHeadline(tr("Order accepted for processing"), QStringLiteral("#1a7f37"));
    QStringList paragraphs;
    paragraphs.append(tr("Customer PO <b>%1</b> was accepted with confirmation number <b>%2</b>.")
                          .arg(customerOrderNumber.toHtmlEscaped(),
                               confirmation.confirmationNumber.toHtmlEscaped()));
    if (!confirmation.message.isEmpty())
        paragraphs.append(tr("The API said: %1").arg(confirmation.message.toHtmlEscaped()));
    paragraphs.append(tr("The order itself is created a little later. It is tracked in "
                         "<b>Pending orders</b>, which tells you when it appears."));
    setSummary(paragraphs);
    m_ui->pendingOrdersButton->show();
}

void OrderResultView::showFoundAfterLostAnswer(const QString &customerOrderNumber,
                                               const QList<OrderSummary> &orders,
                                               const ApiError &lostAnswer)
{
    reset();
    setHeadline(tr("Order placed (found after the answer was lost)"), QStringLiteral("#1a7f37"));
    QStringList numbers;
    for (const OrderSummary &order : orders)
        numbers.append(order.ingramOrderNumber);
    QStringList paragraphs;
    paragraphs.append(tr("The answer to customer PO <b>%1</b> did not arrive (%2). It was not "
                         "sent again; a search found it as %3.")
                          .arg(customerOrderNumber.toHtmlEscaped(),
                               lostAnswer.message().toHtmlEscaped(), orderLinks(numbers)));
    setSummary(paragraphs);
    for (const OrderSummary &order : orders) {
        auto *item = new QTreeWidgetItem(m_ui->foundTree);
        item->setData(0, OrderNumberRole, order.ingramOrderNumber);
        item->setText(FoundOrder, order.ingramOrderNumber);
        item->setText(FoundDate, DisplayFormat::date(order.ingramOrderDate));
        item->setText(FoundStatus, order.orderStatus.displayText());
        item->setText(FoundTotal, QLocale().toString(order.orderTotal, 'f', 2));
        alignNumbers(item, {FoundTotal});
    }
    m_ui->foundGroup->setVisible(!orders.isEmpty());
    // The list is as tall as its rows; the spacer below keeps the text together at the top.
    fitHeight(m_ui->foundTree);
}

void OrderResultView::showNotFoundAfterLostAnswer(const QString &customerOrderNumber,
                                                  const QString &message,
                                                  const ApiError &lostAnswer, bool canCheckAgain)
{
    reset();
    setHeadline(tr("Not known yet whether the order was placed"), QStringLiteral("#9a6700"));
    m_ui->messageBanner->showMessage(MessageBanner::Type::Warning, message,
                                     tr("What went wrong: %1").arg(lostAnswer.message()));
    setSummary({tr("Customer PO <b>%1</b> was sent once and will not be sent again "
                   "automatically. Search for it under Orders, or check again in a few minutes.")
                    .arg(customerOrderNumber.toHtmlEscaped())});
    m_ui->checkAgainButton->setVisible(canCheckAgain);
}

void OrderResultView::showFailure(const QString &customerOrderNumber, const ApiError &error,
                                  bool rejected)
{
    reset();
    setHeadline(rejected ? tr("Order not placed: the input was refused") : tr("Order not placed"),
                QStringLiteral("#cf222e"));
    m_ui->messageBanner->showError(error);
    QStringList paragraphs;
    paragraphs.append(tr("Nothing was ordered for customer PO <b>%1</b>. Your input is kept; "
                         "correct it and submit again.")
                          .arg(customerOrderNumber.toHtmlEscaped()));
    if (!error.fieldErrors.isEmpty()) {
        QStringList fields;
        for (const ApiFieldError &field : error.fieldErrors) {
            fields.append(tr("<b>%1</b>: %2")
                              .arg(field.field.toHtmlEscaped(), field.message.toHtmlEscaped()));
        }
        paragraphs.append(fields.join(QStringLiteral("<br>")));
    }
    setSummary(paragraphs);
}
