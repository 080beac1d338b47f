# PythoncTests.cmake: register the Python-driven test tiers.
#
#   pythonc_add_python_tests(<label> <dir>)
#
# Every <dir>/test_*.py is one ctest test, run with the interpreter pythonc was built
# against (Python3_EXECUTABLE), labelled <label>. Each test file gets, in its environment,
# PYTHONC (the built binary), PYTHONC_REFERENCE_PYTHON (python3 of the same installation) and
# PYTHONC_SOURCE_DIR; PYTHON* variables of the caller are removed by the tests themselves.

function(pythonc_add_python_tests label dir)
  file(GLOB _tests CONFIGURE_DEPENDS "${dir}/test_*.py")
  foreach(_test IN LISTS _tests)
    get_filename_component(_name "${_test}" NAME_WE)
    add_test(NAME "${label}.${_name}"
             COMMAND "${Python3_EXECUTABLE}" -E -s "${_test}"
             WORKING_DIRECTORY "${dir}")
    set_tests_properties("${label}.${_name}" PROPERTIES
      LABELS "${label}"
      TIMEOUT 600
      ENVIRONMENT "PYTHONC=$<TARGET_FILE:pythonc>;PYTHONC_REFERENCE_PYTHON=${Python3_EXECUTABLE};PYTHONC_SOURCE_DIR=${PROJECT_SOURCE_DIR};PYTHONC_TEST_DIR=${dir}")
  endforeach()
endfunction()

# Every tests/shims/cases/*.py is one ctest test "shim.case.<name>", run by differential.py.
function(pythonc_add_shim_cases dir)
  file(GLOB _cases CONFIGURE_DEPENDS "${dir}/cases/*.py")
  foreach(_case IN LISTS _cases)
    get_filename_component(_name "${_case}" NAME_WE)
    add_test(NAME "shim.case.${_name}"
             COMMAND "${Python3_EXECUTABLE}" -E -s "${dir}/differential.py" "${_case}")
    set_tests_properties("shim.case.${_name}" PROPERTIES
      LABELS shim
      TIMEOUT 300
      ENVIRONMENT "PYTHONC=$<TARGET_FILE:pythonc>;PYTHONC_REFERENCE_PYTHON=${Python3_EXECUTABLE}")
  endforeach()
endfunction()
