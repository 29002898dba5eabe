# The test `translations` (cmake -P): every .ts is what `update_translations` would make of the sources
# today (no text of the window added, changed or gone since it was last read), and every text in it is
# translated (none left unfinished). Arguments: LUPDATE, WORK (a scratch folder), TS_FILES and
# LUPDATE_ARGS (;-lists).
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(failed "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    file(COPY "${ts}" DESTINATION "${WORK}")
    execute_process(COMMAND "${LUPDATE}" ${LUPDATE_ARGS} -ts "${WORK}/${name}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}: ${out}${err}")
    endif()
    file(READ "${ts}" before)
    file(READ "${WORK}/${name}" after)
    if(NOT before STREQUAL after)
        execute_process(COMMAND diff -u "${ts}" "${WORK}/${name}" OUTPUT_VARIABLE difference)
        string(APPEND failed "${name} is not up to date with the sources: build the target "
            "update_translations and translate what it adds:\n${difference}\n")
    endif()
    string(REGEX MATCHALL "type=\"unfinished\"" open "${after}")
    list(LENGTH open unfinished)
    if(unfinished GREATER 0)
        string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"unfinished\"" shown "${after}")
        string(REPLACE ";" "\n" shown "${shown}")
        string(APPEND failed "${name}: ${unfinished} text(s) not translated:\n${shown}\n")
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "${failed}")
endif()
message(STATUS "translations complete and up to date: ${TS_FILES}")
