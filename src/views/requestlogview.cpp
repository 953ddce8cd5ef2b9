#include "requestlogview.h"
#include "ui_requestlogview.h"

#include "requestlogfiltermodel.h"
#include "requestlogmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDataStream>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
constexpr quint32 StateVersion = 1;

QString formatHeaders(const ApiHeaderList &headers)
{
    QString text;
    for (const auto &header : headers)
        text += QString::fromLatin1(header.first) + QStringLiteral(": ") +
                QString::fromUtf8(header.second) + QLatin1Char('\n');
    return text;
}

// JSON bodies are pretty-printed; anything else is shown as it came.
QString formatBody(const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !document.isNull())
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    return QString::fromUtf8(body);
}
} // namespace

RequestLogView::RequestLogView(RequestLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RequestLogView>())
    , m_model(model)
    , m_filter(new RequestLogFilterModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("requestLogView"));
    m_filter->setSourceModel(m_model);
    m_ui->entriesView->setModel(m_filter);
    m_ui->entriesView->verticalHeader()->hide();
    m_ui->entriesView->horizontalHeader()->setSectionsMovable(true);
    m_ui->entriesView->horizontalHeader()->setSectionResizeMode(RequestLogModel::Path,
                                                                QHeaderView::Stretch);
    m_ui->entriesView->sortByColumn(RequestLogModel::Time, Qt::AscendingOrder);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->requestText->setFont(mono);
    m_ui->responseText->setFont(mono);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);

    using SF = RequestLogFilterModel::StatusFilter;
    for (const SF filter : {SF::All, SF::Success, SF::ClientErrors, SF::ServerErrors, SF::Failures})
        m_ui->statusFilter->addItem(QString(), int(filter));
    retranslate();

    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatusFilter(SF(m_ui->statusFilter->currentData().toInt())); });
    connect(m_ui->textFilter, &QLineEdit::textChanged, m_filter, &RequestLogFilterModel::setText);
    connect(m_ui->entriesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestLogView::showCurrent);
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this, &RequestLogView::copyCurl);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &RequestLogView::exportSelected);
    connect(m_ui->clearButton, &QPushButton::clicked, m_model, &RequestLogModel::clear);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RequestLogView::showCurrent);
}

RequestLogView::~RequestLogView() = default;

void RequestLogView::retranslate()
{
    using SF = RequestLogFilterModel::StatusFilter;
    const QList<QPair<SF, QString>> texts = {
        {SF::All, tr("All requests")},
        {SF::Success, tr("Successful (2xx)")},
        {SF::ClientErrors, tr("Client errors (4xx)")},
        {SF::ServerErrors, tr("Server errors (5xx)")},
        {SF::Failures, tr("All failures")},
    };
    for (const auto &text : texts)
        m_ui->statusFilter->setItemText(m_ui->statusFilter->findData(int(text.first)), text.second);
}

void RequestLogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        // Column titles and the shown request are written in the language of the moment.
        if (const int columns = m_model->columnCount())
            Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
        showCurrent();
    }
    QWidget::changeEvent(event);
}

bool RequestLogView::showEntry(const QString &correlationId)
{
    const int sourceRow = m_model->rowForCorrelationId(correlationId);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        // Hidden by a filter: the user asked for this entry, so the filters give way.
        m_ui->statusFilter->setCurrentIndex(0);
        m_ui->textFilter->clear();
        index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_ui->entriesView->setCurrentIndex(index);
    m_ui->entriesView->scrollTo(index);
    m_ui->detailTabs->setCurrentWidget(m_model->exchange(sourceRow).status >= 400 ||
                                               m_model->exchange(sourceRow).status == 0
                                           ? m_ui->responseTab
                                           : m_ui->requestTab);
    return true;
}

QString RequestLogView::requestText() const
{
    return m_ui->requestText->toPlainText();
}

QString RequestLogView::responseText() const
{
    return m_ui->responseText->toPlainText();
}

void RequestLogView::showCurrent()
{
    const QModelIndex current = m_filter->mapToSource(m_ui->entriesView->currentIndex());
    m_ui->copyCurlButton->setEnabled(current.isValid());
    if (!current.isValid()) {
        m_ui->requestText->clear();
        m_ui->responseText->clear();
        return;
    }
    const ApiExchange &entry = m_model->exchange(current.row());
    const QString truncated =
        entry.bodyTruncated ? tr("\n[The body was longer and has been cut at %1 for the log.]")
                                  .arg(QLocale().formattedDataSize(m_model->bodyLimit()))
                            : QString();
    QString request = QString::fromLatin1(entry.method) + QLatin1Char(' ') +
                      entry.url.toString(QUrl::FullyEncoded) + QLatin1Char('\n');
    request += tr("Correlation ID: %1 · attempt %2 · profile %3\n\n")
                   .arg(entry.correlationId)
                   .arg(entry.attempt)
                   .arg(entry.profileName);
    request +=
        formatHeaders(entry.requestHeaders) + QLatin1Char('\n') + formatBody(entry.requestBody);
    m_ui->requestText->setPlainText(request);

    QString response = entry.status > 0 ? tr("HTTP %1 · %2 ms · %3\n\n")
                                              .arg(entry.status)
                                              .arg(entry.durationMs)
                                              .arg(QLocale().formattedDataSize(entry.responseSize))
                                        : tr("No answer: %1\n\n").arg(entry.errorText);
    response += formatHeaders(entry.responseHeaders) + QLatin1Char('\n') +
                formatBody(entry.responseBody) + truncated;
    m_ui->responseText->setPlainText(response);
}

QList<int> RequestLogView::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->entriesView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_filter->mapToSource(index).row());
    if (rows.isEmpty()) {
        for (int row = 0; row < m_filter->rowCount(); ++row)
            rows.append(m_filter->mapToSource(m_filter->index(row, 0)).row());
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void RequestLogView::copyCurl()
{
    const QModelIndex current = m_filter->mapToSource(m_ui->entriesView->currentIndex());
    if (!current.isValid())
        return;
    QApplication::clipboard()->setText(RequestLogModel::toCurl(m_model->exchange(current.row())));
    Q_EMIT statusMessage(
        tr("Copied the request as a cURL command. Set ACCESS_TOKEN before running it."));
}

QString RequestLogView::exportTo(const QString &fileName) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not write %1: %2").arg(fileName, file.errorString());
    file.write(
        QJsonDocument(m_model->toJson(selectedSourceRows())).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return tr("Could not write %1: %2").arg(fileName, file.errorString());
    return {};
}

void RequestLogView::exportSelected()
{
    auto write = [this](const QString &fileName) {
        if (fileName.isEmpty())
            return;
        const QString problem = exportTo(fileName);
        Q_EMIT statusMessage(problem.isEmpty() ? tr("Saved the request log to %1.").arg(fileName)
                                               : problem);
    };
    if (m_fileNameProvider) {
        write(m_fileNameProvider());
        return;
    }
    auto *dialog =
        new QFileDialog(this, tr("Export Request Log"), QString(), tr("JSON files (*.json)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(QStringLiteral("resellerdesk-requests.json"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, write);
    dialog->open();
}

QByteArray RequestLogView::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << StateVersion << m_ui->entriesView->horizontalHeader()->saveState()
           << m_ui->splitter->saveState();
    return state;
}

bool RequestLogView::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    quint32 version = 0;
    QByteArray header;
    QByteArray splitter;
    stream >> version >> header >> splitter;
    if (stream.status() != QDataStream::Ok || version != StateVersion)
        return false;
    m_ui->entriesView->horizontalHeader()->restoreState(header);
    m_ui->splitter->restoreState(splitter);
    return true;
}
