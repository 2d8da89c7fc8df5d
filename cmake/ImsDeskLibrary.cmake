# imsdesk_layer_sources(<var> <dir>): every .cpp/.h below <dir>, excluding
# the listed subfolders. Sources are globbed so that adding a file needs no
# edit of a shared list; CONFIGURE_DEPENDS re-runs CMake when files appear.
function(imsdesk_layer_sources out dir)
  cmake_parse_arguments(ARG "" "" "EXCLUDE" ${ARGN})
  file(GLOB_RECURSE files CONFIGURE_DEPENDS
       "${dir}/*.cpp" "${dir}/*.h")
  foreach(ex IN LISTS ARG_EXCLUDE)
    list(FILTER files EXCLUDE REGEX "^${dir}/${ex}/")
  endforeach()
  list(SORT files)
  set(${out} ${files} PARENT_SCOPE)
endfunction()
