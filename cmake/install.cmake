# install.cmake - what `cmake --install` puts where (every path from
# GNUInstallDirs) and the Debian package (`cmake --build build --target
# package`, CPack's DEB generator). Included by CMakeLists.txt.
#
#   <bindir>/facemap
#   <datadir>/facemap/levels/**.json     the content (with its language folders)
#   <datadir>/facemap/assets/            the art; fonts/ links to the system's
#                                        DejaVu (FACEMAP_FONT_DIR)
#   <datadir>/applications/facemap.desktop, <datadir>/metainfo/<id>.metainfo.xml
#   <datadir>/icons/hicolor/{scalable,48x48,64x64,128x128,256x256}/apps/facemap.*
#   <mandir>/man1/facemap.1.gz, <docdir>/copyright, <docdir>/changelog.gz

set(FM_PKGDATADIR "${CMAKE_INSTALL_DATADIR}/facemap")
set(FM_APP_ID "io.github.facemap.FaceMapTrainer")

install(TARGETS facemap RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# every *.json, in subfolders too (levels/de/ and the other languages)
install(DIRECTORY levels/ DESTINATION ${FM_PKGDATADIR}/levels FILES_MATCHING PATTERN "*.json")

# The font: a link to the system's DejaVu (Debian's fonts-dejavu-core) where
# FACEMAP_FONT_DIR is set, else the copy in assets/fonts.
set(FACEMAP_FONT_DIR "/usr/share/fonts/truetype/dejavu" CACHE STRING
    "Absolute folder of the system's DejaVuSans.ttf and DejaVuSans-Bold.ttf that assets/fonts links to; empty: install the copy")
if(FACEMAP_FONT_DIR)
  install(DIRECTORY assets/ DESTINATION ${FM_PKGDATADIR}/assets PATTERN fonts EXCLUDE)
  # A relative link when the font folder is under the same prefix (Debian
  # policy, lintian's symlink-should-be-relative), else an absolute one. The
  # prefix the files will have once installed is CPack's packaging prefix
  # while CPack stages the package, else CMAKE_INSTALL_PREFIX.
  install(CODE "
    set(final_prefix \"\${CMAKE_INSTALL_PREFIX}\")
    set(fonts \"${FM_PKGDATADIR}/assets/fonts\")
    file(MAKE_DIRECTORY \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/\${fonts}\")
    string(REGEX MATCH \"^/[^/]+\" top_prefix \"\${final_prefix}\")
    string(REGEX MATCH \"^/[^/]+\" top_font \"${FACEMAP_FONT_DIR}\")
    foreach(ttf DejaVuSans.ttf DejaVuSans-Bold.ttf)
      set(target \"${FACEMAP_FONT_DIR}/\${ttf}\")
      if(top_prefix STREQUAL top_font)
        file(RELATIVE_PATH target \"\${final_prefix}/\${fonts}\" \"\${target}\")
      endif()
      message(STATUS \"Installing: \${fonts}/\${ttf} -> \${target}\")
      file(CREATE_LINK \"\${target}\" \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/\${fonts}/\${ttf}\" SYMBOLIC)
    endforeach()")
else()
  install(DIRECTORY assets/ DESTINATION ${FM_PKGDATADIR}/assets)
endif()

# Desktop integration: the entry, the icon (SVG, and PNGs made from it at
# build time with rsvg-convert, librsvg2-bin), the AppStream metadata.
install(FILES data/facemap.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES data/icons/facemap.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
find_program(FM_RSVG_CONVERT rsvg-convert)
if(FM_RSVG_CONVERT)
  set(FM_ICON_PNGS)
  foreach(size 48 64 128 256)
    set(png "${CMAKE_BINARY_DIR}/icons/${size}x${size}/facemap.png")
    add_custom_command(OUTPUT ${png}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/icons/${size}x${size}
      COMMAND ${FM_RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${CMAKE_SOURCE_DIR}/data/icons/facemap.svg
      DEPENDS ${CMAKE_SOURCE_DIR}/data/icons/facemap.svg VERBATIM)
    list(APPEND FM_ICON_PNGS ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
  endforeach()
  add_custom_target(facemap_icons ALL DEPENDS ${FM_ICON_PNGS})
else()
  message(WARNING "rsvg-convert (librsvg2-bin) not found: the PNG icons are not made, only the SVG is installed")
endif()
# The screenshots' web address (AppStream wants one); set it where the
# project publishes docs/screenshots.
set(FACEMAP_SCREENSHOT_URL "https://facemap.github.io/screenshots" CACHE STRING
    "Web folder of docs/screenshots/*.png, for the AppStream metadata")
configure_file(data/${FM_APP_ID}.metainfo.xml.in ${CMAKE_BINARY_DIR}/data/${FM_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/data/${FM_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# The man page and the package's documents, compressed as Debian wants
# (gzip -9n: no name or time stamp, so the build is reproducible).
set(FM_GZ)
foreach(pair "man/facemap.1|facemap.1.gz" "data/changelog|changelog.gz")
  string(REPLACE "|" ";" pair "${pair}")
  list(GET pair 0 src)
  list(GET pair 1 gz)
  add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/data/${gz}
    COMMAND sh -c "gzip -9n < \"$0\" > \"$1\"" ${CMAKE_SOURCE_DIR}/${src} ${CMAKE_BINARY_DIR}/data/${gz}
    DEPENDS ${CMAKE_SOURCE_DIR}/${src} VERBATIM)
  list(APPEND FM_GZ ${CMAKE_BINARY_DIR}/data/${gz})
endforeach()
add_custom_target(facemap_docs ALL DEPENDS ${FM_GZ})
install(FILES ${CMAKE_BINARY_DIR}/data/facemap.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_BINARY_DIR}/data/changelog.gz data/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The .deb: facemap_<version>_<arch>.deb, installing into /usr.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME facemap)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "trainer for pore-care routines on a map of the face")
set(CPACK_PACKAGE_DESCRIPTION "A face diagram whose zones (forehead, nose, nostril edges, cheeks, mouth
area, chin) open pore-care routines: a step player with animations,
cautions and timers, progress and a year's history saved to JSON, profiles
for a household, and an unattended touchscreen kiosk mode. Not medical
advice.")
set(FACEMAP_DEB_MAINTAINER "Face Map Trainer packagers <packagers@facemap.invalid>" CACHE STRING
    "The .deb's Maintainer field: set it to whoever publishes the package")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${FACEMAP_DEB_MAINTAINER}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)   # facemap_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The shared libraries' packages from dpkg-shlibdeps (SDL2, SDL2_image,
# SDL2_ttf, cJSON, libc), and what it cannot see: the font linked to, and
# espeak-ng, which speech.c opens with dlopen.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(FM_DEB_DEPENDS "fonts-dejavu-core")
if(FACEMAP_SPEECH)
  string(APPEND FM_DEB_DEPENDS ", libespeak-ng1")
endif()
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${FM_DEB_DEPENDS}")
set(CPACK_STRIP_FILES ON)   # Debian ships stripped binaries
include(CPack)
