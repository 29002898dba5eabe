# `cmake --build <dir> --target format` rewrites every source file with clang-format;
# `--target format-check` fails when a file is not formatted.
find_program(SITEADMIN_CLANG_FORMAT NAMES clang-format clang-format-14)
if(SITEADMIN_CLANG_FORMAT)
    file(GLOB_RECURSE SITEADMIN_FORMAT_SOURCES CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
        ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
        ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
        ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h)
    add_custom_target(format
        COMMAND ${SITEADMIN_CLANG_FORMAT} -i ${SITEADMIN_FORMAT_SOURCES}
        COMMENT "Formatting sources with clang-format" VERBATIM)
    add_custom_target(format-check
        COMMAND ${SITEADMIN_CLANG_FORMAT} --dry-run --Werror ${SITEADMIN_FORMAT_SOURCES}
        COMMENT "Checking source formatting" VERBATIM)
endif()
