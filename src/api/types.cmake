# Plain value types of the Reseller API with fromJson/toJson.
set(RD_API_TYPE_SOURCES
    jsonread.h jsonread.cpp
    apidate.h apidate.cpp
    orderstatus.h orderstatus.cpp
)
list(TRANSFORM RD_API_TYPE_SOURCES PREPEND ${CMAKE_CURRENT_LIST_DIR}/)
