# SPDX-License-Identifier: MIT
# CPack: `cpack -G DEB` in the build directory makes an installable Debian package from the
# cmake/Install.cmake rules. Included after Install.cmake so that every install() rule is known.

set(CPACK_PACKAGE_NAME "novapost-jwt")
set(CPACK_PACKAGE_VENDOR "The novapost-jwt developers")
set(CPACK_PACKAGE_CONTACT "The novapost-jwt developers <novapost-jwt@users.noreply.github.com>")
set(CPACK_PACKAGE_HOMEPAGE_URL "${NOVAPOST_HOMEPAGE}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "JWTs for the Nova Post API: desktop app and CLI")
# CPack turns the blank line into the " ." that Debian's description format needs.
set(CPACK_PACKAGE_DESCRIPTION
"novapost-jwt gets JSON Web Tokens for the Nova Post API v.1.0: pick sandbox or
production, request a sandbox test key for a registered phone (or store your
production key), exchange it for a JWT and copy it into Swagger's Authorize
dialog or a script.

apiKeys are kept only in the system keychain (Secret Service, such as
GNOME Keyring or KeePassXC); a JWT is never stored beyond its lifetime.
The package holds the Qt desktop window (novapost-jwt) and the command-line
tool (novapost-jwt-cli).")
# Release binaries carry no debug info worth shipping; stripping keeps the package small.
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB")
set(CPACK_SOURCE_GENERATOR "TXZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/\\\\.cache/" "\\\\.user$")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)   # novapost-jwt_0.1.0-1_amd64.deb, as apt expects
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps reads the binaries' NEEDED entries: libqt6core6, libqt6network6, libqt6widgets6,
# libqt6keychain1 and so on, with the versions they were built against.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What shlibdeps cannot see, because it is loaded at run time:
# - libsecret-1-0: QtKeychain dlopen()s it; without it every keychain call fails.
# - the SVG icon engine and image format plugins (iconengines/libqsvgicon.so,
#   imageformats/libqsvg.so): without them the window and tray icons are blank even if nothing
#   links QtSvg. Debian 12 ships them in libqt6svg6, Debian 13 in qt6-svg-plugins, so the package
#   that owns the plugin on the build machine is the one to depend on.
set(novapost_depends "libsecret-1-0")
if(TARGET novapost-jwt)
    set(novapost_svg_plugin_package libqt6svg6)
    set(novapost_svg_plugin "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}/iconengines/libqsvgicon.so")
    if(EXISTS "${novapost_svg_plugin}")
        execute_process(COMMAND dpkg-query -S "${novapost_svg_plugin}"
            OUTPUT_VARIABLE novapost_svg_owner ERROR_QUIET RESULT_VARIABLE novapost_dpkg_status)
        if(novapost_dpkg_status EQUAL 0 AND novapost_svg_owner MATCHES "^([a-z0-9.+-]+)(:[a-z0-9]+)?: ")
            set(novapost_svg_plugin_package "${CMAKE_MATCH_1}")
        endif()
    endif()
    string(APPEND novapost_depends ", ${novapost_svg_plugin_package}")
endif()
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${novapost_depends}")
# Recommended rather than required: the tools work without them, just less well.
# - qt6-translations-l10n: Qt's own strings (dialog buttons, command-line parser errors) in the
#   user's language; app/core/Translations.cpp loads qtbase_*.qm from the system.
# - a Secret Service provider: without one, keys cannot be remembered (the CLI's --api-key-stdin
#   still works).
# - qt6-wayland: native Wayland windows instead of XWayland.
set(novapost_recommends "qt6-translations-l10n, gnome-keyring | keepassxc | kwalletmanager")
if(TARGET novapost-jwt)
    string(APPEND novapost_recommends ", qt6-wayland")
endif()
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "${novapost_recommends}")

include(CPack)
