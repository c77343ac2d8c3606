# Distribution (issue 16): what `svclint --version` says, the man page and
# shell completions generated from the CLI, `cmake --install`, and CPack's
# .deb and relocatable .tar.gz. Included at the end of CMakeLists.txt.
#
#   cmake --install build --prefix /opt/svclint
#   (cd build && cpack -G DEB)     # or ./dev.sh package
include(GNUInstallDirs)

# --- Version and commit: lint/base/build_info.h ------------------------------
# project() above is the one place the version is written; the commit is
# read at every build, and the file rewritten only when it changes.
add_custom_target(svclint_build_info
  COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${CMAKE_SOURCE_DIR}
          -DOUT=${GEN_DIR}/build_info.cc -DVERSION=${PROJECT_VERSION}
          -P ${CMAKE_SOURCE_DIR}/cmake/write_build_info.cmake
  BYPRODUCTS ${GEN_DIR}/build_info.cc
  VERBATIM)
target_sources(svclint_base PRIVATE ${GEN_DIR}/build_info.cc)
add_dependencies(svclint_base svclint_build_info)

# --- libcurl for `registry update`: its headers only ---------------------------
# lint/registry/http_get.cc opens libcurl.so.4 with dlopen() when a download
# starts, so no other command pays for loading it and the package needs
# only libc.
pkg_check_modules(CURL REQUIRED libcurl)
target_include_directories(svclint_registry SYSTEM PRIVATE ${CURL_INCLUDE_DIRS})
target_link_libraries(svclint_registry PUBLIC ${CMAKE_DL_LIBS})

# --- Man page and completions, written by the built binary --------------------
set(SVCLINT_SHARE_DIR ${CMAKE_BINARY_DIR}/share)
set(SVCLINT_MAN_PAGE ${SVCLINT_SHARE_DIR}/man/man1/svclint.1)
set(SVCLINT_BASH_COMPLETION
    ${SVCLINT_SHARE_DIR}/bash-completion/completions/svclint)
set(SVCLINT_ZSH_COMPLETION ${SVCLINT_SHARE_DIR}/zsh/site-functions/_svclint)
set(SVCLINT_FISH_COMPLETION
    ${SVCLINT_SHARE_DIR}/fish/vendor_completions.d/svclint.fish)
add_custom_command(
  OUTPUT ${SVCLINT_MAN_PAGE} ${SVCLINT_BASH_COMPLETION}
         ${SVCLINT_ZSH_COMPLETION} ${SVCLINT_FISH_COMPLETION}
  COMMAND ${CMAKE_COMMAND} -DSVCLINT=$<TARGET_FILE:svclint_cli>
          -DOUT_DIR=${SVCLINT_SHARE_DIR}
          -P ${CMAKE_SOURCE_DIR}/cmake/generate_docs.cmake
  DEPENDS svclint_cli ${CMAKE_SOURCE_DIR}/cmake/generate_docs.cmake
  COMMENT "Generating the man page and shell completions"
  VERBATIM)
add_custom_target(svclint_docs ALL
  DEPENDS ${SVCLINT_MAN_PAGE} ${SVCLINT_BASH_COMPLETION}
          ${SVCLINT_ZSH_COMPLETION} ${SVCLINT_FISH_COMPLETION})

# --- cmake --install -----------------------------------------------------------
install(TARGETS svclint_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${SVCLINT_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${SVCLINT_BASH_COMPLETION}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${SVCLINT_ZSH_COMPLETION}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/site-functions)
install(FILES ${SVCLINT_FISH_COMPLETION}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)

# --- CPack: svclint_<version>_<arch>.deb and svclint-<version>-linux-<arch>.tar.gz
set(SVCLINT_PACKAGE_MAINTAINER "svclint maintainers <maintainers@svclint.invalid>"
    CACHE STRING "The Maintainer field of the .deb (set it when publishing)")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGE_NAME svclint)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${SVCLINT_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "linter for DNS-SD service types and IANA service-name/port requests")
set(CPACK_PACKAGE_DESCRIPTION
    "svclint checks DNS-SD service names, types and TXT records, IANA\n\
service-name and port-number requests, service configurations (Avahi,\n\
systemd-resolved .dnssd) and copies of the IANA registry, with stable\n\
rule ids, text/JSON/SARIF/GitHub output and a language server.")
set(CPACK_STRIP_FILES ON)
# The .tar.gz unpacks into one directory that works wherever it is put:
# nothing in it refers to its install prefix.
set(CPACK_PACKAGE_FILE_NAME
    "svclint-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_INCLUDE_TOPLEVEL_DIRECTORY ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
# dpkg-shlibdeps reads what the binary really links: with the static
# dependencies (SVCLINT_STATIC_DEPS) that is libc alone. libcurl is only
# dlopen()ed by `registry update`.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libcurl4 | libcurl3-gnutls")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
include(CPack)

# --- Tests of the above (tests/dist/) --------------------------------------------
if(SVCLINT_BUILD_TESTS AND NOT SVCLINT_SANITIZE AND NOT SVCLINT_BUILD_FUZZ)
  find_package(Python3 REQUIRED COMPONENTS Interpreter)
  add_test(NAME Dist.InstallLayout
           COMMAND bash ${CMAKE_SOURCE_DIR}/tests/dist/install_test.sh
                   ${CMAKE_BINARY_DIR})
  add_test(NAME Dist.Packages
           COMMAND bash ${CMAKE_SOURCE_DIR}/tests/dist/package_test.sh
                   ${CMAKE_BINARY_DIR})
  # Both run the install rules of this build tree (cpack does too), which
  # rewrite build/install_manifest.txt: one at a time.
  set_tests_properties(Dist.InstallLayout PROPERTIES
                       RESOURCE_LOCK svclint_install)
  set_tests_properties(Dist.Packages PROPERTIES SKIP_RETURN_CODE 77
                       RESOURCE_LOCK "svclint_dpkg;svclint_install")
  add_test(NAME Dist.RegistryUpdate
           COMMAND ${Python3_EXECUTABLE}
                   ${CMAKE_SOURCE_DIR}/tests/dist/registry_update_test.py
                   $<TARGET_FILE:svclint_cli>
                   ${CMAKE_SOURCE_DIR}/corpus/iana/service-names-port-numbers.xml)
endif()
