// The local order drafts: which exist, for which profile and in which state; resume or discard.
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class DraftsView;
}
class DraftStore;
class ProfileStore;
class QTreeWidgetItem;

class DraftsView : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        PoColumn,
        LinesColumn,
        UpdatedColumn,
        ProfileColumn,
        ApiColumn,
        StateColumn,
    };
    static constexpr int DraftIdRole = Qt::UserRole + 1;
    static constexpr int OtherProfileRole = Qt::UserRole + 2;

    // profiles may be null: profiles are then shown by id.
    DraftsView(DraftStore *store, ProfileStore *profiles, QWidget *parent = nullptr);
    ~DraftsView() override;

    int draftCount() const;
    QString selectedDraftId() const;
    bool selectDraft(const QString &id);
    // Drafts of other profiles are listed too, but marked.
    void setActiveProfileId(const QString &profileId);

public Q_SLOTS:
    // Reads the drafts folder again; damaged files are reported in the banner, not deleted.
    void refresh();
    void resumeSelected();
    // Asks first (a window-modal box named "discardDraftConfirmation").
    void discardSelected();

Q_SIGNALS:
    void resumeRequested(const QString &draftId);
    void newOrderRequested();
    void draftsChanged(int count);
    // The draft file was deleted; an editor still showing it must not save it again.
    void draftDiscarded(const QString &draftId);
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateButtons();

    std::unique_ptr<Ui::DraftsView> m_ui;
    DraftStore *m_store;
    ProfileStore *m_profiles;
    QString m_activeProfileId;
};
