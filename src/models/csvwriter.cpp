#include "csvwriter.h"

CsvWriter::CsvWriter(bool byteOrderMark)
{
    if (byteOrderMark)
        m_data.append("\xEF\xBB\xBF");
}

void CsvWriter::addRow(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(QLatin1Char(','));
        line.append(escape(fields.at(i)));
    }
    m_data.append(line.toUtf8());
    m_data.append("\r\n");
    ++m_rows;
}

namespace {
// A spreadsheet runs a cell that starts like a formula; text from the API (a PO, a vendor
// name) must never become one. Numbers such as -12.50 stay numbers.
bool looksLikeFormula(const QString &field)
{
    if (field.isEmpty())
        return false;
    const QChar first = field.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('@') ||
        first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return true;
    if (first == QLatin1Char('-')) {
        bool isNumber = false;
        field.toDouble(&isNumber);
        return !isNumber;
    }
    return false;
}
} // namespace

QString CsvWriter::escape(const QString &givenField)
{
    const QString field =
        looksLikeFormula(givenField) ? QLatin1Char('\'') + givenField : givenField;
    const bool needsQuotes =
        field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
        (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvWriter::number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}
