# SPDX-License-Identifier: MIT
# Widget tests for the desktop window, driven offscreen against the fake server.
# Included from tests/CMakeLists.txt; paths are relative to this file so any includer works.
if(TARGET novapost_gui)
    # The window's model without any widget: sessions and settings under a QCoreApplication.
    foreach(model_test tst_session tst_windowsettings)
        novapost_add_test(${model_test} LIBS novapost_gui LABELS gui)
    endforeach()

    qt_add_executable(tst_gui ${CMAKE_CURRENT_LIST_DIR}/tst_gui.cpp)
    set_target_properties(tst_gui PROPERTIES AUTOMOC ON)
    target_link_libraries(tst_gui PRIVATE novapost_gui novapost_testsupport Qt6::Test novapost_compile_options)
    add_test(NAME tst_gui COMMAND tst_gui)
    set_tests_properties(tst_gui PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8"
        TIMEOUT 120
        LABELS "gui")

    # More window tests, each its own executable, run like tst_gui.
    foreach(gui_test tst_clipboard tst_gui_i18n tst_startupstyle tst_gui_keychain)
        qt_add_executable(${gui_test} ${CMAKE_CURRENT_LIST_DIR}/${gui_test}.cpp)
        set_target_properties(${gui_test} PROPERTIES AUTOMOC ON)
        target_link_libraries(${gui_test} PRIVATE
            novapost_gui novapost_testsupport Qt6::Test novapost_compile_options)
        add_test(NAME ${gui_test} COMMAND ${gui_test})
        set_tests_properties(${gui_test} PROPERTIES
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8"
            TIMEOUT 120
            LABELS "gui")
    endforeach()

    # Token cache, auto-renew, tray and copy formats in the window; also runs the CLI (shared token cache).
    qt_add_executable(tst_gui_features ${CMAKE_CURRENT_LIST_DIR}/tst_gui_features.cpp)
    set_target_properties(tst_gui_features PROPERTIES AUTOMOC ON)
    target_link_libraries(tst_gui_features PRIVATE
        novapost_gui novapost_testsupport Qt6::Test novapost_compile_options)
    target_compile_definitions(tst_gui_features PRIVATE NOVAPOST_CLI_PATH="$<TARGET_FILE:novapost-jwt-cli>")
    add_dependencies(tst_gui_features novapost-jwt-cli)
    add_test(NAME tst_gui_features COMMAND tst_gui_features)
    set_tests_properties(tst_gui_features PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8"
        TIMEOUT 120
        LABELS "gui")

    # The window on a desktop without a tray: notifications over the real session bus, the title.
    if(TARGET novapost_testnotifications)
        qt_add_executable(tst_desktop_integration ${CMAKE_CURRENT_LIST_DIR}/tst_desktop_integration.cpp)
        set_target_properties(tst_desktop_integration PROPERTIES AUTOMOC ON)
        target_link_libraries(tst_desktop_integration PRIVATE
            novapost_gui novapost_testsupport novapost_testnotifications Qt6::Test novapost_compile_options)
        add_test(NAME tst_desktop_integration COMMAND tst_desktop_integration)
        set_tests_properties(tst_desktop_integration PROPERTIES
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8"
            TIMEOUT 120
            LABELS "gui")
    endif()
endif()

# Benchmark baseline (scripts/bench.sh), not a test: a bare window built the same way as the app.
qt_add_executable(novapost-bench-bare-window bench/bare_window.cpp)
target_include_directories(novapost-bench-bare-window PRIVATE ${PROJECT_SOURCE_DIR}/app/gui)
target_link_libraries(novapost-bench-bare-window PRIVATE Qt6::Widgets novapost_compile_options)
