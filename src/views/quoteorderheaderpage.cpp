#include "quoteorderheaderpage.h"
#include "ui_quoteorderheaderpage.h"

#include "quotetoorderwizard.h"

namespace {
QString normalized(QString field)
{
    field = field.trimmed().toLower();
    if (field == QLatin1String("enduserordernumber"))
        return QStringLiteral("endcustomerordernumber");
    for (const auto &[from, to] :
         {std::pair{QLatin1String("shipto."), QLatin1String("shiptoinfo.")},
          std::pair{QLatin1String("enduser."), QLatin1String("enduserinfo.")}}) {
        if (field.startsWith(from))
            field = to + field.mid(from.size());
    }
    return field;
}
} // namespace

QuoteOrderHeaderPage::QuoteOrderHeaderPage(QuoteToOrderWizard *wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::QuoteOrderHeaderPage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    setupFieldMap();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (auto *edit = qobject_cast<QLineEdit *>(it.value())) {
            connect(edit, &QLineEdit::textEdited, this, [this, field = it.key()] {
                m_wizard->clearServerProblem(field);
                store();
            });
        }
    }
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            store();
    });
}

QuoteOrderHeaderPage::~QuoteOrderHeaderPage() = default;

void QuoteOrderHeaderPage::setupFieldMap()
{
    const QList<std::pair<const char *, QWidget *>> fields = {
        {"customerOrderNumber", m_ui->customerPoEdit},
        {"endCustomerOrderNumber", m_ui->endCustomerPoEdit},
        {"billToAddressId", m_ui->billToEdit},
        {"notes", m_ui->notesEdit},
        {"shipToInfo.addressId", m_ui->shipToIdEdit},
        {"shipToInfo.companyName", m_ui->shipToCompanyEdit},
        {"shipToInfo.contact", m_ui->shipToContactEdit},
        {"shipToInfo.addressLine1", m_ui->shipToLine1Edit},
        {"shipToInfo.addressLine2", m_ui->shipToLine2Edit},
        {"shipToInfo.addressLine3", m_ui->shipToLine3Edit},
        {"shipToInfo.city", m_ui->shipToCityEdit},
        {"shipToInfo.state", m_ui->shipToStateEdit},
        {"shipToInfo.postalCode", m_ui->shipToPostalCodeEdit},
        {"shipToInfo.countryCode", m_ui->shipToCountryEdit},
        {"shipToInfo.phoneNumber", m_ui->shipToPhoneEdit},
        {"shipToInfo.email", m_ui->shipToEmailEdit},
        {"endUserInfo.companyName", m_ui->endUserCompanyEdit},
        {"endUserInfo.contact", m_ui->endUserContactEdit},
        {"endUserInfo.addressLine1", m_ui->endUserLine1Edit},
        {"endUserInfo.addressLine2", m_ui->endUserLine2Edit},
        {"endUserInfo.city", m_ui->endUserCityEdit},
        {"endUserInfo.state", m_ui->endUserStateEdit},
        {"endUserInfo.postalCode", m_ui->endUserPostalCodeEdit},
        {"endUserInfo.countryCode", m_ui->endUserCountryEdit},
        {"endUserInfo.phoneNumber", m_ui->endUserPhoneEdit},
        {"endUserInfo.email", m_ui->endUserEmailEdit},
    };
    for (const auto &[name, widget] : fields) {
        m_fields.insert(normalized(QLatin1String(name)), widget);
        auto *problem = findChild<QLabel *>(widget->objectName() + QStringLiteral("Problem"));
        Q_ASSERT(problem);
        problem->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_problemLabels.insert(widget, problem);
    }
}

bool QuoteOrderHeaderPage::ownsField(const QString &field)
{
    const QString key = normalized(field);
    return key == QLatin1String("customerordernumber") ||
           key == QLatin1String("endcustomerordernumber") ||
           key == QLatin1String("billtoaddressid") || key == QLatin1String("notes") ||
           key.startsWith(QLatin1String("shiptoinfo.")) ||
           key.startsWith(QLatin1String("enduserinfo."));
}

QWidget *QuoteOrderHeaderPage::widgetForField(const QString &field) const
{
    return m_fields.value(normalized(field));
}

void QuoteOrderHeaderPage::initializePage()
{
    load();
    showProblems();
}

void QuoteOrderHeaderPage::load()
{
    m_loading = true;
    const OrderCreateRequest &order = m_wizard->draft().order.request;
    m_ui->customerPoEdit->setText(order.customerOrderNumber);
    m_ui->endCustomerPoEdit->setText(order.endCustomerOrderNumber);
    m_ui->billToEdit->setText(order.billToAddressId);
    if (m_ui->notesEdit->toPlainText() != order.notes)
        m_ui->notesEdit->setPlainText(order.notes);
    m_ui->shipToIdEdit->setText(order.shipToAddressId);
    const auto setAddress = [this](const QString &prefix, const Address &address) {
        const QList<std::pair<const char *, QString>> parts = {
            {"companyName", address.companyName},
            {"contact", address.contact},
            {"addressLine1", address.addressLine1},
            {"addressLine2", address.addressLine2},
            {"addressLine3", address.addressLine3},
            {"city", address.city},
            {"state", address.state},
            {"postalCode", address.postalCode},
            {"countryCode", address.countryCode},
            {"phoneNumber", address.phoneNumber},
            {"email", address.email}};
        for (const auto &[key, value] : parts) {
            if (auto *edit = qobject_cast<QLineEdit *>(
                    widgetForField(prefix + QLatin1Char('.') + QLatin1String(key))))
                edit->setText(value);
        }
    };
    setAddress(QStringLiteral("shipToInfo"), order.shipTo);
    setAddress(QStringLiteral("endUserInfo"), order.endUserInfo);
    m_loading = false;
}

void QuoteOrderHeaderPage::store()
{
    if (m_loading)
        return;
    OrderCreateRequest &order = m_wizard->draft().order.request;
    order.customerOrderNumber = m_ui->customerPoEdit->text();
    order.endCustomerOrderNumber = m_ui->endCustomerPoEdit->text();
    order.billToAddressId = m_ui->billToEdit->text();
    order.notes = m_ui->notesEdit->toPlainText();
    order.shipToAddressId = m_ui->shipToIdEdit->text();
    const auto address = [this](const QString &prefix) {
        const auto text = [this, &prefix](const char *key) -> QString {
            auto *edit = qobject_cast<QLineEdit *>(
                widgetForField(prefix + QLatin1Char('.') + QLatin1String(key)));
            return edit ? edit->text() : QString();
        };
        Address result;
        result.companyName = text("companyName");
        result.contact = text("contact");
        result.addressLine1 = text("addressLine1");
        result.addressLine2 = text("addressLine2");
        result.addressLine3 = text("addressLine3");
        result.city = text("city");
        result.state = text("state");
        result.postalCode = text("postalCode");
        result.countryCode = text("countryCode");
        result.phoneNumber = text("phoneNumber");
        result.email = text("email");
        return result;
    };
    order.shipTo = address(QStringLiteral("shipToInfo"));
    order.endUserInfo = address(QStringLiteral("endUserInfo"));
    m_wizard->draftChanged();
    showProblems();
}

void QuoteOrderHeaderPage::showProblems()
{
    QHash<QWidget *, QString> messages;
    for (const QuoteToOrderRequest::Problem &problem : m_wizard->problems()) {
        QWidget *widget = widgetForField(problem.field);
        if (widget && !messages.contains(widget))
            messages.insert(widget, problem.message);
    }
    for (const ApiFieldError &problem : m_wizard->serverProblems()) {
        QWidget *widget = widgetForField(problem.field);
        if (widget && !messages.contains(widget))
            messages.insert(widget, problem.message);
    }
    // An empty customer PO is not worth a red message before anything was typed.
    if (m_wizard->draft().order.request.customerOrderNumber.isEmpty())
        messages.remove(m_ui->customerPoEdit);
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        const QString message = messages.value(it.key());
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
        it.key()->setAccessibleDescription(message);
    }
    Q_EMIT completeChanged();
}

QString QuoteOrderHeaderPage::problemFor(const QString &field) const
{
    QWidget *widget = widgetForField(field);
    QLabel *label = m_problemLabels.value(widget);
    return label && label->isVisible() ? label->text() : QString();
}

bool QuoteOrderHeaderPage::isComplete() const
{
    for (const QuoteToOrderRequest::Problem &problem : m_wizard->problems()) {
        if (ownsField(problem.field))
            return false;
    }
    for (const ApiFieldError &problem : m_wizard->serverProblems()) {
        if (ownsField(problem.field))
            return false;
    }
    return true;
}
