#include "texttable.h"

#include <QTextStream>

namespace {
QString oneLine(const QString &cell)
{
    QString text = cell;
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return text;
}
} // namespace

TextTable::TextTable(const QStringList &headers)
    : m_headers(headers)
{}

void TextTable::setAlignment(int column, Align align)
{
    while (m_align.size() <= column)
        m_align.append(Align::Left);
    m_align[column] = align;
}

void TextTable::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

int TextTable::columnCount() const
{
    qsizetype count = m_headers.size();
    for (const QStringList &row : m_rows)
        count = std::max(count, row.size());
    return int(count);
}

void TextTable::writeText(QTextStream &out, const QString &indent) const
{
    const int columns = columnCount();
    QList<qsizetype> widths(columns, 0);
    QList<QStringList> lines;
    if (!m_headers.isEmpty())
        lines.append(m_headers);
    lines.append(m_rows);
    for (QStringList &line : lines) {
        for (QString &cell : line)
            cell = oneLine(cell);
        for (int column = 0; column < line.size(); ++column)
            widths[column] = std::max(widths[column], line.at(column).size());
    }
    for (const QStringList &line : std::as_const(lines)) {
        QString text = indent;
        for (int column = 0; column < columns; ++column) {
            const QString cell = line.value(column);
            const bool right = m_align.value(column, Align::Left) == Align::Right;
            if (column > 0)
                text += QLatin1String("  ");
            text += right ? cell.rightJustified(widths.at(column))
                          : cell.leftJustified(widths.at(column));
        }
        // Trailing padding only makes copied output awkward.
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out << text << '\n';
    }
}

void TextTable::writeCsv(QTextStream &out) const
{
    const auto writeRecord = [&out](const QStringList &fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &field : fields)
            quoted.append(csvField(field));
        out << quoted.join(QLatin1Char(',')) << "\r\n";
    };
    if (!m_headers.isEmpty())
        writeRecord(m_headers);
    for (const QStringList &row : m_rows)
        writeRecord(row);
}

QString TextTable::csvField(const QString &field)
{
    const bool needsQuotes =
        field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
        (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}
