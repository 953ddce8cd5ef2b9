// The editor of a new order: header, addresses, shipment, attributes and lines of a create
// request, checked as the user types, autosaved as a local draft, submitted through a signal.
#pragma once

#include "messagebanner.h"
#include "orderdraft.h"

#include <QHash>
#include <QWidget>

#include <memory>

namespace Ui {
class OrderEditor;
}
class ApiError;
class DraftStore;
class OrderLinesEditModel;
class QLabel;
class QTimer;

class OrderEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int AutosaveDelayMs = 500;
    static constexpr int ValidateDelayMs = 250;

    // store may be null: nothing is saved then. The editor starts on an empty draft; give it
    // one with setDraft().
    explicit OrderEditor(DraftStore *store, QWidget *parent = nullptr);
    // Saves a pending change first: closing a tab or the window loses nothing.
    ~OrderEditor() override;

    OrderCreateRequest request() const;
    OrderApiVersion apiVersion() const;
    // The draft as the form shows it now (updated time as last saved).
    OrderDraft draft() const;
    void setDraft(const OrderDraft &draft);
    QString draftId() const { return m_draft.id; }
    QString title() const;

    // Problems to show beside their fields, as the API names them ("customerOrderNumber",
    // "lines[0].quantity", "shipToInfo.postalCode"; v6 and v7 spellings). Server problems stay
    // until the field they name is edited; local checks keep running beside them.
    void showProblems(const QList<OrderCreateRequest::Problem> &problems);
    // The problems shown now, local and server ones, in API field names.
    QList<OrderCreateRequest::Problem> problems() const;
    bool canSubmit() const;

    // While busy the whole form is read-only and Submit is disabled: it cannot fire twice.
    void setSubmitting(bool submitting);
    bool isSubmitting() const { return m_submitting; }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Records the submission state in the draft and saves it at once, before anything is sent.
    void setDraftState(OrderDraft::State state, const QString &note = {});
    // The API confirmed the order: the draft file is deleted and the form stays read-only.
    void completeDraft();
    bool isCompleted() const { return m_completed; }

    // The profile the desk talks to now; a draft made under another one is flagged.
    void setActiveProfileId(const QString &profileId);

    void showMessage(MessageBanner::Type type, const QString &text, const QString &detail = {});
    void showError(const ApiError &error);
    MessageBanner *banner() const;

    OrderLinesEditModel *linesModel() const { return m_lines; }

public Q_SLOTS:
    // Writes a pending change now (tab close, window close, quit). Returns false on a write
    // error, which is also shown in the editor.
    bool saveNow();
    void addLine();
    void removeSelectedLines();
    // Pastes the clipboard's spreadsheet rows into the lines.
    void pasteLines();
    void pasteLinesText(const QString &text);

Q_SIGNALS:
    void submitRequested();
    void titleChanged(const QString &title);
    void draftSaved(const QString &draftId);
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setupFieldMap();
    void connectEdits();
    void edited(QWidget *source);
    void validateNow();
    void applyProblems();
    void updateEnabledState();
    void updateDraftStateLabel();
    void updateVersionHints();
    void setRequest(const OrderCreateRequest &request);
    QWidget *widgetForField(const QString &field) const;
    static QString normalizeField(const QString &field);

    std::unique_ptr<Ui::OrderEditor> m_ui;
    DraftStore *m_store;
    OrderLinesEditModel *m_lines;
    QTimer *m_saveTimer;
    QTimer *m_validateTimer;
    OrderDraft m_draft;
    QString m_activeProfileId;
    QString m_saveError;
    // normalized API field name -> input
    QHash<QString, QWidget *> m_fieldWidgets;
    QHash<QWidget *, QLabel *> m_problemLabels;
    QList<OrderCreateRequest::Problem> m_localProblems;
    QList<OrderCreateRequest::Problem> m_serverProblems;
    bool m_loading = false;
    bool m_showProblems = false; // local problems are shown once the user has edited
    bool m_dirty = false;
    bool m_submitting = false;
    bool m_readOnly = false;
    bool m_completed = false;
};
