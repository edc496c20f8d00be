# SPDX-License-Identifier: MIT
# Widget tests for the desktop window, driven offscreen against the fake server.
# Included from tests/CMakeLists.txt; paths are relative to this file so any includer works.
if(TARGET novapost_gui)
    qt_add_executable(tst_gui ${CMAKE_CURRENT_LIST_DIR}/tst_gui.cpp)
    set_target_properties(tst_gui PROPERTIES AUTOMOC ON)
    target_link_libraries(tst_gui PRIVATE novapost_gui novapost_testsupport Qt6::Test novapost_compile_options)
    add_test(NAME tst_gui COMMAND tst_gui)
    set_tests_properties(tst_gui PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8"
        TIMEOUT 120
        LABELS "gui")
endif()
