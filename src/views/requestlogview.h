// The request log: every API request of this run with headers and bodies, secrets redacted,
// for support to find the failing call and its correlation ID.
#pragma once

#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class RequestLogView;
}
class RequestLogFilterModel;
class RequestLogModel;

class RequestLogView : public QWidget
{
    Q_OBJECT

public:
    explicit RequestLogView(RequestLogModel *model, QWidget *parent = nullptr);
    ~RequestLogView() override;

    // Selects the entry of this correlation ID; false when it is no longer in the log.
    bool showEntry(const QString &correlationId);
    QString requestText() const;
    QString responseText() const;
    // Writes the selected entries (or every shown one) as JSON; returns an error text or empty.
    QString exportTo(const QString &fileName) const;

    // Tests answer the save dialog through this hook instead of a real dialog.
    void setSaveFileNameProvider(std::function<QString()> provider)
    {
        m_fileNameProvider = std::move(provider);
    }

    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCurrent();
    void copyCurl();
    void exportSelected();
    QList<int> selectedSourceRows() const;

    std::unique_ptr<Ui::RequestLogView> m_ui;
    RequestLogModel *m_model;
    RequestLogFilterModel *m_filter;
    std::function<QString()> m_fileNameProvider;
};
