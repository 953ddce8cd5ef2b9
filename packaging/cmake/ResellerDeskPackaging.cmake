# Platform integration of ResellerDesk's executables: Windows icon and version resources,
# the macOS app bundle. packaging/CMakeLists.txt applies these to every executable that has not
# asked for them itself; an executable's own CMakeLists.txt may call them to make it explicit:
#
#   include(${PROJECT_SOURCE_DIR}/packaging/cmake/ResellerDeskPackaging.cmake)
#   rd_setup_app_bundle(resellerdesk)
#   rd_setup_executable(resellerdesk-sandbox DESCRIPTION "ResellerDesk offline API sandbox")
#
# Both are idempotent: the second call on a target does nothing.

# Returns TRUE in out_var the first time it is called for target.
function(_rd_first_setup target out_var)
    get_target_property(done ${target} RD_PACKAGING_SETUP)
    if(done)
        set(${out_var} FALSE PARENT_SCOPE)
    else()
        set_target_properties(${target} PROPERTIES RD_PACKAGING_SETUP TRUE)
        set(${out_var} TRUE PARENT_SCOPE)
    endif()
endfunction()

# Windows: the application icon and the version information Explorer shows, from the project().
function(_rd_add_windows_resources target description)
    set(RD_ICO_FILE "${PROJECT_SOURCE_DIR}/resources/icons/resellerdesk.ico")
    set(RD_RC_NAME ${target})
    set(RD_RC_DESCRIPTION "${description}")
    set(RD_RC_VERSION_PATCH ${PROJECT_VERSION_PATCH})
    if(RD_RC_VERSION_PATCH STREQUAL "")
        set(RD_RC_VERSION_PATCH 0)
    endif()
    set(rc_file "${PROJECT_BINARY_DIR}/packaging/generated/${target}.rc")
    configure_file("${PROJECT_SOURCE_DIR}/packaging/windows/resellerdesk.rc.in" "${rc_file}" @ONLY)
    target_sources(${target} PRIVATE "${rc_file}")
endfunction()

# rd_setup_executable(<target> [DESCRIPTION <text>])
# A command-line executable: Windows icon and version information. Nothing to do elsewhere.
function(rd_setup_executable target)
    cmake_parse_arguments(ARG "" "DESCRIPTION" "" ${ARGN})
    _rd_first_setup(${target} first)
    if(NOT first)
        return()
    endif()
    if(NOT ARG_DESCRIPTION)
        set(ARG_DESCRIPTION "${PROJECT_NAME}")
    endif()
    if(WIN32)
        _rd_add_windows_resources(${target} "${ARG_DESCRIPTION}")
    endif()
endfunction()

# rd_setup_app_bundle(<target>)
# The GUI application: on Windows a GUI-subsystem executable with icon and version information;
# on macOS an app bundle named after the project, with Info.plist and the .icns icon.
function(rd_setup_app_bundle target)
    _rd_first_setup(${target} first)
    if(NOT first)
        return()
    endif()
    if(WIN32)
        set_target_properties(${target} PROPERTIES WIN32_EXECUTABLE TRUE)
        _rd_add_windows_resources(${target} "${PROJECT_NAME}")
    elseif(APPLE)
        # The oldest macOS the Qt in use supports, unless the build chose one.
        if(CMAKE_OSX_DEPLOYMENT_TARGET)
            set(RD_MACOS_MINIMUM_VERSION ${CMAKE_OSX_DEPLOYMENT_TARGET})
        elseif(Qt6_VERSION VERSION_GREATER_EQUAL 6.8)
            set(RD_MACOS_MINIMUM_VERSION 12.0)
        elseif(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
            set(RD_MACOS_MINIMUM_VERSION 11.0)
        else()
            set(RD_MACOS_MINIMUM_VERSION 10.15)
        endif()
        set(RD_ICNS_NAME resellerdesk)
        set(plist "${PROJECT_BINARY_DIR}/packaging/generated/${target}-Info.plist.in")
        configure_file("${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in" "${plist}" @ONLY)

        set(icns "${PROJECT_SOURCE_DIR}/resources/icons/${RD_ICNS_NAME}.icns")
        target_sources(${target} PRIVATE "${icns}")
        set_source_files_properties("${icns}" TARGET_DIRECTORY ${target}
            PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
        set_target_properties(${target} PROPERTIES
            MACOSX_BUNDLE TRUE
            OUTPUT_NAME ${PROJECT_NAME}
            MACOSX_BUNDLE_INFO_PLIST "${plist}")
    endif()
endfunction()
