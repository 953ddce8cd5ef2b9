// The vendor's mandatory fields of a quote as a form: header fields labelled by their
// description, and one table row per line field; tells which required ones are still empty.
#pragma once

#include "vendorfield.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTableWidget;

class VendorFieldsForm : public QWidget
{
    Q_OBJECT

public:
    using Field = VendorField;
    struct Line
    {
        QString customerLineNumber;
        QString ingramPartNumber;
        QString vendorPartNumber;
        QList<Field> fields;
    };

    enum LineColumn
    {
        LineNumberColumn,
        PartColumn,
        FieldColumn,
        ValueColumn,
        LineColumnCount
    };

    explicit VendorFieldsForm(QWidget *parent = nullptr);

    // Rebuilds the form; values already typed for a field of the same name (and line) stay.
    void setFields(const QList<Field> &header, const QList<Line> &lines);
    void clear();

    // The fields with the values as entered now.
    QList<Field> headerFields() const;
    QList<Line> lines() const;
    bool isEmpty() const { return m_header.isEmpty() && m_lineRows.isEmpty(); }
    int headerFieldCount() const { return int(m_header.size()); }
    int lineFieldCount() const { return int(m_lineRows.size()); }

    // name -> value; line number -> name -> value. For drafts.
    QHash<QString, QString> headerValues() const;
    QHash<QString, QHash<QString, QString>> lineValues() const;
    bool setHeaderValue(const QString &name, const QString &value);
    bool setLineValue(const QString &customerLineNumber, const QString &name, const QString &value);

    // Translated names of the required fields that are still empty ("Line 2: Contact e-mail").
    QStringList missingFields() const;
    bool isComplete() const { return missingFields().isEmpty(); }

    // A problem from the server for a field: a header attribute name, or a line's attribute
    // ("lines[1].<name>" or the line number and name). Returns false when no field matches.
    bool showFieldProblem(const QString &field, const QString &message);
    bool showLineFieldProblem(const QString &customerLineNumber, const QString &name,
                              const QString &message);
    void clearProblems();
    QString problemFor(const QString &name) const;

    QWidget *headerEditor(const QString &name) const;
    QTableWidget *linesTable() const { return m_table; }
    int lineRow(const QString &customerLineNumber, const QString &name) const;

    void setReadOnly(bool readOnly);
    // Takes a value still in an open cell editor into its cell (and emits changed()). A cell
    // editor commits on its own only through the event loop (Return) or on losing focus, which
    // may be while the form is being destroyed.
    void commitPendingEdit();

Q_SIGNALS:
    void changed();

private:
    struct HeaderRow
    {
        Field field;
        QLabel *label = nullptr;
        QLineEdit *edit = nullptr;
        QComboBox *combo = nullptr;
        QLabel *problem = nullptr;
    };
    struct LineRow
    {
        QString customerLineNumber;
        QString ingramPartNumber;
        QString vendorPartNumber;
        Field field;
        QComboBox *combo = nullptr;
    };

    QString headerValue(const HeaderRow &row) const;
    QString lineValue(int row) const;

    QGroupBox *m_headerGroup;
    QFormLayout *m_headerForm;
    QGroupBox *m_linesGroup;
    QTableWidget *m_table;
    QList<HeaderRow> m_header;
    QList<LineRow> m_lineRows;
    bool m_loading = false;
};
