#include "messagebanner.h"

#include "apierror.h"
#include "showrequestevent.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_correlation(new QLabel(this))
    , m_copy(new QToolButton(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_showRequest(new QPushButton(tr("Show &request"), this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Message"));
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_detail->setObjectName(QStringLiteral("bannerDetail"));
    m_correlation->setObjectName(QStringLiteral("bannerCorrelationId"));
    m_copy->setObjectName(QStringLiteral("bannerCopyCorrelationId"));
    m_retry->setObjectName(QStringLiteral("bannerRetry"));
    m_showRequest->setObjectName(QStringLiteral("bannerShowRequest"));
    m_showRequest->setToolTip(tr("Open this request in the request log"));
    m_close->setObjectName(QStringLiteral("bannerClose"));
    // The wrapped text takes the width; without this a banner with no correlation ID row gave
    // it to the icon and squeezed the text into a narrow column.
    m_icon->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_detail->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    for (QLabel *label : {m_text, m_detail, m_correlation}) {
        label->setWordWrap(true);
        // A wrapped label's size hint is narrow; without this a long message ends up in a thin
        // column beside an icon that takes the width.
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    m_copy->setText(tr("Copy ID"));
    m_copy->setToolTip(tr("Copy the correlation ID, for Ingram Micro API support"));
    m_copy->setAccessibleName(tr("Copy correlation ID"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_text);
    texts->addWidget(m_detail);
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_correlation, 1);
    idRow->addWidget(m_copy);
    texts->addLayout(idRow);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addWidget(m_showRequest, 0, Qt::AlignTop);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_copy, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_correlationId); });
    connect(m_retry, &QPushButton::clicked, this, &MessageBanner::retryRequested);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::dismiss);
    connect(m_showRequest, &QPushButton::clicked, this, [this] {
        ShowRequestEvent event(m_correlationId);
        QCoreApplication::sendEvent(window(), &event);
        m_showRequestHandled = event.isAccepted();
    });
    m_retry->hide();
    m_showRequest->hide();
    hide();
}

void MessageBanner::showMessage(Type type, const QString &text, const QString &detail)
{
    m_type = type;
    m_text->setText(text);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    m_correlationId.clear();
    m_correlation->hide();
    m_copy->hide();
    m_showRequest->hide();
    applyStyle();
    show();
}

void MessageBanner::showError(const ApiError &error)
{
    showMessage(Type::Error, error.message(), error.nextStep());
    m_correlationId = error.correlationId;
    if (!m_correlationId.isEmpty()) {
        m_correlation->setText(tr("Correlation ID: %1").arg(m_correlationId));
        m_correlation->show();
        m_copy->show();
        m_showRequest->show();
    }
}

void MessageBanner::setRetryVisible(bool visible)
{
    m_retry->setVisible(visible);
}

void MessageBanner::dismiss()
{
    if (isHidden())
        return;
    hide();
    Q_EMIT dismissed();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

QString MessageBanner::detail() const
{
    return m_detail->text();
}

void MessageBanner::applyStyle()
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QString colours;
    switch (m_type) {
    case Type::Information:
        colours = QStringLiteral("background:#e3f2fd;border:1px solid #90caf9;color:#0d2a4a;");
        break;
    case Type::Positive:
        pixmap = QStyle::SP_DialogApplyButton;
        colours = QStringLiteral("background:#e8f5e9;border:1px solid #a5d6a7;color:#123d16;");
        break;
    case Type::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        colours = QStringLiteral("background:#fff8e1;border:1px solid #ffcc80;color:#4a3000;");
        break;
    case Type::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        colours = QStringLiteral("background:#ffebee;border:1px solid #ef9a9a;color:#4a0d0d;");
        break;
    }
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(24, 24));
    setStyleSheet(
        QStringLiteral("#messageBanner{") + colours +
        QStringLiteral(
            "border-radius:4px;} #messageBanner QLabel{background:transparent;border:none;}"));
}
