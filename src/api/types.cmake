# Plain value types of the Reseller API with fromJson/toJson.
set(RD_API_TYPE_SOURCES
    jsonread.h jsonread.cpp
    apidate.h apidate.cpp
    orderstatus.h orderstatus.cpp
    apilink.h apilink.cpp
    subordersummary.h subordersummary.cpp
    ordersummary.h ordersummary.cpp
    ordersearchpage.h ordersearchpage.cpp
)
list(TRANSFORM RD_API_TYPE_SOURCES PREPEND ${CMAKE_CURRENT_LIST_DIR}/)
