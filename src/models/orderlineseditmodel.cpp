#include "orderlineseditmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <utility>

namespace {
quint64 cellKey(int row, int column)
{
    return (quint64(quint32(row)) << 32) | quint32(column);
}

bool isBlank(const OrderCreateLine &line)
{
    return line.ingramPartNumber.trimmed().isEmpty() && line.vendorPartNumber.trimmed().isEmpty() &&
           !line.unitPrice && line.specialBidNumber.trimmed().isEmpty() &&
           line.notes.trimmed().isEmpty() && line.quantity == 1;
}
} // namespace

OrderLinesEditModel::OrderLinesEditModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OrderLinesEditModel::setLines(const QList<OrderCreateLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    m_problems.clear();
    endResetModel();
}

QString OrderLinesEditModel::nextLineNumber() const
{
    QSet<QString> used;
    for (const OrderCreateLine &line : m_lines)
        used.insert(line.customerLineNumber.trimmed());
    for (int next = 1; next < 1000; ++next) {
        const QString number = QString::number(next);
        if (!used.contains(number))
            return number;
    }
    return {}; // 999 lines numbered: the rest stay unnumbered and the API numbers them
}

int OrderLinesEditModel::addLine()
{
    OrderCreateLine line;
    line.customerLineNumber = nextLineNumber();
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append(line);
    endInsertRows();
    Q_EMIT linesEdited();
    return row;
}

void OrderLinesEditModel::removeLines(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    bool removed = false;
    for (const int row : std::as_const(rows)) {
        if (row < 0 || row >= m_lines.size())
            continue;
        beginRemoveRows({}, row, row);
        m_lines.removeAt(row);
        endRemoveRows();
        removed = true;
    }
    if (!removed)
        return;
    // Problems name rows by position; they are stale now and come back with the next check.
    m_problems.clear();
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT linesEdited();
}

bool OrderLinesEditModel::looksLikeRows(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.contains(QLatin1Char('\t')) || trimmed.contains(QLatin1Char('\n'));
}

std::optional<double> OrderLinesEditModel::parsePrice(const QString &text, bool *ok)
{
    QString value = text.trimmed();
    static const QRegularExpression currency(QStringLiteral("^[$€£]\\s*|\\s*[$€£]$"));
    value.remove(currency);
    if (value.isEmpty()) {
        *ok = true;
        return std::nullopt;
    }
    double price = QLocale().toDouble(value, ok);
    if (!*ok)
        price = QLocale::c().toDouble(value, ok);
    if (!*ok || price < 0 || !std::isfinite(price)) {
        *ok = false;
        return std::nullopt;
    }
    return price;
}

QString OrderLinesEditModel::formatPrice(double price)
{
    return QLocale().toString(price, 'f', QLocale::FloatingPointShortest);
}

OrderLinesEditModel::PasteResult OrderLinesEditModel::pasteText(const QString &text)
{
    PasteResult result;
    if (m_readOnly)
        return result;
    QList<OrderCreateLine> good;
    bool firstNonBlank = true;
    const QStringList rows = QString(text)
                                 .replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                                 .split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int rowNumber = int(i) + 1;
        QStringList cells = rows.at(i).split(QLatin1Char('\t'));
        while (!cells.isEmpty() && cells.constLast().trimmed().isEmpty())
            cells.removeLast();
        if (cells.isEmpty())
            continue; // blank rows between blocks are normal in a spreadsheet
        // A copied range often starts with its column titles ("Part", "Qty"): a first row whose
        // quantity cell holds no digit at all is that header, not a refused line.
        const bool firstRow = std::exchange(firstNonBlank, false);
        static const QRegularExpression digit(QStringLiteral("\\d"));
        if (firstRow && cells.size() >= 2 && cells.size() <= 3 && !cells.at(1).contains(digit))
            continue;
        if (cells.size() < 2) {
            result.errors.append(
                tr("Row %1: \"%2\" has no quantity; paste part and quantity separated by a tab.")
                    .arg(rowNumber)
                    .arg(cells.constFirst().trimmed()));
            continue;
        }
        if (cells.size() > 3) {
            result.errors.append(tr("Row %1 has %2 columns; expected part, quantity and an "
                                    "optional unit price.")
                                     .arg(rowNumber)
                                     .arg(cells.size()));
            continue;
        }
        OrderCreateLine line;
        line.ingramPartNumber = cells.at(0).trimmed();
        if (line.ingramPartNumber.isEmpty()) {
            result.errors.append(tr("Row %1 has no part number.").arg(rowNumber));
            continue;
        }
        if (line.ingramPartNumber.size() > OrderCreateRequest::IngramPartNumberMaxLength) {
            result.errors.append(tr("Row %1: the part number \"%2\" is longer than %3 characters.")
                                     .arg(rowNumber)
                                     .arg(line.ingramPartNumber)
                                     .arg(OrderCreateRequest::IngramPartNumberMaxLength));
            continue;
        }
        bool ok = false;
        const QString quantityText = cells.at(1).trimmed();
        line.quantity = quantityText.toInt(&ok);
        if (!ok)
            line.quantity = QLocale().toInt(quantityText, &ok);
        if (!ok || line.quantity < 1) {
            result.errors.append(tr("Row %1: \"%2\" is not a quantity of 1 or more.")
                                     .arg(rowNumber)
                                     .arg(quantityText));
            continue;
        }
        if (cells.size() == 3) {
            line.unitPrice = parsePrice(cells.at(2), &ok);
            if (!ok) {
                result.errors.append(
                    tr("Row %1: \"%2\" is not a price.").arg(rowNumber).arg(cells.at(2).trimmed()));
                continue;
            }
        }
        good.append(line);
    }
    if (good.isEmpty())
        return result;

    // A fresh editor starts with an empty line; pasted rows take its place.
    int blanks = 0;
    while (blanks < m_lines.size() && isBlank(m_lines.at(m_lines.size() - 1 - blanks)))
        ++blanks;
    if (blanks > 0) {
        beginRemoveRows({}, int(m_lines.size()) - blanks, int(m_lines.size()) - 1);
        m_lines.remove(m_lines.size() - blanks, blanks);
        endRemoveRows();
    }
    const int first = int(m_lines.size());
    beginInsertRows({}, first, first + int(good.size()) - 1);
    for (OrderCreateLine &line : good) {
        line.customerLineNumber = nextLineNumber();
        m_lines.append(line);
    }
    endInsertRows();
    result.added = int(good.size());
    Q_EMIT linesEdited();
    return result;
}

void OrderLinesEditModel::setProblems(const QList<OrderCreateRequest::Problem> &problems)
{
    static const QRegularExpression linePath(QStringLiteral("^lines\\[(\\d+)\\]\\.(\\w+)$"));
    QHash<quint64, QString> next;
    for (const OrderCreateRequest::Problem &problem : problems) {
        const QRegularExpressionMatch match = linePath.match(problem.field);
        if (!match.hasMatch())
            continue;
        const int row = match.captured(1).toInt();
        const int column = columnForField(match.captured(2));
        if (row < 0 || row >= m_lines.size() || column < 0)
            continue;
        QString &message = next[cellKey(row, column)];
        message =
            message.isEmpty() ? problem.message : message + QLatin1Char('\n') + problem.message;
    }
    if (next == m_problems)
        return;
    m_problems = next;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::ToolTipRole, Qt::BackgroundRole, ProblemRole});
}

QString OrderLinesEditModel::problem(int row, int column) const
{
    return m_problems.value(cellKey(row, column));
}

QStringList OrderLinesEditModel::problemSummary() const
{
    QStringList summary;
    for (int row = 0; row < m_lines.size(); ++row) {
        for (int column = 0; column < ColumnCount; ++column) {
            const QString message = problem(row, column);
            if (message.isEmpty())
                continue;
            const QString number = m_lines.at(row).customerLineNumber.trimmed();
            const QString header = headerData(column, Qt::Horizontal).toString();
            summary.append(number.isEmpty() ? tr("Row %1, %2: %3").arg(row + 1).arg(header, message)
                                            : tr("Line %1, %2: %3").arg(number, header, message));
        }
    }
    return summary;
}

void OrderLinesEditModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int OrderLinesEditModel::columnForField(const QString &field)
{
    static const QHash<QString, int> columns{
        {QStringLiteral("customerlinenumber"), LineNumberColumn},
        {QStringLiteral("ingrampartnumber"), IngramPartColumn},
        {QStringLiteral("vendorpartnumber"), VendorPartColumn},
        {QStringLiteral("quantity"), QuantityColumn},
        {QStringLiteral("unitprice"), UnitPriceColumn},
        {QStringLiteral("specialbidnumber"), SpecialBidColumn},
        {QStringLiteral("notes"), NotesColumn},
    };
    return columns.value(field.toLower(), -1);
}

int OrderLinesEditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int OrderLinesEditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderLinesEditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderCreateLine &line = m_lines.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (Column(column)) {
        case LineNumberColumn:
            return line.customerLineNumber;
        case IngramPartColumn:
            return line.ingramPartNumber;
        case VendorPartColumn:
            return line.vendorPartNumber;
        case QuantityColumn:
            return line.quantity;
        case UnitPriceColumn:
            return line.unitPrice ? formatPrice(*line.unitPrice) : QString();
        case SpecialBidColumn:
            return line.specialBidNumber;
        case NotesColumn:
            return line.notes;
        case ColumnCount:
            break;
        }
        return {};
    case RawValueRole:
        if (column == UnitPriceColumn)
            return line.unitPrice ? QVariant(*line.unitPrice) : QVariant();
        return data(index, Qt::EditRole);
    case Qt::TextAlignmentRole:
        if (column == QuantityColumn || column == UnitPriceColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
    case ProblemRole: {
        const QString message = problem(index.row(), column);
        if (!message.isEmpty() || role == ProblemRole)
            return message;
        if (column == UnitPriceColumn && !line.unitPrice)
            return tr("No requested price: the API prices the line.");
        return {};
    }
    case Qt::BackgroundRole:
        if (!problem(index.row(), column).isEmpty())
            return QBrush(QColor(255, 220, 220));
        return {};
    case Qt::ForegroundRole:
        if (!problem(index.row(), column).isEmpty())
            return QBrush(QColor(140, 0, 0));
        return {};
    default:
        return {};
    }
}

bool OrderLinesEditModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || m_readOnly ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    OrderCreateLine &line = m_lines[index.row()];
    const QString text = value.toString();
    switch (Column(index.column())) {
    case LineNumberColumn:
        line.customerLineNumber = text.trimmed();
        break;
    case IngramPartColumn:
        line.ingramPartNumber = text.trimmed();
        break;
    case VendorPartColumn:
        line.vendorPartNumber = text.trimmed();
        break;
    case QuantityColumn: {
        bool ok = false;
        const int quantity = value.typeId() == QMetaType::Int
                                 ? value.toInt(&ok)
                                 : QLocale().toInt(text.trimmed(), &ok);
        if (!ok)
            return false;
        line.quantity = quantity;
        break;
    }
    case UnitPriceColumn: {
        bool ok = false;
        const std::optional<double> price = value.typeId() == QMetaType::Double
                                                ? std::optional<double>(value.toDouble())
                                                : parsePrice(text, &ok);
        if (value.typeId() != QMetaType::Double && !ok)
            return false;
        line.unitPrice = price;
        break;
    }
    case SpecialBidColumn:
        line.specialBidNumber = text.trimmed();
        break;
    case NotesColumn:
        line.notes = text;
        break;
    case ColumnCount:
        return false;
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT linesEdited();
    return true;
}

Qt::ItemFlags OrderLinesEditModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant OrderLinesEditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case LineNumberColumn:
            return tr("Line");
        case IngramPartColumn:
            return tr("Ingram part");
        case VendorPartColumn:
            return tr("Vendor part (v7)");
        case QuantityColumn:
            return tr("Quantity");
        case UnitPriceColumn:
            return tr("Unit price");
        case SpecialBidColumn:
            return tr("Special bid");
        case NotesColumn:
            return tr("Notes");
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case LineNumberColumn:
            return tr("Your line number, at most 3 characters, unique in the order.");
        case VendorPartColumn:
            return tr("Only v7 orders take a vendor part number.");
        case UnitPriceColumn:
            return tr("Requested unit price; leave empty to let the API price the line.");
        default:
            break;
        }
    }
    return {};
}
