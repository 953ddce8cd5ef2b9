# Plain value types of the Reseller API with fromJson/toJson.
set(RD_API_TYPE_SOURCES
    jsonread.h jsonread.cpp
    apidate.h apidate.cpp
    orderstatus.h orderstatus.cpp
    apilink.h apilink.cpp
    subordersummary.h subordersummary.cpp
    ordersummary.h ordersummary.cpp
    ordersearchpage.h ordersearchpage.cpp
    apidaterange.h apidaterange.cpp
    additionalattribute.h additionalattribute.cpp
    address.h address.cpp
    ordershipment.h ordershipment.cpp
    servicecontractinfo.h servicecontractinfo.cpp
    estimateddate.h estimateddate.cpp
    scheduleline.h scheduleline.cpp
    multipleshipment.h multipleshipment.cpp
    miscellaneouscharge.h miscellaneouscharge.cpp
    orderline.h orderline.cpp
    orderdetails.h orderdetails.cpp
    ordersearchquery.h ordersearchquery.cpp
    orderdetailsquery.h orderdetailsquery.cpp
)
list(TRANSFORM RD_API_TYPE_SOURCES PREPEND ${CMAKE_CURRENT_LIST_DIR}/)
