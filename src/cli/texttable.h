// Rows of text cells written as aligned columns for a terminal or as RFC 4180 CSV.
#pragma once

#include <QList>
#include <QStringList>

class QTextStream;

class TextTable
{
public:
    enum class Align
    {
        Left,
        Right
    };

    // Without headers, writeText() prints the rows only (key/value blocks).
    explicit TextTable(const QStringList &headers = {});

    void setAlignment(int column, Align align);
    void addRow(const QStringList &cells);
    int rowCount() const { return int(m_rows.size()); }
    bool isEmpty() const { return m_rows.isEmpty(); }

    // Columns two spaces apart, padded to the widest cell; no trailing spaces. Line breaks
    // inside a cell become spaces so that one row stays one line.
    void writeText(QTextStream &out, const QString &indent = {}) const;
    // A header row (when there are headers) and one record per row, CRLF-terminated.
    void writeCsv(QTextStream &out) const;

    // Quotes a field only when it needs it: separators, quotes, line breaks or edge spaces.
    static QString csvField(const QString &field);

private:
    int columnCount() const;

    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<Align> m_align;
};
