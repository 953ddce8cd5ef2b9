#include "draftsview.h"
#include "ui_draftsview.h"

#include "draftstore.h"
#include "profilestore.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>

namespace {
// Sorts the Updated and Lines columns by value, not by their text.
class DraftItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant mine = data(column, Qt::UserRole + 10);
        const QVariant theirs = other.data(column, Qt::UserRole + 10);
        if (mine.isValid() && theirs.isValid())
            return QVariant::compare(mine, theirs) == QPartialOrdering::Less;
        return QTreeWidgetItem::operator<(other);
    }
};
constexpr int SortRole = Qt::UserRole + 10;
} // namespace

DraftsView::DraftsView(DraftStore *store, ProfileStore *profiles, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DraftsView>())
    , m_store(store)
    , m_profiles(profiles)
{
    setObjectName(QStringLiteral("draftsView"));
    m_ui->setupUi(this);
    m_ui->messageBanner->hide();
    m_ui->draftsTree->header()->setSectionResizeMode(PoColumn, QHeaderView::Interactive);
    m_ui->draftsTree->header()->resizeSection(PoColumn, 240);
    m_ui->draftsTree->header()->resizeSection(LinesColumn, 60);
    m_ui->draftsTree->header()->resizeSection(UpdatedColumn, 150);
    m_ui->draftsTree->header()->resizeSection(ProfileColumn, 200);
    m_ui->draftsTree->header()->resizeSection(ApiColumn, 50);
    m_ui->draftsTree->sortByColumn(UpdatedColumn, Qt::DescendingOrder);

    connect(m_ui->refreshButton, &QPushButton::clicked, this, &DraftsView::refresh);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, &DraftsView::resumeSelected);
    connect(m_ui->discardButton, &QPushButton::clicked, this, &DraftsView::discardSelected);
    connect(m_ui->newOrderButton, &QPushButton::clicked, this, &DraftsView::newOrderRequested);
    connect(m_ui->draftsTree, &QTreeWidget::itemActivated, this, &DraftsView::resumeSelected);
    connect(m_ui->draftsTree, &QTreeWidget::itemSelectionChanged, this, &DraftsView::updateButtons);
    refresh();
}

DraftsView::~DraftsView() = default;

void DraftsView::showEvent(QShowEvent *event)
{
    // Editors save while this page is hidden; what it shows must be current when it appears.
    refresh();
    QWidget::showEvent(event);
}

int DraftsView::draftCount() const
{
    return m_ui->draftsTree->topLevelItemCount();
}

QString DraftsView::selectedDraftId() const
{
    const QTreeWidgetItem *item = m_ui->draftsTree->currentItem();
    return item && item->isSelected() ? item->data(PoColumn, DraftIdRole).toString() : QString();
}

bool DraftsView::selectDraft(const QString &id)
{
    for (int i = 0; i < m_ui->draftsTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->draftsTree->topLevelItem(i);
        if (item->data(PoColumn, DraftIdRole).toString() == id) {
            m_ui->draftsTree->setCurrentItem(item);
            item->setSelected(true);
            return true;
        }
    }
    return false;
}

void DraftsView::setActiveProfileId(const QString &profileId)
{
    if (m_activeProfileId == profileId)
        return;
    m_activeProfileId = profileId;
    refresh();
}

void DraftsView::refresh()
{
    const QString selected = selectedDraftId();
    const DraftStore::Listing listing = m_store->list();
    QTreeWidget *tree = m_ui->draftsTree;
    tree->setSortingEnabled(false);
    tree->clear();
    for (const OrderDraft &draft : listing.drafts) {
        auto *item = new DraftItem(tree);
        const QString po = draft.request.customerOrderNumber.trimmed();
        item->setText(PoColumn, po.isEmpty() ? tr("(no customer PO yet)") : po);
        item->setData(PoColumn, DraftIdRole, draft.id);
        item->setText(LinesColumn, QLocale().toString(draft.request.lines.size()));
        item->setData(LinesColumn, SortRole, int(draft.request.lines.size()));
        item->setTextAlignment(LinesColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(UpdatedColumn,
                      QLocale().toString(draft.updated.toLocalTime(), QLocale::ShortFormat));
        item->setData(UpdatedColumn, SortRole, draft.updated);
        QString profileName = draft.profileId;
        if (m_profiles && m_profiles->contains(draft.profileId))
            profileName = m_profiles->profile(draft.profileId).name;
        else if (draft.profileId.isEmpty())
            profileName = tr("(none)");
        const bool other = !m_activeProfileId.isEmpty() && draft.profileId != m_activeProfileId;
        item->setData(PoColumn, OtherProfileRole, other);
        if (other) {
            item->setText(ProfileColumn, tr("%1 — other profile").arg(profileName));
            const QString tip = tr("Made under the profile %1, not the active one. Resuming "
                                   "and submitting it sends it with the active profile.")
                                    .arg(profileName);
            for (int column = 0; column < tree->columnCount(); ++column) {
                item->setToolTip(column, tip);
                item->setForeground(column,
                                    tree->palette().brush(QPalette::Disabled, QPalette::Text));
                QFont font = item->font(column);
                font.setItalic(true);
                item->setFont(column, font);
            }
        } else {
            item->setText(ProfileColumn, profileName);
        }
        item->setText(ApiColumn, OrderDraft::apiVersionKey(draft.apiVersion));
        if (draft.state == OrderDraft::State::Submitted) {
            item->setText(StateColumn, tr("Submitted — awaiting confirmation"));
            if (!draft.statusNote.isEmpty())
                item->setToolTip(StateColumn, draft.statusNote);
        } else {
            item->setText(StateColumn, tr("Editing"));
        }
    }
    tree->setSortingEnabled(true);
    if (!selected.isEmpty())
        selectDraft(selected);

    if (listing.broken.isEmpty()) {
        m_ui->messageBanner->hide();
    } else {
        QStringList details;
        for (const DraftStore::BrokenFile &file : listing.broken)
            details.append(tr("%1: %2").arg(QFileInfo(file.path).fileName(), file.message));
        details.append(tr("The files were left in %1.").arg(m_store->directory()));
        m_ui->messageBanner->showMessage(
            MessageBanner::Type::Warning,
            tr("%n draft file(s) cannot be read.", nullptr, int(listing.broken.size())),
            details.join(QLatin1Char('\n')));
    }
    const int count = draftCount();
    m_ui->countLabel->setText(tr("%n draft(s)", nullptr, count));
    m_ui->emptyLabel->setVisible(count == 0);
    tree->setVisible(count > 0);
    updateButtons();
    Q_EMIT draftsChanged(count);
}

void DraftsView::updateButtons()
{
    const bool selected = !selectedDraftId().isEmpty();
    m_ui->resumeButton->setEnabled(selected);
    m_ui->discardButton->setEnabled(selected);
}

void DraftsView::resumeSelected()
{
    const QString id = selectedDraftId();
    if (!id.isEmpty())
        Q_EMIT resumeRequested(id);
}

void DraftsView::discardSelected()
{
    const QString id = selectedDraftId();
    if (id.isEmpty())
        return;
    OrderDraft draft;
    QString error;
    if (!m_store->load(id, &draft, &error)) {
        m_ui->messageBanner->showMessage(MessageBanner::Type::Error, error);
        refresh();
        return;
    }
    const QString po = draft.request.customerOrderNumber.trimmed();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard Draft"),
                                po.isEmpty() ? tr("Discard the draft without a customer PO?")
                                             : tr("Discard the draft %1?").arg(po),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("discardDraftConfirmation"));
    QString detail = tr("Its %n line(s) and every field are deleted from this computer.", nullptr,
                        int(draft.request.lines.size()));
    if (draft.state == OrderDraft::State::Submitted)
        detail += QLatin1Char(' ') + tr("It was submitted and not yet confirmed: check whether "
                                        "the order was placed before you discard it.");
    box->setInformativeText(detail);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, id, po](int result) {
        if (result != QMessageBox::Discard)
            return;
        QString error;
        if (!m_store->remove(id, &error)) {
            m_ui->messageBanner->showMessage(MessageBanner::Type::Error, error);
            return;
        }
        Q_EMIT draftDiscarded(id);
        Q_EMIT statusMessage(po.isEmpty() ? tr("Draft discarded.")
                                          : tr("Draft %1 discarded.").arg(po));
        refresh();
    });
    box->open();
}
