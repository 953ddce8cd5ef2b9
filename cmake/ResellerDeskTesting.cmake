# rd_add_test(NAME SOURCES ... LIBS ... LABELS ... [KEYCHAIN] [GUI])
# One executable per tested class or feature, registered with CTest.
#   KEYCHAIN: runs inside a private D-Bus session with an unlocked gnome-keyring.
#   GUI: runs with the offscreen platform plugin.
set(RD_SHARED_DIR "${CMAKE_SOURCE_DIR}/../shared" CACHE PATH "The shared folder beside the project (API spec, seeds)")
set(RD_SPEC_FILE "${RD_SHARED_DIR}/api/XI-Resellers-API-Spec.json")

function(rd_add_test name)
    cmake_parse_arguments(ARG "KEYCHAIN;GUI" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test rd_common ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        RD_SPEC_FILE="${RD_SPEC_FILE}"
        RD_TEST_DATA_DIR="${CMAKE_SOURCE_DIR}/tests/data")
    if(ARG_KEYCHAIN)
        list(APPEND ARG_LABELS keychain)
        # A keyring of its own: gnome-keyring keeps its file under XDG_DATA_HOME and its control
        # socket under XDG_RUNTIME_DIR; shared, two keychain tests running at once see each
        # other's daemon and entries.
        set(keyring_home "${CMAKE_CURRENT_BINARY_DIR}/${name}-keyring")
        add_test(NAME ${name}
            COMMAND sh -c "rm -rf \"$1\" && mkdir -m 700 -p \"$1/run\" \"$1/data\" && XDG_RUNTIME_DIR=\"$1/run\" XDG_DATA_HOME=\"$1/data\" exec dbus-run-session -- sh -c 'echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec \"$0\"' \"$2\"" sh "${keyring_home}" $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set(env "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=resellerdesk.*.debug=false")
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}" ENVIRONMENT "${env}" TIMEOUT 300)
endfunction()
