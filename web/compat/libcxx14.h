// Force-included into the WebAssembly build only (web/CMakeLists.txt):
// Emscripten 3.1.6 ships libc++ 14, which lacks a few C++20 library
// functions that GCC 12's libstdc++ has and lint/ uses. Each is defined
// here exactly as the standard specifies, and only where libc++ lacks it.
#ifndef SVCLINT_WEB_COMPAT_LIBCXX14_H_
#define SVCLINT_WEB_COMPAT_LIBCXX14_H_

#ifdef __cplusplus
#include <memory>
#include <type_traits>

#if defined(_LIBCPP_VERSION) && _LIBCPP_VERSION < 15000
namespace std {
// [unique.ptr.create]: default-initialised, so no zeroing of a buffer that
// is about to be overwritten.
template <class T>
requires is_unbounded_array_v<T> unique_ptr<T> make_unique_for_overwrite(
    size_t n) {
  return unique_ptr<T>(new remove_extent_t<T>[n]);
}
template <class T>
requires(!is_array_v<T>) unique_ptr<T> make_unique_for_overwrite() {
  return unique_ptr<T>(new T);
}
}  // namespace std
#endif
#endif  // __cplusplus

#endif  // SVCLINT_WEB_COMPAT_LIBCXX14_H_
