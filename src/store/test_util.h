// store/test_util.h — helpers for the store's tests (temporary databases).
#pragma once
#include <unistd.h>

#include <filesystem>
#include <string>

namespace detente::testing {

// A database path in the temp directory, removed (with -wal, -shm) before and after.
struct TempDb {
  std::string path;
  explicit TempDb(const std::string& tag = "t") {
    static int n = 0;
    path = (std::filesystem::temp_directory_path() /
            ("detente-store-" + tag + "-" + std::to_string(getpid()) + "-" + std::to_string(n++) + ".db"))
               .string();
    remove();
  }
  ~TempDb() { remove(); }
  void remove() const {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  }
};

}  // namespace detente::testing
