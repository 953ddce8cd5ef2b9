#include "modifyorderdialog.h"
#include "ui_modifyorderdialog.h"

#include "displayformat.h"
#include "orderwritejobs.h"
#include "orderwriteservice.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

namespace {
enum Column
{
    LineColumn,
    PartColumn,
    DescriptionColumn,
    QuantityColumn,
    PriceColumn,
    NotesColumn,
    ChangeColumn,
    ColumnCount
};

constexpr int MaxQuantity = 99999;
const QColor ProblemColour(0xb0, 0x1c, 0x1c);

// "lines[3].quantity" → 3 and "quantity"; -1 for other fields.
int lineIndexOf(const QString &field, QString *rest = nullptr)
{
    static const QRegularExpression pattern(QStringLiteral("^lines\\[(\\d+)\\]\\.?(.*)$"));
    const QRegularExpressionMatch match = pattern.match(field);
    if (!match.hasMatch())
        return -1;
    if (rest)
        *rest = match.captured(2);
    return match.captured(1).toInt();
}

void markProblem(QWidget *widget, bool problem)
{
    // A dynamic property the style sheet below keys on, so the editor's own look stays.
    if (widget->property("problem").toBool() == problem)
        return;
    widget->setProperty("problem", problem);
    widget->setStyleSheet(problem ? QStringLiteral("border: 1px solid #b01c1c;") : QString());
}
} // namespace

ModifyOrderDialog::ModifyOrderDialog(OrderWriteService *service, const OrderDetails &details,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ModifyOrderDialog>())
    , m_service(service)
    , m_details(details)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("modifyOrderDialog"));
    setWindowTitle(tr("Modify Order %1").arg(details.ingramOrderNumber));
    m_ui->introLabel->setText(
        tr("Order %1 is on customer hold. Change quantities and notes in the table, add or "
           "delete lines, and change the notes or the ship-to address. Only what you change is "
           "sent; everything else stays as it is.")
            .arg(details.ingramOrderNumber));
    m_send = m_ui->buttonBox->addButton(tr("&Send Changes"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(true);
    m_ui->busyIndicator->hide();

    QTableWidget *table = m_ui->linesTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Line"), tr("Ingram part"), tr("Description"),
                                      tr("Quantity"), tr("Unit price"), tr("Line notes"),
                                      tr("Change")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(NotesColumn, QHeaderView::Stretch);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 14);
    table->horizontalHeaderItem(PriceColumn)
        ->setToolTip(tr("The API prices lines itself; a change cannot set a price."));

    for (const OrderLine &line : details.lines) {
        Row row;
        row.ingramLineNumber = line.ingramOrderLineNumber;
        row.customerLineNumber = line.customerLineNumber;
        row.ingramPartNumber = line.ingramPartNumber;
        row.quantity = line.quantityOrdered;
        row.notes = line.lineNotes;
        addRow(row);
        const int at = table->rowCount() - 1;
        table->item(at, DescriptionColumn)->setText(line.partDescription);
        table->item(at, DescriptionColumn)->setToolTip(line.partDescription);
        table->item(at, PriceColumn)
            ->setText(DisplayFormat::money(line.unitPrice, line.currencyCode.isEmpty()
                                                               ? details.currencyCode
                                                               : line.currencyCode));
    }
    QHeaderView *header = table->horizontalHeader();
    for (int column : {LineColumn, QuantityColumn, PriceColumn, ChangeColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // Wide enough for an 18-character part number being typed into a new line.
    header->setSectionResizeMode(PartColumn, QHeaderView::Interactive);
    header->resizeSection(PartColumn,
                          table->fontMetrics().horizontalAdvance(QLatin1Char('W')) * 12);
    header->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(NotesColumn, QHeaderView::Stretch);
    if (table->rowCount() > 0)
        table->selectRow(0);

    m_ui->notesEdit->setText(details.notes);
    m_ui->notesEdit->setPlaceholderText(tr("No notes"));

    const Address &shipTo = details.shipToInfo;
    m_addressFields = {
        {QStringLiteral("contact"), m_ui->contactEdit},
        {QStringLiteral("companyName"), m_ui->companyNameEdit},
        {QStringLiteral("addressLine1"), m_ui->addressLine1Edit},
        {QStringLiteral("addressLine2"), m_ui->addressLine2Edit},
        {QStringLiteral("addressLine3"), m_ui->addressLine3Edit},
        {QStringLiteral("city"), m_ui->cityEdit},
        {QStringLiteral("state"), m_ui->stateEdit},
        {QStringLiteral("postalCode"), m_ui->postalCodeEdit},
        {QStringLiteral("countryCode"), m_ui->countryCodeEdit},
        {QStringLiteral("phoneNumber"), m_ui->phoneNumberEdit},
        {QStringLiteral("email"), m_ui->emailEdit},
    };
    m_ui->contactEdit->setText(shipTo.contact);
    m_ui->companyNameEdit->setText(shipTo.companyName);
    m_ui->addressLine1Edit->setText(shipTo.addressLine1);
    m_ui->addressLine2Edit->setText(shipTo.addressLine2);
    m_ui->addressLine3Edit->setText(shipTo.addressLine3);
    m_ui->cityEdit->setText(shipTo.city);
    m_ui->stateEdit->setText(shipTo.state);
    m_ui->postalCodeEdit->setText(shipTo.postalCode);
    m_ui->countryCodeEdit->setText(shipTo.countryCode);
    m_ui->phoneNumberEdit->setText(shipTo.phoneNumber);
    m_ui->emailEdit->setText(shipTo.email);
    for (const auto &field : std::as_const(m_addressFields))
        connect(field.second, &QLineEdit::textChanged, this, &ModifyOrderDialog::updateState);

    const QList<QLabel *> problemLabels = findChildren<QLabel *>(
        QRegularExpression(QStringLiteral("Problem$")), Qt::FindChildrenRecursively);
    QPalette problemPalette = palette();
    problemPalette.setColor(QPalette::WindowText, ProblemColour);
    for (QLabel *label : problemLabels) {
        label->setPalette(problemPalette);
        label->hide();
    }

    connect(m_ui->addLineButton, &QPushButton::clicked, this, [this] {
        const int row = addLine();
        m_ui->linesTable->setCurrentCell(row, PartColumn);
        if (QLineEdit *part = partEditAt(row))
            part->setFocus();
    });
    connect(m_ui->deleteLineButton, &QPushButton::clicked, this,
            &ModifyOrderDialog::toggleDeleteSelected);
    connect(m_ui->linesTable, &QTableWidget::currentCellChanged, this,
            &ModifyOrderDialog::updateState);
    connect(m_ui->notesEdit, &QLineEdit::textChanged, this, &ModifyOrderDialog::updateState);
    // The address fields only take room once someone wants to change the address.
    const auto showAddress = [this](bool shown) {
        for (int i = 0; i < m_ui->shipToGrid->count(); ++i) {
            if (QWidget *widget = m_ui->shipToGrid->itemAt(i)->widget()) {
                if (!widget->objectName().endsWith(QLatin1String("Problem")))
                    widget->setVisible(shown);
            }
        }
        if (!shown)
            m_ui->shipToProblem->hide();
    };
    showAddress(false);
    connect(m_ui->shipToBox, &QGroupBox::toggled, this, showAddress);
    connect(m_ui->shipToBox, &QGroupBox::toggled, this, &ModifyOrderDialog::updateState);
    connect(m_send, &QPushButton::clicked, this, &ModifyOrderDialog::send);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ModifyOrderDialog::reject);
    updateState();
}

ModifyOrderDialog::~ModifyOrderDialog()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
}

void ModifyOrderDialog::addRow(const Row &source)
{
    QTableWidget *table = m_ui->linesTable;
    const int at = table->rowCount();
    table->insertRow(at);
    for (int column = 0; column < ColumnCount; ++column) {
        auto *item = new QTableWidgetItem;
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        table->setItem(at, column, item);
    }
    Row row = source;
    table->item(at, LineColumn)->setText(row.isNew ? tr("new") : row.ingramLineNumber);
    if (row.isNew) {
        row.partEdit = new QLineEdit(table);
        row.partEdit->setMaxLength(18);
        row.partEdit->setPlaceholderText(tr("Ingram part"));
        row.partEdit->setAccessibleName(tr("Ingram part number of the new line"));
        table->setCellWidget(at, PartColumn, row.partEdit);
        connect(row.partEdit, &QLineEdit::textChanged, this, &ModifyOrderDialog::updateState);
        table->item(at, PriceColumn)->setText(QStringLiteral("—"));
    } else {
        table->item(at, PartColumn)->setText(row.ingramPartNumber);
    }
    row.quantityBox = new QSpinBox(table);
    row.quantityBox->setRange(1, MaxQuantity);
    row.quantityBox->setValue(qBound(1, row.quantity, MaxQuantity));
    row.quantityBox->setAccessibleName(tr("Quantity"));
    table->setCellWidget(at, QuantityColumn, row.quantityBox);
    connect(row.quantityBox, &QSpinBox::valueChanged, this, &ModifyOrderDialog::updateState);
    row.notesEdit = new QLineEdit(row.notes, table);
    row.notesEdit->setMaxLength(132);
    row.notesEdit->setAccessibleName(tr("Line notes"));
    table->setCellWidget(at, NotesColumn, row.notesEdit);
    connect(row.notesEdit, &QLineEdit::textChanged, this, &ModifyOrderDialog::updateState);
    m_rows.append(row);
    refreshRow(at);
}

int ModifyOrderDialog::addLine()
{
    Row row;
    row.isNew = true;
    row.customerLineNumber = nextCustomerLineNumber();
    row.quantity = 1;
    addRow(row);
    updateState();
    return m_ui->linesTable->rowCount() - 1;
}

QString ModifyOrderDialog::nextCustomerLineNumber() const
{
    int highest = 0;
    for (const OrderLine &line : m_details.lines)
        highest = qMax(highest, line.customerLineNumber.toInt());
    for (const Row &row : m_rows)
        highest = qMax(highest, row.customerLineNumber.toInt());
    return QString::number(highest + 1).rightJustified(3, QLatin1Char('0'));
}

int ModifyOrderDialog::rowOfLine(const QString &ingramLineNumber) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).isNew &&
            m_rows.at(i).ingramLineNumber.toInt() == ingramLineNumber.trimmed().toInt())
            return i;
    }
    return -1;
}

QSpinBox *ModifyOrderDialog::quantityAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).quantityBox : nullptr;
}

QLineEdit *ModifyOrderDialog::partEditAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).partEdit : nullptr;
}

QLineEdit *ModifyOrderDialog::notesEditAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).notesEdit : nullptr;
}

void ModifyOrderDialog::toggleDeleteSelected()
{
    const int at = m_ui->linesTable->currentRow();
    if (at < 0 || at >= m_rows.size() || isSending())
        return;
    if (m_rows.at(at).isNew) {
        m_rows.removeAt(at);
        m_ui->linesTable->removeRow(at);
    } else {
        m_rows[at].deleted = !m_rows.at(at).deleted;
        refreshRow(at);
    }
    updateState();
}

void ModifyOrderDialog::refreshRow(int at)
{
    const Row &row = m_rows.at(at);
    QTableWidget *table = m_ui->linesTable;
    const bool quantityChanged = !row.isNew && row.quantityBox->value() != row.quantity;
    const bool notesChanged = !row.isNew && row.notesEdit->text().trimmed() != row.notes.trimmed();
    QString change;
    if (row.deleted)
        change = tr("delete");
    else if (row.isNew)
        change = tr("add as line %1").arg(row.customerLineNumber);
    else if (quantityChanged || notesChanged)
        change = tr("update");
    QTableWidgetItem *changeItem = table->item(at, ChangeColumn);
    changeItem->setText(change);
    changeItem->setToolTip({});
    changeItem->setForeground(palette().brush(QPalette::Text));
    for (int column = 0; column < ColumnCount; ++column) {
        QFont font = table->font();
        font.setStrikeOut(row.deleted && column != ChangeColumn);
        table->item(at, column)->setFont(font);
    }
    row.quantityBox->setEnabled(!row.deleted);
    row.notesEdit->setEnabled(!row.deleted);
}

bool ModifyOrderDialog::isChanged(const Row &row)
{
    return row.isNew || row.deleted || row.quantityBox->value() != row.quantity ||
           row.notesEdit->text().trimmed() != row.notes.trimmed();
}

QList<int> ModifyOrderDialog::changedRows() const
{
    QList<int> rows;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (isChanged(m_rows.at(i)))
            rows.append(i);
    }
    return rows;
}

OrderModifyRequest ModifyOrderDialog::request() const
{
    OrderModifyRequest request;
    for (const Row &row : m_rows) {
        OrderLineChange change;
        change.ingramPartNumber =
            row.isNew ? row.partEdit->text().trimmed().toUpper() : row.ingramPartNumber;
        const QString notes = row.notesEdit->text().trimmed();
        if (row.isNew) {
            change.action = OrderLineChange::Action::Add;
            change.customerLineNumber = row.customerLineNumber;
            change.quantity = row.quantityBox->value();
            if (!notes.isEmpty())
                change.notes = notes;
        } else if (row.deleted) {
            change.action = OrderLineChange::Action::Delete;
            change.ingramLineNumber = row.ingramLineNumber;
        } else {
            const bool quantityChanged = row.quantityBox->value() != row.quantity;
            const bool notesChanged = notes != row.notes.trimmed();
            if (!quantityChanged && !notesChanged)
                continue;
            change.action = OrderLineChange::Action::Update;
            change.ingramLineNumber = row.ingramLineNumber;
            // The spec's examples always carry the quantity with an update.
            change.quantity = row.quantityBox->value();
            if (notesChanged)
                change.notes = notes;
        }
        request.lines.append(change);
    }
    const QString notes = m_ui->notesEdit->text().trimmed();
    if (notes != m_details.notes.trimmed())
        request.notes = notes;
    if (m_ui->shipToBox->isChecked()) {
        const Address address = shipToFromFields();
        const QJsonObject before = m_details.shipToInfo.toRequestJson();
        if (address.toRequestJson() != before)
            request.shipTo = address;
    }
    return request;
}

Address ModifyOrderDialog::shipToFromFields() const
{
    Address address;
    address.contact = m_ui->contactEdit->text().trimmed();
    address.companyName = m_ui->companyNameEdit->text().trimmed();
    address.addressLine1 = m_ui->addressLine1Edit->text().trimmed();
    address.addressLine2 = m_ui->addressLine2Edit->text().trimmed();
    address.addressLine3 = m_ui->addressLine3Edit->text().trimmed();
    address.city = m_ui->cityEdit->text().trimmed();
    address.state = m_ui->stateEdit->text().trimmed();
    address.postalCode = m_ui->postalCodeEdit->text().trimmed();
    address.countryCode = m_ui->countryCodeEdit->text().trimmed().toUpper();
    address.phoneNumber = m_ui->phoneNumberEdit->text().trimmed();
    address.email = m_ui->emailEdit->text().trimmed();
    return address;
}

QList<OrderModifyRequest::Problem> ModifyOrderDialog::problems() const
{
    QList<OrderModifyRequest::Problem> problems;
    const auto lineField = [](int row, const char *key) -> QString {
        return QStringLiteral("lines[%1].").arg(row) + QLatin1String(key);
    };
    static const QRegularExpression partFormat(QStringLiteral("^[A-Z0-9][A-Z0-9\\-/.]{0,17}$"),
                                               QRegularExpression::CaseInsensitiveOption);
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (!row.isNew)
            continue;
        const QString part = row.partEdit->text().trimmed();
        if (part.isEmpty())
            problems.append(
                {lineField(i, "ingramPartNumber"), tr("Enter the Ingram part number.")});
        else if (!partFormat.match(part).hasMatch())
            problems.append({lineField(i, "ingramPartNumber"),
                             tr("An Ingram part number has letters and digits only.")});
    }
    if (m_ui->shipToBox->isChecked()) {
        const Address address = shipToFromFields();
        const auto required = [&problems](const char *field, const QString &value,
                                          const QString &message) {
            if (value.isEmpty())
                problems.append({QStringLiteral("shipToInfo.") + QLatin1String(field), message});
        };
        required("addressLine1", address.addressLine1, tr("Enter the street address."));
        required("city", address.city, tr("Enter the city."));
        required("postalCode", address.postalCode, tr("Enter the postal code."));
        static const QRegularExpression country(QStringLiteral("^[A-Z]{2}$"));
        if (!country.match(address.countryCode).hasMatch())
            problems.append({QStringLiteral("shipToInfo.countryCode"),
                             tr("A two-letter ISO country code, such as US.")});
        static const QRegularExpression zip(QStringLiteral("^[0-9]{5}(-?[0-9]{4})?$"));
        if (address.countryCode == QLatin1String("US") && !address.postalCode.isEmpty() &&
            !zip.match(address.postalCode).hasMatch())
            problems.append({QStringLiteral("shipToInfo.postalCode"),
                             tr("A US ZIP code has five or nine digits.")});
        if (!address.email.isEmpty() && !address.email.contains(QLatin1Char('@')))
            problems.append(
                {QStringLiteral("shipToInfo.email"), tr("An email address has an @ in it.")});
    }

    // The request's own rules name its lines by their place in the request: map them back.
    const OrderModifyRequest changes = request();
    const QList<int> rowOfChange = changedRows();
    for (OrderModifyRequest::Problem problem : changes.validate()) {
        QString rest;
        const int index = lineIndexOf(problem.field, &rest);
        if (index >= 0 && index < rowOfChange.size())
            problem.field = QStringLiteral("lines[%1].").arg(rowOfChange.at(index)) + rest;
        bool known = false;
        for (const auto &existing : std::as_const(problems))
            known = known || existing.field == problem.field;
        if (!known)
            problems.append(problem);
    }
    return problems;
}

void ModifyOrderDialog::clearProblems()
{
    const QList<QLabel *> labels = findChildren<QLabel *>(
        QRegularExpression(QStringLiteral("Problem$")), Qt::FindChildrenRecursively);
    for (QLabel *label : labels) {
        label->clear();
        label->hide();
    }
    for (const auto &field : std::as_const(m_addressFields))
        markProblem(field.second, false);
    markProblem(m_ui->notesEdit, false);
    for (int i = 0; i < m_rows.size(); ++i) {
        refreshRow(i);
        if (m_rows.at(i).partEdit)
            markProblem(m_rows.at(i).partEdit, false);
        markProblem(m_rows.at(i).quantityBox, false);
        markProblem(m_rows.at(i).notesEdit, false);
    }
}

void ModifyOrderDialog::showProblems(const QList<OrderModifyRequest::Problem> &problems)
{
    clearProblems();
    QStringList lineProblems;
    QStringList shipToProblems;
    for (const OrderModifyRequest::Problem &problem : problems) {
        QString rest;
        const int row = lineIndexOf(problem.field, &rest);
        if (row >= 0 && row < m_rows.size()) {
            const Row &line = m_rows.at(row);
            QTableWidgetItem *item = m_ui->linesTable->item(row, ChangeColumn);
            item->setText(problem.message);
            item->setToolTip(problem.message);
            item->setForeground(ProblemColour);
            QWidget *editor = line.partEdit;
            if (rest == QLatin1String("quantity"))
                editor = line.quantityBox;
            else if (rest == QLatin1String("notes"))
                editor = line.notesEdit;
            if (editor)
                markProblem(editor, true);
            lineProblems.append(
                tr("Line %1: %2")
                    .arg(line.isNew ? line.customerLineNumber : line.ingramLineNumber,
                         problem.message));
            continue;
        }
        if (problem.field == QLatin1String("notes")) {
            m_ui->notesProblem->setText(problem.message);
            m_ui->notesProblem->show();
            markProblem(m_ui->notesEdit, true);
            continue;
        }
        bool placed = false;
        for (const auto &field : std::as_const(m_addressFields)) {
            if (problem.field.compare(QStringLiteral("shipToInfo.") + field.first,
                                      Qt::CaseInsensitive) != 0)
                continue;
            auto *label = findChild<QLabel *>(field.first + QStringLiteral("Problem"));
            if (label) {
                label->setText(problem.message);
                label->show();
            }
            markProblem(field.second, true);
            placed = true;
        }
        if (placed)
            continue;
        if (problem.field.startsWith(QLatin1String("shipTo"), Qt::CaseInsensitive))
            shipToProblems.append(problem.message);
        else if (problem.field.startsWith(QLatin1String("lines")))
            lineProblems.append(problem.message);
    }
    m_ui->linesProblem->setText(lineProblems.join(QLatin1Char('\n')));
    m_ui->linesProblem->setVisible(!lineProblems.isEmpty());
    m_ui->shipToProblem->setText(shipToProblems.join(QLatin1Char('\n')));
    m_ui->shipToProblem->setVisible(!shipToProblems.isEmpty());
}

QString ModifyOrderDialog::changeSummary(const OrderModifyRequest &changes) const
{
    QStringList parts;
    for (const OrderLineChange &line : changes.lines) {
        switch (line.action) {
        case OrderLineChange::Action::Add:
            parts.append(tr("add %1 × %2 as line %3")
                             .arg(line.ingramPartNumber.isEmpty() ? tr("(no part yet)")
                                                                  : line.ingramPartNumber)
                             .arg(line.quantity.value_or(0))
                             .arg(line.customerLineNumber));
            break;
        case OrderLineChange::Action::Update:
            parts.append(tr("update line %1 (quantity %2)")
                             .arg(line.ingramLineNumber)
                             .arg(line.quantity.value_or(0)));
            break;
        case OrderLineChange::Action::Delete:
            parts.append(
                tr("delete line %1 (%2)").arg(line.ingramLineNumber, line.ingramPartNumber));
            break;
        }
    }
    if (changes.notes)
        parts.append(changes.notes->isEmpty() ? tr("clear the order notes")
                                              : tr("new order notes"));
    if (!changes.shipTo.isEmpty())
        parts.append(tr("a new ship-to address"));
    if (parts.isEmpty())
        return tr("Nothing is changed yet.");
    return tr("To send: %1.").arg(parts.join(QStringLiteral("; ")));
}

void ModifyOrderDialog::updateState()
{
    for (int i = 0; i < m_rows.size(); ++i)
        refreshRow(i);
    const OrderModifyRequest changes = request();
    m_ui->summaryLabel->setText(changeSummary(changes));
    const int current = m_ui->linesTable->currentRow();
    const bool haveRow = current >= 0 && current < m_rows.size();
    m_ui->deleteLineButton->setEnabled(haveRow && !isSending());
    m_ui->deleteLineButton->setText(haveRow && m_rows.at(current).deleted ? tr("&Keep line")
                                                                          : tr("&Delete line"));
    m_ui->deleteLineButton->setToolTip(
        haveRow && m_rows.at(current).isNew
            ? tr("Remove the new line")
            : tr("Delete the selected line from the order, or keep it after all"));
    m_send->setEnabled(!changes.isEmpty() && !isSending());
    m_send->setToolTip(changes.isEmpty() ? tr("Change something first")
                                         : tr("Send the changes to Ingram Micro"));
    // Once a send was refused, reasons follow the edits; before that they would only nag.
    if (m_validated)
        showProblems(problems());
}

void ModifyOrderDialog::send()
{
    if (isSending() || !m_service)
        return;
    const OrderModifyRequest changes = request();
    if (changes.isEmpty())
        return;
    const QList<OrderModifyRequest::Problem> found = problems();
    m_validated = true;
    showProblems(found);
    if (!found.isEmpty()) {
        m_ui->messageBanner->showMessage(
            MessageBanner::Type::Warning,
            tr("%n change(s) need attention before they can be sent.", nullptr, int(found.size())),
            tr("The reasons are shown next to the fields."));
        return;
    }
    m_ui->messageBanner->dismiss();
    // The API names lines by their place in the request; remember which row each one is.
    m_sentRows = changedRows();
    m_job = m_service->modify(m_details.ingramOrderNumber, changes, this);
    connect(m_job, &ApiJob::finished, this, &ModifyOrderDialog::onFinished);
    setSending(true);
}

void ModifyOrderDialog::setSending(bool sending)
{
    m_ui->busyIndicator->setVisible(sending);
    m_ui->linesBox->setEnabled(!sending);
    m_ui->notesBox->setEnabled(!sending);
    m_ui->shipToBox->setEnabled(!sending);
    updateState();
}

void ModifyOrderDialog::onFinished(ApiJob *job)
{
    if (job != m_job)
        return;
    m_job = nullptr;
    auto *modifyJob = static_cast<OrderModifyJob *>(job);
    if (modifyJob->wasCancelled()) {
        setSending(false);
        return;
    }
    if (!modifyJob->hasError()) {
        m_result = modifyJob->result();
        setSending(false);
        accept();
        return;
    }
    const ApiError &error = modifyJob->error();
    if (error.maybeProcessed) {
        m_error = error;
        setSending(false);
        done(MaybeApplied);
        return;
    }
    // Refused: everything typed stays, the API's reason shows, the fields it names are marked.
    setSending(false);
    m_ui->messageBanner->showError(error);
    const QList<int> &sentRows = m_sentRows;
    QList<OrderModifyRequest::Problem> named;
    for (const ApiFieldError &field : error.fieldErrors) {
        QString rest;
        const int index = lineIndexOf(field.field, &rest);
        QString name = field.field;
        if (index >= 0 && index < sentRows.size())
            name = QStringLiteral("lines[%1].").arg(sentRows.at(index)) + rest;
        if (!name.isEmpty())
            named.append({name, field.message});
    }
    showProblems(named);
}

void ModifyOrderDialog::reject()
{
    if (m_job) {
        // The request is out: the change may be applied whatever happens to the answer now.
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job = nullptr;
        m_error = ApiError::make(ApiError::Kind::Cancelled);
        m_error.maybeProcessed = true;
        setSending(false);
        done(MaybeApplied);
        return;
    }
    if (!request().isEmpty()) {
        const auto answer =
            QMessageBox::question(this, tr("Discard Changes"),
                                  tr("Discard the changes to order %1? Nothing has been sent.")
                                      .arg(m_details.ingramOrderNumber),
                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}
