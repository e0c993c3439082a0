// fuzz/fuzz_util.h — helpers shared by the libFuzzer targets.
//
// Loaders that take a path (readers, dictionaries) are fed through a
// per-process scratch file; a check that fails aborts, so libFuzzer records
// the input as a finding.
#pragma once
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace detente::fuzz {

// Writes `data` to a scratch file with the given suffix (reused per process)
// and returns its path.
inline const std::string& scratch_file(const uint8_t* data, size_t size, const char* suffix) {
  static std::string path;
  const char* dir = std::getenv("TMPDIR");
  path = std::string(dir && *dir ? dir : "/tmp") + "/detente-fuzz-" + std::to_string(getpid()) + suffix;
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) std::abort();
  if (size && std::fwrite(data, 1, size, f) != size) std::abort();
  std::fclose(f);
  return path;
}

[[noreturn]] inline void fail(const char* what, std::string_view detail = {}) {
  std::fprintf(stderr, "fuzz check failed: %s %.*s\n", what, static_cast<int>(detail.size()), detail.data());
  std::abort();
}

#define FUZZ_CHECK(cond, detail) \
  do {                           \
    if (!(cond)) ::detente::fuzz::fail(#cond, detail); \
  } while (0)

}  // namespace detente::fuzz
