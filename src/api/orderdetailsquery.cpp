#include "orderdetailsquery.h"

#include "apirequest.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUrl>

#include <algorithm>

QStringList OrderDetailsQuery::simulateStatusValues()
{
    return {QStringLiteral("IM::SHIPPED"), QStringLiteral("IM::PARTIALLY_SHIPPED"),
            QStringLiteral("IM::HOLD"), QStringLiteral("IM::INVOICED")};
}

QStringList OrderDetailsQuery::sandboxOnlyParameters()
{
    return sandboxOnlyParameterNames();
}

bool OrderDetailsQuery::isSandboxOnlyParameter(QStringView name)
{
    return ::isSandboxOnlyParameter(name.toString());
}

QList<QPair<QString, QString>> OrderDetailsQuery::toQueryItems(SandboxParameters sandbox) const
{
    QList<QPair<QString, QString>> items;
    if (ingramOrderDate.isValid())
        items.append({QStringLiteral("ingramOrderDate"), ingramOrderDate.toString(Qt::ISODate)});
    if (!vendorNumber.trimmed().isEmpty())
        items.append({QStringLiteral("vendorNumber"), vendorNumber.trimmed()});
    if (!simulateStatus.trimmed().isEmpty())
        items.append({QStringLiteral("simulateStatus"), simulateStatus.trimmed()});
    if (isIml.has_value())
        items.append(
            {QStringLiteral("isIml"), *isIml ? QStringLiteral("true") : QStringLiteral("false")});
    if (!regionCode.trimmed().isEmpty())
        items.append({QStringLiteral("regionCode"), regionCode.trimmed()});
    if (sandbox == SandboxParameters::Strip) {
        items.erase(std::remove_if(items.begin(), items.end(),
                                   [](const QPair<QString, QString> &item) {
                                       return isSandboxOnlyParameter(item.first);
                                   }),
                    items.end());
    }
    return items;
}

QString OrderDetailsQuery::path() const
{
    return QStringLiteral("/resellers/v6.1/orders/") +
           QString::fromUtf8(QUrl::toPercentEncoding(orderNumber.trimmed()));
}

QList<OrderDetailsQuery::Problem> OrderDetailsQuery::validate() const
{
    QList<Problem> problems;
    const QString number = orderNumber.trimmed();
    if (number.isEmpty()) {
        problems.append({QStringLiteral("ordernumber"),
                         QCoreApplication::translate("OrderDetailsQuery",
                                                     "Enter an Ingram Micro order number.")});
    } else if (number.size() > OrderNumberMaxLength) {
        problems.append(
            {QStringLiteral("ordernumber"),
             QCoreApplication::translate("OrderDetailsQuery",
                                         "An Ingram Micro order number has at most %n characters.",
                                         nullptr, OrderNumberMaxLength)});
    }
    const QString status = simulateStatus.trimmed();
    if (!status.isEmpty() && !simulateStatusValues().contains(status)) {
        problems.append({QStringLiteral("simulateStatus"),
                         QCoreApplication::translate(
                             "OrderDetailsQuery",
                             "“%1” is not a status the sandbox can simulate; use one of %2.")
                             .arg(status, QLocale().createSeparatedList(simulateStatusValues()))});
    }
    return problems;
}
