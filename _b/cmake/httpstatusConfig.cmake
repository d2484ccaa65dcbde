# libhttpstatus for CMake: find_package(httpstatus) reads this file and defines the imported target
# httpstatus::httpstatus (the installed shared library and its header).  make generates it from
# cmake/httpstatusConfig.cmake.in and installs it into LIBDIR/cmake/httpstatus; the paths below are
# relative to this file when the library and header are installed under the prefix, so a tree
# installed with DESTDIR or moved elsewhere as a whole is still found through CMAKE_PREFIX_PATH.
if(TARGET httpstatus::httpstatus)
  return()
endif()

get_filename_component(_httpstatus_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
set(_httpstatus_library "${_httpstatus_prefix}/lib/libhttpstatus.so.0")
set(_httpstatus_includedir "${_httpstatus_prefix}/include")

foreach(_httpstatus_path IN ITEMS "${_httpstatus_library}" "${_httpstatus_includedir}/httpstatus.h")
  if(NOT EXISTS "${_httpstatus_path}")
    set(httpstatus_FOUND FALSE)
    set(httpstatus_NOT_FOUND_MESSAGE "${_httpstatus_path} is missing: libhttpstatus is not installed where ${CMAKE_CURRENT_LIST_FILE} says")
    unset(_httpstatus_path)
    return()
  endif()
endforeach()

add_library(httpstatus::httpstatus SHARED IMPORTED)
set_target_properties(httpstatus::httpstatus PROPERTIES
  IMPORTED_LOCATION "${_httpstatus_library}"
  IMPORTED_SONAME "libhttpstatus.so.0"
  INTERFACE_INCLUDE_DIRECTORIES "${_httpstatus_includedir}")

unset(_httpstatus_path)
unset(_httpstatus_library)
unset(_httpstatus_includedir)
unset(_httpstatus_prefix)
