# Runs PROGRAM with ARGS (words separated by spaces) and writes its standard output to OUTPUT, whole or not at all.
# Anything on standard error fails the build too: a "catalogue not found" warning would give an English fi page.
# Usage: cmake -DPROGRAM=bin -DARGS="--lang en manpage" -DOUTPUT=file -P run_to_file.cmake
separate_arguments(args UNIX_COMMAND "${ARGS}")
get_filename_component(folder "${OUTPUT}" DIRECTORY)
file(MAKE_DIRECTORY "${folder}")
execute_process(COMMAND "${PROGRAM}" ${args}
  OUTPUT_FILE "${OUTPUT}.tmp" ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT err STREQUAL "")
  file(REMOVE "${OUTPUT}.tmp")
  message(FATAL_ERROR "${PROGRAM} ${ARGS}: exit status ${rc}\n${err}")
endif()
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
