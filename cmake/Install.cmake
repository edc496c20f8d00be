# SPDX-License-Identifier: MIT
# Where `cmake --install` puts things, laid out for the freedesktop.org specs so that menus,
# software centres, `man` and the icon theme find them under any prefix (/usr, /usr/local, ~/.local).
# Included at the end of the top-level CMakeLists.txt, after every target exists.
include(GNUInstallDirs)

# One reverse-DNS id names the .desktop file, the AppStream component and the icon: AppStream
# requires the three to match, and Wayland compositors match windows to the .desktop file through
# it (QGuiApplication::setDesktopFileName).
set(NOVAPOST_APP_ID "io.github.novapost_jwt.NovapostJwt")
set(NOVAPOST_HOMEPAGE "https://github.com/novapost-jwt/novapost-jwt")

# qt_standard_project_setup() gives installed binaries an $ORIGIN RPATH, meant for apps that ship
# their own Qt. Ours link only system libraries (novapost_core is static), and Debian forbids a
# needless RPATH, so drop it from the installed copies.
set_target_properties(novapost-jwt-cli PROPERTIES INSTALL_RPATH "")
install(TARGETS novapost-jwt-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

if(TARGET novapost-jwt)
    set_target_properties(novapost-jwt PROPERTIES INSTALL_RPATH "")
    # BUNDLE only matters on macOS, where the target is a MACOSX_BUNDLE and install(TARGETS) needs it.
    install(TARGETS novapost-jwt
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        BUNDLE DESTINATION .)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/${NOVAPOST_APP_ID}.desktop"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/${NOVAPOST_APP_ID}.metainfo.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    # The source keeps a short name (the window embeds it as :/icons/novapost-jwt.svg); installed,
    # it takes the app id because the .desktop file's Icon= and AppStream look it up by that name.
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/novapost-jwt.svg"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${NOVAPOST_APP_ID}.svg)
endif()

# Translations need no rule: qt_add_translations embeds the .qm files in the binaries as Qt
# resources (:/i18n/), so there is nothing to install for them.

# The CLI's man page comes from its own --help at build time, so it cannot drift. That means
# running the freshly built CLI, which a cross build cannot do: there the page is left out.
if(NOT CMAKE_CROSSCOMPILING)
    find_program(NOVAPOST_GZIP gzip)
    mark_as_advanced(NOVAPOST_GZIP)
    set(man_page "${PROJECT_BINARY_DIR}/man/novapost-jwt-cli.1")
    if(NOVAPOST_GZIP)
        string(APPEND man_page ".gz")   # Debian policy: man pages are gzip -9n compressed.
    endif()
    add_custom_command(
        OUTPUT "${man_page}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${PROJECT_BINARY_DIR}/man"
        COMMAND "${CMAKE_COMMAND}"
            "-DPROGRAM=$<TARGET_FILE:novapost-jwt-cli>"
            "-DOUTPUT=${man_page}"
            "-DGZIP=${NOVAPOST_GZIP}"
            "-DHOMEPAGE=${NOVAPOST_HOMEPAGE}"
            "-DSEE_ALSO=\\fBnovapost\\-jwt\\fR (the desktop window), \\fBsecret\\-tool\\fR(1)"
            -P "${CMAKE_CURRENT_LIST_DIR}/HelpToMan.cmake"
        DEPENDS novapost-jwt-cli "${CMAKE_CURRENT_LIST_DIR}/HelpToMan.cmake"
        COMMENT "Generating the novapost-jwt-cli man page from --help"
        VERBATIM)
    add_custom_target(novapost-jwt-cli-man ALL DEPENDS "${man_page}")
    install(FILES "${man_page}" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

# Debian looks for the licence here; other systems simply get a copy of it.
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)
