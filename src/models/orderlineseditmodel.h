// The editable lines of a new order: numbering, spreadsheet paste, and the problems per cell.
#pragma once

#include "ordercreaterequest.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

class OrderLinesEditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineNumberColumn,
        IngramPartColumn,
        VendorPartColumn,
        QuantityColumn,
        UnitPriceColumn,
        SpecialBidColumn,
        NotesColumn,
        ColumnCount
    };

    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        // The reason the cell is refused, or an empty string.
        ProblemRole,
    };

    // What a paste did: rows added, and one translated message per refused row.
    struct PasteResult
    {
        int added = 0;
        QStringList errors;
    };

    explicit OrderLinesEditModel(QObject *parent = nullptr);

    void setLines(const QList<OrderCreateLine> &lines);
    QList<OrderCreateLine> lines() const { return m_lines; }

    // Appends an empty line with the next free line number; returns its row.
    int addLine();
    void removeLines(QList<int> rows);
    // Tab-separated rows "part<TAB>quantity[<TAB>unit price]", one per text line, as a
    // spreadsheet copies them. Good rows are appended (replacing trailing empty lines), bad
    // ones reported by row number.
    PasteResult pasteText(const QString &text);
    // True when the text looks like spreadsheet rows rather than a single value for one cell.
    static bool looksLikeRows(const QString &text);

    // Problems named "lines[N].field"; other fields are ignored.
    void setProblems(const QList<OrderCreateRequest::Problem> &problems);
    QString problem(int row, int column) const;
    // Every line problem as "Line N: message", in row order, for a summary under the table.
    QStringList problemSummary() const;

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // The column of a line field name of the API ("quantity", "ingramPartNumber"), or -1.
    static int columnForField(const QString &field);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A change made through the model (edit, add, remove, paste), not by setLines().
    void linesEdited();

private:
    QString nextLineNumber() const;
    static std::optional<double> parsePrice(const QString &text, bool *ok);
    static QString formatPrice(double price);

    QList<OrderCreateLine> m_lines;
    QHash<quint64, QString> m_problems; // key: row << 32 | column
    bool m_readOnly = false;
};
