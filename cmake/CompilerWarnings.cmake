# Warning set applied to every target of the project through siteadmin_set_warnings().
function(siteadmin_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wformat=2)
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        # Qt's qCDebug(category) takes its stream from a variadic macro left empty, which clang's
        # -Wpedantic reports on every use (GCC does not).
        target_compile_options(${target} PRIVATE -Wno-gnu-zero-variadic-macro-arguments)
    endif()
    if(SITEADMIN_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_STRICT_ITERATORS
        QT_NO_KEYWORDS QT_DISABLE_DEPRECATED_UP_TO=0x060400)
endfunction()
