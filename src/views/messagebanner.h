// An inline banner for recoverable problems and notices: the message, what to do next, the
// correlation ID with a copy button, and optional actions such as Retry.
#pragma once

#include <QFrame>

class ApiError;
class QLabel;
class QPushButton;
class QToolButton;
class QHBoxLayout;

class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Type
    {
        Information,
        Positive,
        Warning,
        Error
    };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Type type, const QString &text, const QString &detail = {});
    // An API error: its message, its next step and its correlation ID.
    void showError(const ApiError &error);
    // An API error told in the caller's words (e.g. "the change may have been applied"), with
    // the request's correlation ID and Show request.
    void showError(const ApiError &error, Type type, const QString &text, const QString &detail);
    void setRetryVisible(bool visible);
    // Whether the window answered the last "Show request" (it has a request log).
    bool lastShowRequestHandled() const { return m_showRequestHandled; }
    void dismiss();

    Type type() const { return m_type; }
    QString text() const;
    QString detail() const;
    QString correlationId() const { return m_correlationId; }

Q_SIGNALS:
    void retryRequested();
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();
    void retranslate();

    Type m_type = Type::Information;
    QString m_correlationId;
    bool m_showRequestHandled = false;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_detail;
    QLabel *m_correlation;
    QToolButton *m_copy;
    QPushButton *m_retry;
    QPushButton *m_showRequest;
    QToolButton *m_close;
};
