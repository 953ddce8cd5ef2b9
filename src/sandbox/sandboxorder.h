// Value types of one sandbox order, shaped after the Reseller API's OrderDetailB2B.
#pragma once

#include "sandbox/sandboxstatus.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

struct SandboxParty
{
    QString contact;
    QString companyName;
    QString addressLine1;
    QString addressLine2;
    QString addressLine3;
    QString city;
    QString state;
    QString postalCode;
    QString countryCode;
    QString phoneNumber;
    QString email;
};

struct SandboxProduct
{
    QString ingramPartNumber;
    QString vendorPartNumber;
    QString vendorName;
    QString vendorNumber;
    QString description;
    QString upcCode;
    QString serialPrefix; // empty: not serialized
    double unitPrice = 0; // USD list price
    double unitWeight = 0;
    bool license = false;           // delivered electronically, carries service contract data
    bool alwaysBackordered = false; // no warehouse ever has it
    bool directShip = false;        // shipped by the vendor: placed as an order of its own
};

struct SandboxPackage
{
    QString trackingNumber;
    QString trackingUrl;
    double packageWeight = 0;
    int cartonNumber = 1;
    int quantityInBox = 0;
    QStringList serialNumbers;
};

struct SandboxCarrierShipment
{
    QString carrierCode;
    QString carrierName;
    int quantity = 0;
    QDate shippedDate;
    QDate estimatedDeliveryDate;
    QDate deliveredDate;
    QDate carrierPickupDate;
    QList<SandboxPackage> packages;
};

struct SandboxShipment
{
    int quantity = 0;
    QString deliveryNumber;
    QDate estimatedShipDate;
    QDate shippedDate;
    QDate estimatedDeliveryDate;
    QString shipFromWarehouseId;
    QString shipFromLocation;
    QString invoiceNumber;
    QDate invoiceDate;
    QList<SandboxCarrierShipment> carriers;
};

struct SandboxServiceContract
{
    QString contractNumber;
    QString contractDescription;
    QString contractStatus;
    QDate startDate;
    QDate endDate;
    int termYears = 1;
    QString subscriptionId;
    QString billingModel;
    QStringList licenseNumbers;
};

struct SandboxLine
{
    std::shared_ptr<const SandboxProduct> product;
    int subOrder = 11; // the two-digit suffix of the sub-order number
    int lineNumber = 1;
    int customerLineNumber = 1;
    SandboxLineStatus status = SandboxLineStatus::InProgress;
    int statusSpelling = 0;
    double unitPrice = 0;
    double taxAmount = 0;
    int quantityOrdered = 1;
    int quantityConfirmed = 1;
    int quantityBackOrdered = 0;
    QString vendorSalesOrderLineNumber;
    QString specialBidNumber;
    QDate requestedDeliveryDate;
    QDate promisedDeliveryDate;
    QDate estimatedShipDate;
    QDate backOrderEtaDate;
    QString lineNotes;
    QList<SandboxShipment> shipments;
    std::shared_ptr<const SandboxServiceContract> serviceContract;
    // The warehouse whose stock the line took; empty for seeded lines.
    QString warehouseId;

    double extendedPrice() const;
};

struct SandboxMiscCharge
{
    int subOrder = 11;
    QString reference;
    QString description;
    double amount = 0;
};

struct SandboxAttribute
{
    QString name;
    QString value;
};

struct SandboxOrder
{
    QString ingramOrderNumber;
    QDate orderDate; // in the order's own UTC offset
    int orderTimeSeconds = 0;
    int utcOffsetSeconds = 0;
    QChar orderType = QLatin1Char('S'); // S: stock, D: direct ship from the vendor
    QString customerOrderNumber;
    QString endCustomerOrderNumber;
    QString webOrderId;
    QString vendorSalesOrderNumber;
    QString ingramPurchaseOrderNumber;
    SandboxOrderStatus status = SandboxOrderStatus::Processing;
    QString currencyCode;
    double freightCharges = 0;
    QString paymentTerms;
    QString notes;
    std::shared_ptr<const SandboxParty> billTo;
    std::shared_ptr<const SandboxParty> shipTo;
    std::shared_ptr<const SandboxParty> endUser;
    QList<SandboxLine> lines;
    QList<SandboxMiscCharge> miscCharges;
    QList<SandboxAttribute> attributes;
    // Set for orders placed through the API; seeded orders derive it from their date and time.
    QDateTime placedAt;
    QString billToAddressId;
    QString shipToAddressId;
    QString carrierCode;
    QString carrierName;
    QString freightAccountNumber;

    // The UTC instant the order was placed.
    QDateTime placementTime() const;
    // Placed with the allowOrderOnCustomerHold additional attribute set to "true".
    bool placedOnCustomerHold() const;
    QString subOrderNumber(int subOrder) const;
    QList<int> subOrders() const;
    // The header status a sub-order would have on its own.
    SandboxOrderStatus subOrderStatus(int subOrder) const;
    QString vendorName() const;
    QString orderDateTime() const; // ISO 8601 with the order's UTC offset
    qint64 utcSortKey() const;

    double subTotal() const;
    double totalTax() const;
    double totalFees() const;
    double total() const;
    double subOrderTotal(int subOrder) const;
    double totalWeight() const;
};
