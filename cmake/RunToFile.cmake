# cmake -DPROGRAM=... -DARGS=a;b -DOUTPUT=file [-DGZIP=ON] -P RunToFile.cmake: runs PROGRAM ARGS and
# keeps what it prints in OUTPUT (written whole; a failing program fails the build); with GZIP, also
# OUTPUT.gz beside it, compressed as Debian wants manual pages (-9, no name or time stamp). XDG_DATA_HOME is unset so that
# the default paths it prints are the ones a user has (~/.local/share/...), not the builder's.
unset(ENV{XDG_DATA_HOME})
execute_process(COMMAND ${PROGRAM} ${ARGS} OUTPUT_FILE ${OUTPUT}.part RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    file(REMOVE ${OUTPUT}.part)
    message(FATAL_ERROR "${PROGRAM} ${ARGS} failed: ${rc}")
endif()
file(RENAME ${OUTPUT}.part ${OUTPUT})
if(GZIP)
    execute_process(COMMAND gzip -9nkf ${OUTPUT} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "gzip ${OUTPUT} failed: ${rc}")
    endif()
endif()
