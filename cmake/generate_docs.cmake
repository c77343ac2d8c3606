# Run at build time (cmake -P): the built svclint writes its man page and
# shell completions (`svclint __generate man|bash|zsh|fish`, from its own
# CLI definition and rule catalogue) into OUT_DIR, laid out as installed.
foreach(pair IN ITEMS "man;man/man1/svclint.1"
                      "bash;bash-completion/completions/svclint"
                      "zsh;zsh/site-functions/_svclint"
                      "fish;fish/vendor_completions.d/svclint.fish")
  list(GET pair 0 what)
  list(GET pair 1 file)
  get_filename_component(dir "${OUT_DIR}/${file}" DIRECTORY)
  file(MAKE_DIRECTORY "${dir}")
  execute_process(COMMAND "${SVCLINT}" __generate ${what}
                  OUTPUT_FILE "${OUT_DIR}/${file}.tmp"
                  RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "svclint __generate ${what} failed (${status})")
  endif()
  file(RENAME "${OUT_DIR}/${file}.tmp" "${OUT_DIR}/${file}")
endforeach()
