// One line of an order's details: the product, quantities, prices, shipments and dates.
#pragma once

#include "additionalattribute.h"
#include "apidate.h"
#include "apilink.h"
#include "estimateddate.h"
#include "multipleshipment.h"
#include "ordershipment.h"
#include "orderstatus.h"
#include "scheduleline.h"
#include "servicecontractinfo.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

struct OrderLine
{
    QString subOrderNumber;
    QString ingramOrderLineNumber; // "001"
    QString vendorSalesOrderLineNumber;
    QString customerLineNumber;
    OrderStatus lineStatus;
    QString ingramPartNumber;
    QString vendorPartNumber;
    QString vendorName;
    QString partDescription;
    double unitWeight = 0.0;
    QString weightUom;
    double unitPrice = 0.0;
    QString upcCode;
    double extendedPrice = 0.0;
    double taxAmount = 0.0;
    QString currencyCode; // ISO 4217 of the prices above
    int quantityOrdered = 0;
    int quantityConfirmed = 0;
    int quantityBackOrdered = 0;
    QString specialBidNumber;
    ApiDate requestedDeliveryDate; // "requestedDeliverydate" on the wire (sic)
    ApiDate promisedDeliveryDate;
    ApiDate backOrderEtaDate; // "backOrderETADate" on the wire
    QString lineNotes;
    QList<ShipmentDetail> shipmentDetails;
    ServiceContractInfo serviceContractInfo;
    QList<AdditionalAttribute> additionalAttributes;
    QList<ApiLink> links;
    QList<EstimatedDates> estimatedDates;
    QList<ScheduleLine> scheduleLines;
    QList<MultipleShipment> multipleShipments;
    QString defaultCarrierName; // "FEDEX GROUND"

    static OrderLine fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    int quantityShipped() const;
    QStringList trackingNumbers() const;
    QStringList serialNumbers() const;
};
