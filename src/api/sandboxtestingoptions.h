// Sandbox-only order details parameters chosen for the whole session; per-call values win.
#pragma once

#include "orderdetailsquery.h"

#include <QString>

#include <optional>

class SandboxTestingOptions
{
public:
    // The vendor sandbox rejects longer region codes.
    static constexpr int RegionCodeMaxLength = 10;

    QString simulateStatus; // empty, or one of OrderDetailsQuery::simulateStatusValues()
    QString regionCode;
    std::optional<bool> isIml;

    bool isEmpty() const;
    // Whether simulateStatus is empty or a value the sandbox knows, and regionCode fits.
    bool isValid() const;
    // Fills in what the query leaves unset; a value the query sets itself stays.
    void applyTo(OrderDetailsQuery &query) const;

    bool operator==(const SandboxTestingOptions &other) const
    {
        return simulateStatus == other.simulateStatus && regionCode == other.regionCode &&
               isIml == other.isIml;
    }
    bool operator!=(const SandboxTestingOptions &other) const { return !(*this == other); }
};
