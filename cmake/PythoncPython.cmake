# PythoncPython.cmake: find the CPython to embed and link targets to it.
#
#   include(PythoncPython)            # after project(); honours -DPython3_EXECUTABLE=...
#   pythonc_link_python(<target>)     # include dirs + libpython, linked like python3 itself
#
# Sets PYTHONC_LINK_MODE to "static" or "shared" and PYTHONC_PY_VERSION to "X.Y".
# The interpreter and the library come from one installation (FindPython's Interpreter and
# Development.Embed components). Where that installation's own python3 does not map a
# shared libpython (Debian's, built on libpython3.X.a), pythonc links the same static
# library, non-PIE, with its symbols exported so extension modules still load, provided a
# test program links against it; otherwise it links the shared library. -DPYTHONC_LINK_MODE=shared|static overrides the choice.

find_package(Python3 3.8 REQUIRED COMPONENTS Interpreter Development.Embed)

set(_pythonc_link_file "${CMAKE_BINARY_DIR}/pythonc_link_info.cmake")
execute_process(
  COMMAND "${Python3_EXECUTABLE}" -I -S "${CMAKE_CURRENT_LIST_DIR}/python_link_info.py"
  OUTPUT_FILE "${_pythonc_link_file}"
  RESULT_VARIABLE _pythonc_link_rc)
if(NOT _pythonc_link_rc EQUAL 0)
  message(FATAL_ERROR "pythonc: cannot query ${Python3_EXECUTABLE} for its link mode")
endif()
include("${_pythonc_link_file}")

if(NOT PYTHONC_PY_VERSION STREQUAL "${Python3_VERSION_MAJOR}.${Python3_VERSION_MINOR}")
  message(FATAL_ERROR "pythonc: interpreter and libpython versions differ")
endif()

if(NOT PYTHONC_LINK_MODE)
  set(PYTHONC_LINK_MODE shared)
  if(NOT PYTHONC_PY_SHARED_MAPPED AND PYTHONC_PY_STATIC_LIB)
    # A distribution's static library may be incomplete for embedding (Debian's 3.14 lacks
    # the HACL hash archives): use it only if a program really links against it.
    include(CheckCSourceCompiles)
    set(CMAKE_REQUIRED_INCLUDES ${Python3_INCLUDE_DIRS})
    set(CMAKE_REQUIRED_LIBRARIES "${PYTHONC_PY_STATIC_LIB}" ${PYTHONC_PY_STATIC_DEPS})
    set(CMAKE_REQUIRED_LINK_OPTIONS -no-pie)
    set(CMAKE_REQUIRED_QUIET ON)
    check_c_source_compiles("#include <Python.h>
int main(int argc, char **argv) { return Py_BytesMain(argc, argv); }" PYTHONC_STATIC_LINK_WORKS)
    unset(CMAKE_REQUIRED_INCLUDES)
    unset(CMAKE_REQUIRED_LIBRARIES)
    unset(CMAKE_REQUIRED_LINK_OPTIONS)
    if(PYTHONC_STATIC_LINK_WORKS)
      set(PYTHONC_LINK_MODE static)
    else()
      message(STATUS "pythonc: ${PYTHONC_PY_STATIC_LIB} does not link on its own; using the shared library")
    endif()
  endif()
endif()
set(PYTHONC_LINK_MODE "${PYTHONC_LINK_MODE}" CACHE STRING "static or shared libpython" FORCE)
message(STATUS "pythonc: embedding CPython ${PYTHONC_PY_VERSION} (${Python3_EXECUTABLE}), ${PYTHONC_LINK_MODE} libpython")

# Compile flags for anything that includes Python.h.
function(pythonc_use_python_headers target)
  target_include_directories(${target} PUBLIC ${Python3_INCLUDE_DIRS})
endfunction()

# Link an executable (or library) to libpython the way pythonc is linked.
function(pythonc_link_python target)
  pythonc_use_python_headers(${target})
  if(PYTHONC_LINK_MODE STREQUAL "static")
    target_link_libraries(${target} PRIVATE "${PYTHONC_PY_STATIC_LIB}" ${PYTHONC_PY_STATIC_DEPS})
    get_target_property(_type ${target} TYPE)
    if(_type STREQUAL "EXECUTABLE")
      # libpython3.X.a is built without -fPIC; export its symbols for extension modules.
      set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE OFF ENABLE_EXPORTS ON)
      target_link_options(${target} PRIVATE -no-pie)
    endif()
  else()
    target_link_libraries(${target} PRIVATE Python3::Python)
    get_target_property(_type ${target} TYPE)
    if(_type STREQUAL "EXECUTABLE")
      # Find the library at run time without LD_LIBRARY_PATH, as the installation's python3 does.
      list(GET Python3_RUNTIME_LIBRARY_DIRS 0 _rdir)
      if(_rdir)
        set_target_properties(${target} PROPERTIES BUILD_RPATH "${_rdir}" INSTALL_RPATH "${_rdir}")
      endif()
    endif()
  endif()
endfunction()
