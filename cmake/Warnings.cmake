# Compiler warnings and sanitizers applied to every ImsDesk target.
add_library(imsdesk_build_flags INTERFACE)
target_compile_options(imsdesk_build_flags INTERFACE
  -Wall -Wextra -Wpedantic $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> -Wnon-virtual-dtor -Wcast-qual
  -Wimplicit-fallthrough)
if(IMSDESK_WERROR)
  target_compile_options(imsdesk_build_flags INTERFACE -Werror)
endif()
target_compile_definitions(imsdesk_build_flags INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_FOREACH)
if(IMSDESK_SANITIZE)
  target_compile_options(imsdesk_build_flags INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(imsdesk_build_flags INTERFACE -fsanitize=address,undefined)
endif()
if(IMSDESK_BUILD_FUZZ)
  # Coverage instrumentation for the libraries the fuzz targets link.
  target_compile_options(imsdesk_build_flags INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  target_link_options(imsdesk_build_flags INTERFACE -fsanitize=address,undefined)
endif()
