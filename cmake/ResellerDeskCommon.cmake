# Settings every target of the project shares: strict Qt definitions, warnings and the
# generated application information header.

add_library(rd_common INTERFACE)
target_compile_definitions(rd_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(MSVC)
    target_compile_options(rd_common INTERFACE /W4 /permissive-)
else()
    target_compile_options(rd_common INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
endif()

configure_file(${CMAKE_SOURCE_DIR}/src/common/appinfo.h.in ${CMAKE_BINARY_DIR}/generated/appinfo.h @ONLY)
target_include_directories(rd_common INTERFACE ${CMAKE_BINARY_DIR}/generated ${CMAKE_SOURCE_DIR}/src)
