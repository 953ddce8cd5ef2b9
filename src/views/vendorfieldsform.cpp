#include "vendorfieldsform.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr QAbstractItemView::EditTriggers EditTriggers =
    QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
    QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed;

QString displayName(const VendorFieldsForm::Field &field)
{
    return field.description.trimmed().isEmpty() ? field.name : field.description.trimmed();
}

QString fieldLabel(const VendorFieldsForm::Field &field)
{
    return field.required
               ? QCoreApplication::translate("VendorFieldsForm", "%1 (required):")
                     .arg(displayName(field))
               : QCoreApplication::translate("VendorFieldsForm", "%1:").arg(displayName(field));
}

QComboBox *makeCombo(const VendorFieldsForm::Field &field, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    if (!field.required)
        combo->addItem(QString());
    else
        combo->addItem(QCoreApplication::translate("VendorFieldsForm", "(choose)"), QString());
    for (const QString &value : field.allowedValues)
        combo->addItem(value, value);
    if (!field.required)
        combo->setItemData(0, QString());
    const int index = combo->findData(field.value);
    combo->setCurrentIndex(field.value.isEmpty() || index < 0 ? 0 : index);
    combo->setAccessibleName(displayName(field));
    return combo;
}
} // namespace

VendorFieldsForm::VendorFieldsForm(QWidget *parent)
    : QWidget(parent)
    , m_headerGroup(new QGroupBox(tr("Order fields"), this))
    , m_headerForm(new QFormLayout(m_headerGroup))
    , m_linesGroup(new QGroupBox(tr("Line fields"), this))
    , m_table(new QTableWidget(0, LineColumnCount, m_linesGroup))
{
    m_headerGroup->setObjectName(QStringLiteral("vendorHeaderGroup"));
    m_linesGroup->setObjectName(QStringLiteral("vendorLinesGroup"));
    m_table->setObjectName(QStringLiteral("vendorLinesTable"));
    m_table->setAccessibleName(tr("Vendor fields per line"));
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Part"), tr("Field"), tr("Value")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(EditTriggers);
    m_headerForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_headerForm->setRowWrapPolicy(QFormLayout::WrapLongRows);

    auto *linesLayout = new QVBoxLayout(m_linesGroup);
    linesLayout->addWidget(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headerGroup);
    layout->addWidget(m_linesGroup, 1);
    // Header fields alone keep their natural height instead of a tall, empty box.
    layout->addStretch(0);
    m_headerGroup->hide();
    m_linesGroup->hide();

    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_loading || item->column() != ValueColumn)
            return;
        item->setToolTip(QString());
        item->setData(Qt::BackgroundRole, QVariant());
        Q_EMIT changed();
    });
}

void VendorFieldsForm::clear()
{
    setFields({}, {});
}

void VendorFieldsForm::setFields(const QList<Field> &header, const QList<Line> &lines)
{
    // What the user typed survives a rebuild (a retried validation, Back and Next).
    const QHash<QString, QString> typedHeader = headerValues();
    const QHash<QString, QHash<QString, QString>> typedLines = lineValues();

    m_loading = true;
    while (m_headerForm->rowCount() > 0)
        m_headerForm->removeRow(0);
    m_header.clear();
    m_lineRows.clear();
    m_table->clearContents();
    m_table->setRowCount(0);

    for (Field field : header) {
        if (field.name.trimmed().isEmpty())
            continue; // the API pads its lists with empty attributes
        if (!typedHeader.value(field.name).isEmpty())
            field.value = typedHeader.value(field.name);
        HeaderRow row;
        row.field = field;
        row.label = new QLabel(fieldLabel(field), m_headerGroup);
        row.label->setWordWrap(true);
        row.label->setToolTip(field.name);
        QWidget *editor = nullptr;
        if (!field.allowedValues.isEmpty()) {
            row.combo = makeCombo(field, m_headerGroup);
            connect(row.combo, &QComboBox::currentIndexChanged, this, [this, name = field.name] {
                if (!m_loading) {
                    showFieldProblem(name, QString());
                    Q_EMIT changed();
                }
            });
            editor = row.combo;
        } else {
            row.edit = new QLineEdit(field.value, m_headerGroup);
            row.edit->setAccessibleName(displayName(field));
            if (field.required)
                row.edit->setPlaceholderText(tr("Required by the vendor"));
            connect(row.edit, &QLineEdit::textEdited, this, [this, name = field.name] {
                showFieldProblem(name, QString());
                Q_EMIT changed();
            });
            editor = row.edit;
        }
        editor->setObjectName(QStringLiteral("vendorField_") + field.name);
        row.label->setBuddy(editor);
        row.problem = new QLabel(m_headerGroup);
        row.problem->setObjectName(QStringLiteral("vendorProblem_") + field.name);
        row.problem->setWordWrap(true);
        row.problem->setStyleSheet(QStringLiteral("color: #b00020;"));
        row.problem->hide();
        auto *cell = new QWidget(m_headerGroup);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(editor);
        cellLayout->addWidget(row.problem);
        m_headerForm->addRow(row.label, cell);
        cell->show();
        m_header.append(row);
    }

    for (const Line &line : lines) {
        for (Field field : line.fields) {
            if (field.name.trimmed().isEmpty())
                continue;
            const QString typed = typedLines.value(line.customerLineNumber).value(field.name);
            if (!typed.isEmpty())
                field.value = typed;
            LineRow row{line.customerLineNumber, line.ingramPartNumber, line.vendorPartNumber,
                        field, nullptr};
            const int r = m_table->rowCount();
            m_table->insertRow(r);
            auto readOnly = [](const QString &text) {
                auto *item = new QTableWidgetItem(text);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                return item;
            };
            m_table->setItem(r, LineNumberColumn, readOnly(line.customerLineNumber));
            const QString part =
                line.vendorPartNumber.isEmpty()
                    ? line.ingramPartNumber
                    : tr("%1 (%2)").arg(line.ingramPartNumber, line.vendorPartNumber);
            m_table->setItem(r, PartColumn, readOnly(part));
            QTableWidgetItem *nameItem = readOnly(
                field.required ? tr("%1 (required)").arg(displayName(field)) : displayName(field));
            nameItem->setToolTip(field.name);
            m_table->setItem(r, FieldColumn, nameItem);
            auto *valueItem = new QTableWidgetItem(field.value);
            valueItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
            m_table->setItem(r, ValueColumn, valueItem);
            if (!field.allowedValues.isEmpty()) {
                row.combo = makeCombo(field, m_table);
                m_table->setCellWidget(r, ValueColumn, row.combo);
                connect(row.combo, &QComboBox::currentIndexChanged, this, [this] {
                    if (!m_loading)
                        Q_EMIT changed();
                });
            }
            m_lineRows.append(row);
        }
    }
    m_headerGroup->setVisible(!m_header.isEmpty());
    m_linesGroup->setVisible(!m_lineRows.isEmpty());
    m_loading = false;
    Q_EMIT changed();
}

QString VendorFieldsForm::headerValue(const HeaderRow &row) const
{
    if (row.combo)
        return row.combo->currentData().toString();
    return row.edit ? row.edit->text().trimmed() : QString();
}

QString VendorFieldsForm::lineValue(int row) const
{
    const LineRow &line = m_lineRows.at(row);
    if (line.combo)
        return line.combo->currentData().toString();
    const QTableWidgetItem *item = m_table->item(row, ValueColumn);
    return item ? item->text().trimmed() : QString();
}

QList<VendorFieldsForm::Field> VendorFieldsForm::headerFields() const
{
    QList<Field> fields;
    for (const HeaderRow &row : m_header) {
        Field field = row.field;
        field.value = headerValue(row);
        fields.append(field);
    }
    return fields;
}

QList<VendorFieldsForm::Line> VendorFieldsForm::lines() const
{
    QList<Line> result;
    for (int i = 0; i < m_lineRows.size(); ++i) {
        const LineRow &row = m_lineRows.at(i);
        if (result.isEmpty() || result.constLast().customerLineNumber != row.customerLineNumber)
            result.append({row.customerLineNumber, row.ingramPartNumber, row.vendorPartNumber, {}});
        Field field = row.field;
        field.value = lineValue(i);
        result.last().fields.append(field);
    }
    return result;
}

QHash<QString, QString> VendorFieldsForm::headerValues() const
{
    QHash<QString, QString> values;
    for (const HeaderRow &row : m_header)
        values.insert(row.field.name, headerValue(row));
    return values;
}

QHash<QString, QHash<QString, QString>> VendorFieldsForm::lineValues() const
{
    QHash<QString, QHash<QString, QString>> values;
    for (int i = 0; i < m_lineRows.size(); ++i)
        values[m_lineRows.at(i).customerLineNumber].insert(m_lineRows.at(i).field.name,
                                                           lineValue(i));
    return values;
}

bool VendorFieldsForm::setHeaderValue(const QString &name, const QString &value)
{
    for (HeaderRow &row : m_header) {
        if (row.field.name != name)
            continue;
        if (row.combo) {
            const int index = row.combo->findData(value);
            if (index < 0)
                return false;
            row.combo->setCurrentIndex(index);
        } else {
            row.edit->setText(value);
        }
        Q_EMIT changed();
        return true;
    }
    return false;
}

int VendorFieldsForm::lineRow(const QString &customerLineNumber, const QString &name) const
{
    for (int i = 0; i < m_lineRows.size(); ++i) {
        if (m_lineRows.at(i).customerLineNumber == customerLineNumber &&
            m_lineRows.at(i).field.name == name)
            return i;
    }
    return -1;
}

bool VendorFieldsForm::setLineValue(const QString &customerLineNumber, const QString &name,
                                    const QString &value)
{
    const int row = lineRow(customerLineNumber, name);
    if (row < 0)
        return false;
    if (QComboBox *combo = m_lineRows.at(row).combo) {
        const int index = combo->findData(value);
        if (index < 0)
            return false;
        combo->setCurrentIndex(index);
    } else {
        m_table->item(row, ValueColumn)->setText(value); // emits changed() through itemChanged
    }
    return true;
}

QStringList VendorFieldsForm::missingFields() const
{
    QStringList missing;
    for (const HeaderRow &row : m_header) {
        if (row.field.required && headerValue(row).isEmpty())
            missing.append(displayName(row.field));
    }
    for (int i = 0; i < m_lineRows.size(); ++i) {
        const LineRow &row = m_lineRows.at(i);
        if (row.field.required && lineValue(i).isEmpty())
            missing.append(tr("Line %1: %2").arg(row.customerLineNumber, displayName(row.field)));
    }
    return missing;
}

bool VendorFieldsForm::showFieldProblem(const QString &field, const QString &message)
{
    // "vmfAdditionalAttributes.NAME" or just NAME: a header field.
    static const QRegularExpression headerPath(
        QStringLiteral(R"(^(?:vmfAdditionalAttributes\.)?([^.\[\]]+)$)"));
    const QRegularExpressionMatch header = headerPath.match(field);
    if (header.hasMatch()) {
        for (HeaderRow &row : m_header) {
            if (row.field.name.compare(header.captured(1), Qt::CaseInsensitive) != 0)
                continue;
            row.problem->setText(message);
            row.problem->setVisible(!message.isEmpty());
            QWidget *editor = row.edit ? static_cast<QWidget *>(row.edit) : row.combo;
            editor->setAccessibleDescription(message);
            return true;
        }
        return false;
    }
    // "lines[LINE].vmfAdditionalAttributesLines.NAME": LINE is the quote's line number, or
    // else the line's position in the quote.
    static const QRegularExpression linePath(
        QStringLiteral(R"(^lines(?:\[([^\]]+)\])?\.(?:\w+\.)?([^.]+)$)"));
    const QRegularExpressionMatch match = linePath.match(field);
    if (!match.hasMatch())
        return false;
    const QString name = match.captured(2);
    QStringList lineNumbers;
    for (const LineRow &row : std::as_const(m_lineRows)) {
        if (!lineNumbers.contains(row.customerLineNumber))
            lineNumbers.append(row.customerLineNumber);
    }
    const QString line = match.captured(1);
    if (line.isEmpty()) {
        bool any = false;
        for (const QString &number : std::as_const(lineNumbers))
            any = showLineFieldProblem(number, name, message) || any;
        return any;
    }
    if (showLineFieldProblem(line, name, message))
        return true;
    bool isIndex = false;
    const int index = line.toInt(&isIndex);
    return isIndex && index >= 0 && index < lineNumbers.size() &&
           showLineFieldProblem(lineNumbers.at(index), name, message);
}

bool VendorFieldsForm::showLineFieldProblem(const QString &customerLineNumber, const QString &name,
                                            const QString &message)
{
    int row = lineRow(customerLineNumber, name);
    if (row < 0) {
        for (int i = 0; i < m_lineRows.size() && row < 0; ++i) {
            if (m_lineRows.at(i).customerLineNumber == customerLineNumber &&
                m_lineRows.at(i).field.name.compare(name, Qt::CaseInsensitive) == 0)
                row = i;
        }
    }
    if (row < 0)
        return false;
    m_loading = true;
    QTableWidgetItem *item = m_table->item(row, ValueColumn);
    item->setToolTip(message);
    item->setData(Qt::BackgroundRole,
                  message.isEmpty() ? QVariant() : QVariant(QColor(255, 220, 220)));
    m_loading = false;
    if (!message.isEmpty())
        m_table->scrollToItem(item);
    return true;
}

QString VendorFieldsForm::problemFor(const QString &name) const
{
    for (const HeaderRow &row : m_header) {
        if (row.field.name == name)
            return row.problem->isHidden() ? QString() : row.problem->text();
    }
    return {};
}

void VendorFieldsForm::clearProblems()
{
    for (const HeaderRow &row : std::as_const(m_header))
        showFieldProblem(row.field.name, QString());
    for (const LineRow &row : std::as_const(m_lineRows))
        showLineFieldProblem(row.customerLineNumber, row.field.name, QString());
}

QWidget *VendorFieldsForm::headerEditor(const QString &name) const
{
    for (const HeaderRow &row : m_header) {
        if (row.field.name == name)
            return row.edit ? static_cast<QWidget *>(row.edit) : row.combo;
    }
    return nullptr;
}

void VendorFieldsForm::setReadOnly(bool readOnly)
{
    for (const HeaderRow &row : std::as_const(m_header)) {
        if (row.edit)
            row.edit->setReadOnly(readOnly);
        if (row.combo)
            row.combo->setEnabled(!readOnly);
    }
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : EditTriggers);
    for (const LineRow &row : std::as_const(m_lineRows)) {
        if (row.combo)
            row.combo->setEnabled(!readOnly);
    }
}

void VendorFieldsForm::commitPendingEdit()
{
    const QModelIndex index = m_table->currentIndex();
    QWidget *editor = index.isValid() ? m_table->indexWidget(index) : nullptr;
    // A combo box is the cell itself, not an editor.
    if (!editor || (index.row() < m_lineRows.size() && m_lineRows.at(index.row()).combo == editor))
        return;
    // The view commits and closes its editor when the current cell changes.
    m_table->setCurrentIndex(QModelIndex());
    m_table->setCurrentIndex(index);
}
