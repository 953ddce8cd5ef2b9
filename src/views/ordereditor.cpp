#include "ordereditor.h"
#include "ui_ordereditor.h"

#include "apierror.h"
#include "draftstore.h"
#include "orderlineseditmodel.h"
#include "orderresultview.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QRegularExpression>
#include <QStyle>
#include <QTimer>

#include <numeric>

namespace {
const char *ProblemProperty = "problem";

// Address fields of the form, in the API's spelling, with the suffix of their input's name.
struct AddressField
{
    const char *apiName;
    const char *suffix;
    QString Address::*member;
};
const AddressField AddressFields[] = {
    {"companyName", "CompanyEdit", &Address::companyName},
    {"contact", "ContactEdit", &Address::contact},
    {"addressLine1", "Line1Edit", &Address::addressLine1},
    {"addressLine2", "Line2Edit", &Address::addressLine2},
    {"addressLine3", "Line3Edit", &Address::addressLine3},
    {"city", "CityEdit", &Address::city},
    {"state", "StateEdit", &Address::state},
    {"postalCode", "PostalCodeEdit", &Address::postalCode},
    {"countryCode", "CountryEdit", &Address::countryCode},
    {"phoneNumber", "PhoneEdit", &Address::phoneNumber},
    {"email", "EmailEdit", &Address::email},
};

const QString ProblemLabelStyle = QStringLiteral("color: #c62828;");

// A red frame on the input itself, through a style sheet of its own, so that nothing else in
// the editor (banner, tables) is drawn through the style sheet machinery.
void markProblem(QWidget *widget, bool bad)
{
    widget->setProperty(ProblemProperty, bad);
    if (!bad) {
        widget->setStyleSheet(QString());
        return;
    }
    const bool checkBox = qobject_cast<QCheckBox *>(widget);
    const QString rules = checkBox ? QStringLiteral("color: #c62828;")
                                   : QStringLiteral("border: 1px solid #c62828; border-radius: "
                                                    "2px; background: #fff5f5;");
    widget->setStyleSheet(QStringLiteral("#%1 { %2 }").arg(widget->objectName(), rules));
}
} // namespace

OrderEditor::OrderEditor(DraftStore *store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrderEditor>())
    , m_store(store)
    , m_lines(new OrderLinesEditModel(this))
    , m_saveTimer(new QTimer(this))
    , m_validateTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->messageBanner->hide();
    m_ui->editAgainButton->hide();
    m_ui->resultScroll->hide();
    for (int i = 0; i < m_ui->editorSplitter->count(); ++i)
        m_ui->editorSplitter->setCollapsible(i, false);
    m_ui->apiVersionCombo->addItem(tr("v6 — placed at once"), int(OrderApiVersion::V6));
    m_ui->apiVersionCombo->addItem(tr("v7 — confirmed later"), int(OrderApiVersion::V7));
    m_ui->apiVersionCombo->setToolTip(
        tr("v6 answers with the order; v7 only confirms it and the order appears a little "
           "later. The default comes from the connection profile."));
    m_ui->deliveryDateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_ui->deliveryDateEdit->setDate(QDate::currentDate().addDays(7));
    m_ui->editorSplitter->setStretchFactor(1, 1);
    m_ui->attributesTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_ui->attributesTable->setColumnWidth(0, 260);

    m_ui->linesView->setModel(m_lines);
    QHeaderView *header = m_ui->linesView->horizontalHeader();
    const QFontMetrics metrics(font());
    header->resizeSection(OrderLinesEditModel::LineNumberColumn,
                          metrics.horizontalAdvance(QStringLiteral("Line 000")));
    for (const int column :
         {int(OrderLinesEditModel::IngramPartColumn), int(OrderLinesEditModel::VendorPartColumn),
          int(OrderLinesEditModel::SpecialBidColumn)})
        header->resizeSection(column, metrics.horizontalAdvance(QLatin1Char('M')) * 12);
    for (const int column :
         {int(OrderLinesEditModel::QuantityColumn), int(OrderLinesEditModel::UnitPriceColumn)})
        header->resizeSection(column, metrics.horizontalAdvance(QLatin1Char('0')) * 12);
    m_ui->linesView->installEventFilter(this);

    for (QLabel *label : {m_ui->linesProblemLabel, m_ui->attributesProblemLabel})
        label->setStyleSheet(ProblemLabelStyle);
    m_ui->linesProblemLabel->hide();
    m_ui->attributesProblemLabel->hide();

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(AutosaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &OrderEditor::saveNow);
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(ValidateDelayMs);
    connect(m_validateTimer, &QTimer::timeout, this, &OrderEditor::validateNow);

    setupFieldMap();
    connectEdits();
    connect(m_ui->addLineButton, &QPushButton::clicked, this, &OrderEditor::addLine);
    connect(m_ui->removeLinesButton, &QPushButton::clicked, this,
            &OrderEditor::removeSelectedLines);
    connect(m_ui->pasteLinesButton, &QPushButton::clicked, this, &OrderEditor::pasteLines);
    connect(m_ui->addAttributeButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->attributesTable->rowCount();
        m_ui->attributesTable->insertRow(row);
        m_ui->attributesTable->setCurrentCell(row, 0);
        m_ui->attributesTable->editItem(m_ui->attributesTable->item(row, 0));
        edited(m_ui->attributesTable);
    });
    connect(m_ui->removeAttributeButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->attributesTable->currentRow();
        if (row < 0)
            return;
        m_ui->attributesTable->removeRow(row);
        edited(m_ui->attributesTable);
    });
    connect(m_ui->submitButton, &QPushButton::clicked, this, [this] {
        // Checked again here: the debounced check may not have run since the last keystroke.
        validateNow();
        if (!canSubmit())
            return;
        saveNow();
        setSubmitting(true); // before anyone hears of it: a second click finds it disabled
        Q_EMIT submitRequested();
    });
    connect(m_ui->editAgainButton, &QPushButton::clicked, this, [this] {
        setDraftState(OrderDraft::State::Editing);
        showMessage(MessageBanner::Type::Warning, tr("The draft can be edited again."),
                    tr("Search the customer PO before you submit it again: an order that was "
                       "placed must not be placed twice."));
    });

    setDraft(OrderDraft::create({}, OrderApiVersion::V6));
}

OrderEditor::~OrderEditor()
{
    saveNow();
}

void OrderEditor::setupFieldMap()
{
    const auto add = [this](const QString &field, QWidget *widget) {
        m_fieldWidgets.insert(normalizeField(field), widget);
    };
    add(QStringLiteral("customerOrderNumber"), m_ui->customerPoEdit);
    add(QStringLiteral("endCustomerOrderNumber"), m_ui->endCustomerPoEdit);
    add(QStringLiteral("billToAddressId"), m_ui->billToAddressIdEdit);
    add(QStringLiteral("specialBidNumber"), m_ui->specialBidEdit);
    add(QStringLiteral("notes"), m_ui->notesEdit);
    add(QStringLiteral("acceptBackOrder"), m_ui->acceptBackOrderCheck);
    add(QStringLiteral("shipToInfo.addressId"), m_ui->shipToAddressIdEdit);
    for (const AddressField &field : AddressFields) {
        for (const char *party : {"shipTo", "endUser"}) {
            auto *edit = findChild<QLineEdit *>(QLatin1String(party) + QLatin1String(field.suffix));
            Q_ASSERT(edit);
            const QString prefix = QLatin1String(party) + QStringLiteral("Info.");
            add(prefix + QLatin1String(field.apiName), edit);
        }
    }
    add(QStringLiteral("shipmentDetails.carrierCode"), m_ui->carrierCodeEdit);
    add(QStringLiteral("shipmentDetails.requestedDeliveryDate"), m_ui->deliveryDateBox);
    add(QStringLiteral("shipmentDetails.shipComplete"), m_ui->shipCompleteCheck);
    add(QStringLiteral("shipmentDetails.signatureRequired"), m_ui->signatureRequiredCheck);
    add(QStringLiteral("shipmentDetails.shippingInstructions"), m_ui->shippingInstructionsEdit);
    add(QStringLiteral("shipmentDetails.freightAccountNumber"), m_ui->freightAccountEdit);
    add(QStringLiteral("allowOrderOnCustomerHold"), m_ui->customerHoldCheck);

    // A red line under each input for its problem; hidden rows take no space.
    const QList<QFormLayout *> forms = findChildren<QFormLayout *>();
    for (QWidget *widget : std::as_const(m_fieldWidgets)) {
        for (QFormLayout *form : forms) {
            int row = -1;
            QFormLayout::ItemRole role;
            form->getWidgetPosition(widget, &row, &role);
            if (row < 0)
                continue;
            auto *label = new QLabel(this);
            label->setObjectName(QStringLiteral("problem_") + widget->objectName());
            label->setStyleSheet(ProblemLabelStyle);
            label->setWordWrap(true);
            label->hide();
            form->insertRow(row + 1, static_cast<QWidget *>(nullptr), label);
            m_problemLabels.insert(widget, label);
            widget->setProperty("baseToolTip", widget->toolTip());
            break;
        }
    }
}

void OrderEditor::connectEdits()
{
    for (QWidget *widget : std::as_const(m_fieldWidgets)) {
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            connect(edit, &QLineEdit::textChanged, this, [this, edit] { edited(edit); });
        else if (auto *check = qobject_cast<QCheckBox *>(widget))
            connect(check, &QCheckBox::toggled, this, [this, check] { edited(check); });
    }
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this,
            [this] { edited(m_ui->notesEdit); });
    connect(m_ui->deliveryDateCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->deliveryDateEdit->setEnabled(on && !m_ui->deliveryDateCheck->isHidden() &&
                                           m_ui->deliveryDateCheck->isEnabled());
        edited(m_ui->deliveryDateBox);
    });
    connect(m_ui->deliveryDateEdit, &QDateEdit::dateChanged, this,
            [this] { edited(m_ui->deliveryDateBox); });
    connect(m_ui->apiVersionCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateVersionHints();
        edited(m_ui->apiVersionCombo);
    });
    connect(m_ui->attributesTable, &QTableWidget::itemChanged, this,
            [this] { edited(m_ui->attributesTable); });
    connect(m_lines, &OrderLinesEditModel::linesEdited, this, [this] { edited(m_ui->linesView); });
}

void OrderEditor::edited(QWidget *source)
{
    if (m_loading)
        return;
    // A server problem holds until the user changes what it is about.
    const bool lines = source == m_ui->linesView;
    const bool attributes = source == m_ui->attributesTable;
    const qsizetype before = m_serverProblems.size();
    m_serverProblems.removeIf([&](const OrderCreateRequest::Problem &problem) {
        if (lines)
            return problem.field.startsWith(QLatin1String("lines"));
        if (attributes)
            return problem.field.startsWith(QLatin1String("additionalattributes"));
        return widgetForField(problem.field) == source;
    });
    if (before != m_serverProblems.size())
        applyProblems();
    m_dirty = true;
    m_showProblems = true;
    m_saveError.clear();
    m_saveTimer->start();
    m_validateTimer->start();
    updateDraftStateLabel();
    if (source == m_ui->customerPoEdit)
        Q_EMIT titleChanged(title());
    if (lines)
        m_ui->linesCountLabel->setText(tr("%n line(s)", nullptr, m_lines->rowCount()));
}

QString OrderEditor::normalizeField(const QString &field)
{
    QString path = field.trimmed();
    path.remove(QRegularExpression(QStringLiteral("^(\\$\\.?|/|body\\.|request\\.)")));
    path.replace(QLatin1Char('/'), QLatin1Char('.'));
    // "lines.0.quantity" and "lines/0/quantity" are "lines[0].quantity".
    static const QRegularExpression index(QStringLiteral("\\.(\\d+)(?=\\.|$)"));
    path.replace(index, QStringLiteral("[\\1]"));
    path = path.toLower();
    static const QList<std::pair<QString, QString>> prefixes{
        {QStringLiteral("shiptoaddress"), QStringLiteral("shiptoinfo")},
        {QStringLiteral("shipto"), QStringLiteral("shiptoinfo")},
        {QStringLiteral("enduserdetails"), QStringLiteral("enduserinfo")},
        {QStringLiteral("enduser"), QStringLiteral("enduserinfo")},
        {QStringLiteral("orderlines"), QStringLiteral("lines")},
        {QStringLiteral("lineitems"), QStringLiteral("lines")},
        {QStringLiteral("line"), QStringLiteral("lines")},
        {QStringLiteral("shipment"), QStringLiteral("shipmentdetails")},
    };
    const qsizetype end = path.indexOf(QRegularExpression(QStringLiteral("[.\\[]")));
    const QString head = end < 0 ? path : path.left(end);
    for (const auto &[alias, name] : prefixes) {
        if (head == alias) {
            path = name + path.mid(head.size());
            break;
        }
    }
    static const QHash<QString, QString> names{
        {QStringLiteral("customerponumber"), QStringLiteral("customerordernumber")},
        {QStringLiteral("customerpo"), QStringLiteral("customerordernumber")},
        {QStringLiteral("ponumber"), QStringLiteral("customerordernumber")},
        {QStringLiteral("endcustomerponumber"), QStringLiteral("endcustomerordernumber")},
        {QStringLiteral("phone"), QStringLiteral("phonenumber")},
        {QStringLiteral("zip"), QStringLiteral("postalcode")},
        {QStringLiteral("zipcode"), QStringLiteral("postalcode")},
        {QStringLiteral("country"), QStringLiteral("countrycode")},
        {QStringLiteral("name1"), QStringLiteral("companyname")},
        {QStringLiteral("partnumber"), QStringLiteral("ingrampartnumber")},
        {QStringLiteral("qty"), QStringLiteral("quantity")},
        {QStringLiteral("price"), QStringLiteral("unitprice")},
    };
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    const QString last = path.mid(dot + 1);
    if (names.contains(last))
        path = path.left(dot + 1) + names.value(last);
    return path;
}

QWidget *OrderEditor::widgetForField(const QString &field) const
{
    return m_fieldWidgets.value(normalizeField(field));
}

OrderCreateRequest OrderEditor::request() const
{
    OrderCreateRequest request = m_draft.request; // keeps what the form has no input for
    request.customerOrderNumber = m_ui->customerPoEdit->text();
    request.endCustomerOrderNumber = m_ui->endCustomerPoEdit->text();
    request.notes = m_ui->notesEdit->toPlainText();
    request.billToAddressId = m_ui->billToAddressIdEdit->text();
    request.specialBidNumber = m_ui->specialBidEdit->text();
    request.acceptBackOrder = m_ui->acceptBackOrderCheck->isChecked();
    request.shipToAddressId = m_ui->shipToAddressIdEdit->text();
    for (const AddressField &field : AddressFields) {
        request.shipTo.*field.member =
            findChild<QLineEdit *>(QStringLiteral("shipTo") + QLatin1String(field.suffix))->text();
        request.endUserInfo.*field.member =
            findChild<QLineEdit *>(QStringLiteral("endUser") + QLatin1String(field.suffix))->text();
    }
    OrderShipmentDetails &shipment = request.shipmentDetails;
    shipment.carrierCode = m_ui->carrierCodeEdit->text();
    shipment.requestedDeliveryDate =
        m_ui->deliveryDateCheck->isChecked() ? m_ui->deliveryDateEdit->date() : QDate();
    shipment.shipComplete = m_ui->shipCompleteCheck->isChecked();
    shipment.signatureRequired = m_ui->signatureRequiredCheck->isChecked();
    shipment.shippingInstructions = m_ui->shippingInstructionsEdit->text();
    shipment.freightAccountNumber = m_ui->freightAccountEdit->text();
    request.additionalAttributes.clear();
    const QTableWidget *table = m_ui->attributesTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto text = [table, row](int column) {
            const QTableWidgetItem *item = table->item(row, column);
            return item ? item->text() : QString();
        };
        request.additionalAttributes.append({text(0), text(1)});
    }
    request.placeOnCustomerHold = m_ui->customerHoldCheck->isChecked();
    request.lines = m_lines->lines();
    return request;
}

void OrderEditor::setRequest(const OrderCreateRequest &request)
{
    m_ui->customerPoEdit->setText(request.customerOrderNumber);
    m_ui->endCustomerPoEdit->setText(request.endCustomerOrderNumber);
    m_ui->notesEdit->setPlainText(request.notes);
    m_ui->billToAddressIdEdit->setText(request.billToAddressId);
    m_ui->specialBidEdit->setText(request.specialBidNumber);
    m_ui->acceptBackOrderCheck->setChecked(request.acceptBackOrder);
    m_ui->shipToAddressIdEdit->setText(request.shipToAddressId);
    for (const AddressField &field : AddressFields) {
        findChild<QLineEdit *>(QStringLiteral("shipTo") + QLatin1String(field.suffix))
            ->setText(request.shipTo.*field.member);
        findChild<QLineEdit *>(QStringLiteral("endUser") + QLatin1String(field.suffix))
            ->setText(request.endUserInfo.*field.member);
    }
    const OrderShipmentDetails &shipment = request.shipmentDetails;
    m_ui->carrierCodeEdit->setText(shipment.carrierCode);
    m_ui->deliveryDateCheck->setChecked(shipment.requestedDeliveryDate.isValid());
    if (shipment.requestedDeliveryDate.isValid())
        m_ui->deliveryDateEdit->setDate(shipment.requestedDeliveryDate);
    m_ui->shipCompleteCheck->setChecked(shipment.shipComplete);
    m_ui->signatureRequiredCheck->setChecked(shipment.signatureRequired);
    m_ui->shippingInstructionsEdit->setText(shipment.shippingInstructions);
    m_ui->freightAccountEdit->setText(shipment.freightAccountNumber);
    QTableWidget *table = m_ui->attributesTable;
    table->setRowCount(0);
    for (const AdditionalAttribute &attribute : request.additionalAttributes) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(attribute.name));
        table->setItem(row, 1, new QTableWidgetItem(attribute.value));
    }
    m_ui->customerHoldCheck->setChecked(request.placeOnCustomerHold);
    m_lines->setLines(request.lines);
    m_ui->linesCountLabel->setText(tr("%n line(s)", nullptr, m_lines->rowCount()));
}

OrderApiVersion OrderEditor::apiVersion() const
{
    return OrderApiVersion(m_ui->apiVersionCombo->currentData().toInt());
}

OrderDraft OrderEditor::draft() const
{
    OrderDraft draft = m_draft;
    draft.request = request();
    draft.apiVersion = apiVersion();
    return draft;
}

void OrderEditor::setDraft(const OrderDraft &draft)
{
    m_saveTimer->stop();
    m_validateTimer->stop();
    m_loading = true;
    m_draft = draft;
    m_ui->apiVersionCombo->setCurrentIndex(m_ui->apiVersionCombo->findData(int(draft.apiVersion)));
    setRequest(draft.request);
    if (m_lines->rowCount() == 0 && draft.state == OrderDraft::State::Editing)
        m_lines->addLine(); // somewhere to start typing
    m_ui->linesCountLabel->setText(tr("%n line(s)", nullptr, m_lines->rowCount()));
    // A blank new order is not greeted with a list of what it lacks; a resumed one is checked.
    m_showProblems =
        !draft.request.customerOrderNumber.trimmed().isEmpty() || !draft.request.lines.isEmpty();
    m_loading = false;
    m_dirty = false;
    m_completed = false;
    m_serverProblems.clear();
    m_ui->messageBanner->hide();
    if (draft.state == OrderDraft::State::Submitted && !draft.statusNote.isEmpty())
        showMessage(MessageBanner::Type::Warning, draft.statusNote);
    updateVersionHints();
    validateNow();
    updateDraftStateLabel();
    setActiveProfileId(m_activeProfileId);
    Q_EMIT titleChanged(title());
}

QString OrderEditor::title() const
{
    const QString po = m_ui->customerPoEdit->text().trimmed();
    return po.isEmpty() ? tr("New order") : tr("New order %1").arg(po);
}

void OrderEditor::setActiveProfileId(const QString &profileId)
{
    m_activeProfileId = profileId;
    if (profileId.isEmpty())
        return;
    if (m_draft.profileId.isEmpty()) {
        m_draft.profileId = profileId;
    } else if (m_draft.profileId != profileId && m_ui->messageBanner->isHidden()) {
        showMessage(MessageBanner::Type::Information,
                    tr("This draft was started under another connection profile."),
                    tr("Submitting it sends it with the active profile."));
    }
}

void OrderEditor::validateNow()
{
    m_validateTimer->stop();
    m_localProblems = request().validate(apiVersion());
    applyProblems();
}

QList<OrderCreateRequest::Problem> OrderEditor::problems() const
{
    return m_localProblems + m_serverProblems;
}

void OrderEditor::showProblems(const QList<OrderCreateRequest::Problem> &problems)
{
    m_serverProblems.clear();
    for (const OrderCreateRequest::Problem &problem : problems)
        m_serverProblems.append({normalizeField(problem.field), problem.message});
    applyProblems();
    // The first named input gets the focus, on its tab.
    for (const OrderCreateRequest::Problem &problem : std::as_const(m_serverProblems)) {
        QWidget *widget = widgetForField(problem.field);
        if (problem.field.startsWith(QLatin1String("lines")))
            widget = m_ui->linesView;
        else if (problem.field.startsWith(QLatin1String("additionalattributes")))
            widget = m_ui->attributesTable;
        if (!widget)
            continue;
        for (int i = 0; i < m_ui->sectionTabs->count(); ++i) {
            if (m_ui->sectionTabs->widget(i)->isAncestorOf(widget))
                m_ui->sectionTabs->setCurrentIndex(i);
        }
        widget->setFocus();
        break;
    }
}

void OrderEditor::applyProblems()
{
    QHash<QWidget *, QStringList> byWidget;
    QList<OrderCreateRequest::Problem> lineProblems;
    QStringList linesMessages;
    QStringList attributeMessages;
    const QList<OrderCreateRequest::Problem> shown = m_showProblems ? problems() : m_serverProblems;
    for (const OrderCreateRequest::Problem &problem : shown) {
        const QString field = normalizeField(problem.field);
        if (field == QLatin1String("lines")) {
            linesMessages.append(problem.message);
        } else if (field.startsWith(QLatin1String("lines["))) {
            lineProblems.append({field, problem.message});
        } else if (field.startsWith(QLatin1String("additionalattributes"))) {
            static const QRegularExpression row(QStringLiteral("\\[(\\d+)\\]"));
            const QRegularExpressionMatch match = row.match(field);
            attributeMessages.append(
                match.hasMatch()
                    ? tr("Attribute %1: %2").arg(match.captured(1).toInt() + 1).arg(problem.message)
                    : problem.message);
        } else if (QWidget *widget = widgetForField(field)) {
            QStringList &messages = byWidget[widget];
            if (!messages.contains(problem.message))
                messages.append(problem.message);
        }
    }

    for (auto it = m_problemLabels.begin(); it != m_problemLabels.end(); ++it) {
        QWidget *widget = it.key();
        const QStringList messages = byWidget.value(widget);
        const bool bad = !messages.isEmpty();
        if (widget->property(ProblemProperty).toBool() != bad)
            markProblem(widget, bad);
        const QString text = messages.join(QLatin1Char('\n'));
        widget->setToolTip(bad ? text : widget->property("baseToolTip").toString());
        it.value()->setText(text);
        it.value()->setVisible(bad);
    }

    m_lines->setProblems(lineProblems);
    const QStringList summary = linesMessages + m_lines->problemSummary();
    m_ui->linesProblemLabel->setText(summary.join(QLatin1Char('\n')));
    m_ui->linesProblemLabel->setVisible(!summary.isEmpty());
    m_ui->attributesProblemLabel->setText(attributeMessages.join(QLatin1Char('\n')));
    m_ui->attributesProblemLabel->setVisible(!attributeMessages.isEmpty());
    if (m_ui->attributesTable->property(ProblemProperty).toBool() == attributeMessages.isEmpty())
        markProblem(m_ui->attributesTable, !attributeMessages.isEmpty());

    // Problems hidden on another tab are counted on its title.
    static const char *baseTitle = "baseTitle";
    for (int i = 0; i < m_ui->sectionTabs->count(); ++i) {
        QWidget *page = m_ui->sectionTabs->widget(i);
        if (!page->property(baseTitle).isValid())
            page->setProperty(baseTitle, m_ui->sectionTabs->tabText(i));
        int count = 0;
        for (auto it = byWidget.begin(); it != byWidget.end(); ++it)
            count += page->isAncestorOf(it.key()) ? int(it.value().size()) : 0;
        if (page == m_ui->attributesTab)
            count += int(attributeMessages.size());
        const QString title = page->property(baseTitle).toString();
        m_ui->sectionTabs->setTabText(i, count ? tr("%1 (%2)").arg(title).arg(count) : title);
        m_ui->sectionTabs->setTabIcon(i, count ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                               : QIcon());
        m_ui->sectionTabs->setTabToolTip(i, count ? tr("%n problem(s) on this page", nullptr, count)
                                                  : QString());
    }
    updateEnabledState();
}

bool OrderEditor::canSubmit() const
{
    return !m_readOnly && !m_submitting && !m_completed &&
           m_draft.state == OrderDraft::State::Editing && m_localProblems.isEmpty() &&
           m_serverProblems.isEmpty();
}

void OrderEditor::setSubmitting(bool submitting)
{
    m_submitting = submitting;
    updateEnabledState();
    updateDraftStateLabel();
}

void OrderEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateEnabledState();
}

void OrderEditor::updateEnabledState()
{
    const bool locked =
        m_readOnly || m_submitting || m_completed || m_draft.state == OrderDraft::State::Submitted;
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        // Spin boxes and date edits own line edits of their own; they are disabled instead.
        if (qobject_cast<QAbstractSpinBox *>(edit->parentWidget()))
            continue;
        edit->setReadOnly(locked);
    }
    m_ui->notesEdit->setReadOnly(locked);
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_ui->acceptBackOrderCheck, m_ui->customerHoldCheck, m_ui->shipCompleteCheck,
             m_ui->signatureRequiredCheck, m_ui->deliveryDateCheck, m_ui->apiVersionCombo,
             m_ui->addLineButton, m_ui->removeLinesButton, m_ui->pasteLinesButton,
             m_ui->addAttributeButton, m_ui->removeAttributeButton})
        widget->setEnabled(!locked);
    m_ui->deliveryDateEdit->setEnabled(!locked && m_ui->deliveryDateCheck->isChecked());
    m_ui->attributesTable->setEditTriggers(locked ? QAbstractItemView::NoEditTriggers
                                                  : QAbstractItemView::AllEditTriggers);
    m_lines->setReadOnly(locked);
    m_ui->submitButton->setEnabled(canSubmit());
    m_ui->submitButton->setText(m_submitting ? tr("Submitting…") : tr("&Submit order"));
    m_ui->submitButton->setToolTip(m_localProblems.isEmpty() && m_serverProblems.isEmpty()
                                       ? QString()
                                       : tr("Fix the %n problem(s) shown in red first.", nullptr,
                                            int(m_localProblems.size() + m_serverProblems.size())));
    m_ui->editAgainButton->setVisible(m_draft.state == OrderDraft::State::Submitted &&
                                      !m_submitting && !m_completed && !m_readOnly);
}

void OrderEditor::updateVersionHints()
{
    const bool v7 = apiVersion() == OrderApiVersion::V7;
    m_ui->customerPoEdit->setPlaceholderText(
        tr("required, at most %1 characters")
            .arg(v7 ? OrderCreateRequest::CustomerOrderNumberMaxLengthV7
                    : OrderCreateRequest::CustomerOrderNumberMaxLengthV6));
}

void OrderEditor::updateDraftStateLabel()
{
    QString text;
    QString color;
    if (m_completed) {
        text = tr("Confirmed by the API; the draft was removed.");
    } else if (m_submitting) {
        text = tr("Sending…");
    } else if (!m_saveError.isEmpty()) {
        text = tr("Draft not saved: %1").arg(m_saveError);
        color = QStringLiteral("#c62828");
    } else if (m_draft.state == OrderDraft::State::Submitted) {
        text = tr("Submitted %1; kept until the API confirms the order.")
                   .arg(QLocale().toString(m_draft.submitted.toLocalTime(), QLocale::ShortFormat));
    } else if (!m_store) {
        text = tr("Not saved as a draft.");
    } else if (m_dirty) {
        text = tr("Saving draft…");
    } else if (m_store->contains(m_draft.id)) {
        text = tr("Draft saved %1")
                   .arg(QLocale().toString(m_draft.updated.toLocalTime().time(),
                                           QLocale::ShortFormat));
    }
    m_ui->draftStateLabel->setText(text);
    QPalette palette = m_ui->draftStateLabel->parentWidget()->palette();
    if (!color.isEmpty())
        palette.setColor(QPalette::WindowText, QColor(color));
    m_ui->draftStateLabel->setPalette(palette);
}

bool OrderEditor::saveNow()
{
    m_saveTimer->stop();
    if (!m_store || m_completed || !m_dirty)
        return true;
    OrderDraft next = draft();
    next.updated = QDateTime::currentDateTimeUtc();
    QString error;
    if (!m_store->save(next, &error)) {
        m_saveError = error;
        updateDraftStateLabel();
        return false;
    }
    m_draft = next;
    m_dirty = false;
    m_saveError.clear();
    updateDraftStateLabel();
    Q_EMIT draftSaved(m_draft.id);
    return true;
}

void OrderEditor::setDraftState(OrderDraft::State state, const QString &note)
{
    m_draft.state = state;
    m_draft.statusNote = note;
    if (state == OrderDraft::State::Submitted)
        m_draft.submitted = QDateTime::currentDateTimeUtc();
    m_dirty = true;
    saveNow();
    updateEnabledState();
    updateDraftStateLabel();
}

void OrderEditor::completeDraft()
{
    m_saveTimer->stop();
    m_dirty = false;
    m_completed = true;
    if (m_store) {
        QString error;
        if (!m_store->remove(m_draft.id, &error))
            Q_EMIT statusMessage(error);
    }
    updateEnabledState();
    updateDraftStateLabel();
}

void OrderEditor::showMessage(MessageBanner::Type type, const QString &text, const QString &detail)
{
    m_ui->messageBanner->showMessage(type, text, detail);
}

void OrderEditor::showError(const ApiError &error)
{
    m_ui->messageBanner->showError(error);
}

MessageBanner *OrderEditor::banner() const
{
    return m_ui->messageBanner;
}

OrderResultView *OrderEditor::resultView() const
{
    return m_ui->resultView;
}

bool OrderEditor::isResultVisible() const
{
    return !m_ui->resultScroll->isHidden();
}

void OrderEditor::setResultVisible(bool visible, bool replaceForm)
{
    m_ui->resultScroll->setVisible(visible);
    m_ui->editorSplitter->setCollapsible(0, visible && replaceForm);
    if (!visible)
        return;
    // The outcome is what matters now: the lines keep their smallest readable size, the form
    // too unless it is replaced, and the result takes the rest.
    const QList<int> sizes = m_ui->editorSplitter->sizes();
    const int total = std::accumulate(sizes.cbegin(), sizes.cend(), 0);
    if (total > 0 && sizes.size() == 3)
        m_ui->editorSplitter->setSizes({replaceForm ? 0 : 1, 1, total});
}

void OrderEditor::addLine()
{
    if (m_lines->isReadOnly())
        return;
    const int row = m_lines->addLine();
    const QModelIndex index = m_lines->index(row, OrderLinesEditModel::IngramPartColumn);
    m_ui->linesView->setCurrentIndex(index);
    m_ui->linesView->setFocus();
    m_ui->linesView->edit(index);
}

void OrderEditor::removeSelectedLines()
{
    if (m_lines->isReadOnly())
        return;
    QList<int> rows;
    const QModelIndexList selected = m_ui->linesView->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty() && m_ui->linesView->currentIndex().isValid())
        rows.append(m_ui->linesView->currentIndex().row());
    m_lines->removeLines(rows);
}

void OrderEditor::pasteLines()
{
    pasteLinesText(QApplication::clipboard()->text());
}

void OrderEditor::pasteLinesText(const QString &text)
{
    if (m_lines->isReadOnly())
        return;
    if (text.trimmed().isEmpty()) {
        showMessage(MessageBanner::Type::Information, tr("The clipboard holds no lines."),
                    tr("Copy rows of part number and quantity (and a unit price, if you like) "
                       "from a spreadsheet, then paste again."));
        return;
    }
    const OrderLinesEditModel::PasteResult result = m_lines->pasteText(text);
    if (result.errors.isEmpty()) {
        m_ui->messageBanner->dismiss();
        Q_EMIT statusMessage(tr("%n line(s) pasted.", nullptr, result.added));
        return;
    }
    const QString added = tr("%n line(s) pasted.", nullptr, result.added);
    const QString refused =
        tr("%n row(s) could not be pasted:", nullptr, int(result.errors.size()));
    showMessage(result.added ? MessageBanner::Type::Warning : MessageBanner::Type::Error,
                tr("%1 %2").arg(added, refused), result.errors.join(QLatin1Char('\n')));
}

bool OrderEditor::eventFilter(QObject *watched, QEvent *event)
{
    // While a cell is being edited its editor has the keys; these reach the table only between
    // edits.
    if (watched == m_ui->linesView && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Paste)) {
            const QString text = QApplication::clipboard()->text();
            const QModelIndex current = m_ui->linesView->currentIndex();
            if (!OrderLinesEditModel::looksLikeRows(text) && current.isValid()) {
                // One value goes into the current cell, as in a spreadsheet.
                m_lines->setData(current, text.trimmed());
            } else {
                pasteLinesText(text);
            }
            return true;
        }
        if (key->key() == Qt::Key_Insert) {
            addLine();
            return true;
        }
        if (key->matches(QKeySequence::Delete)) {
            removeSelectedLines();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
