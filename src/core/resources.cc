#include "core/resources.h"

#include <cstdlib>
#include <filesystem>

namespace detente {

std::string resource_path(std::string_view rel) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (const char* home = std::getenv("DETENTE_HOME"); home && *home) {
    fs::path p = fs::path(home) / rel;
    if (fs::exists(p, ec)) return p.string();
  }
#ifdef DETENTE_INSTALL_PREFIX
  {
    fs::path p = fs::path(DETENTE_INSTALL_PREFIX) / "share/detente" / rel;
    if (fs::exists(p, ec)) return p.string();
  }
#endif
  return (fs::path(DETENTE_SOURCE_DIR) / rel).string();
}

}  // namespace detente
