# Debian's hardening flags, as `dpkg-buildflags` gives them with hardening=+all on Debian 12:
# fortified libc calls (optimized builds only: glibc needs -O), a strong stack protector, stack
# clash and control-flow protection, and full RELRO with immediate binding. lintian reports their
# absence (issue 21). The fuzzers' own build (tests/fuzz/project) does not include this file.
option(SITEADMIN_HARDENING "Build with Debian's hardening flags" ON)
if(SITEADMIN_HARDENING AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    add_compile_definitions($<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:_FORTIFY_SOURCE=2>)
    add_compile_options(-fstack-protector-strong -fstack-clash-protection)
    if(CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64")
        add_compile_options(-fcf-protection)
    endif()
    add_link_options(LINKER:-z,relro LINKER:-z,now)
endif()
