// toml++'s implementation, compiled once into each binary that uses it when
// svclint links its dependencies statically (SVCLINT_STATIC_DEPS; Debian
// ships toml++ only as a shared library or as headers).
#define TOML_IMPLEMENTATION
#include <toml++/toml.h>
