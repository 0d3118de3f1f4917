# A Debian package of what `cmake --install` lays out: `cpack -G DEB` in a build folder
# (scripts/package.sh does it from a portable build). dpkg-shlibdeps finds the libraries
# the executables link; the rest of what the program needs at run time is named here.
set(CPACK_PACKAGE_NAME netwright)
set(CPACK_PACKAGE_VENDOR "Netwright")
set(CPACK_PACKAGE_CONTACT "Netwright developers <developers@netwright.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Netwright is a desktop workbench for building, training and inspecting neural networks:
a drag-and-drop graph editor with live shapes, an embedded multithreaded training engine,
live loss and accuracy charts, and linked evaluation panels. netwright-cli runs the same
engine headless.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://netwright.invalid")
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Not libraries, so dpkg-shlibdeps cannot see them: a font for the window's text (the
# fontconfig dependency would settle for any font)
# and Qt's own translations for its standard dialogs.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, qt6-translations-l10n")
# The real Fashion-MNIST for two examples, a CJK font for the Chinese interface, and the
# desktop databases that register the menu entry and the .nwproj type.
# The word lists are the data of the words-* examples (the `words:` data kind).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "dataset-fashion-mnist, fonts-wqy-microhei, shared-mime-info, desktop-file-utils, hicolor-icon-theme, wamerican, wngerman, wfrench, wspanish, witalian, wportuguese, wdutch, wswedish")
include(CPack)
