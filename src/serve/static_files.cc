// The dashboard's files: GET / and GET /<file> under the static root, never
// outside it.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>

#include "core/resources.h"
#include "serve/internal.h"

namespace detente::serve {

namespace fs = std::filesystem;

namespace {
constexpr size_t kMaxStaticFile = size_t(64) << 20;
}

std::string resolve_static(const std::string& root, std::string_view url_path) {
  // The transport has percent-decoded the path already, so "%2e%2e%2f" and
  // "%2f" arrive here as "../" and "/": checked below like the plain forms.
  if (root.empty() || url_path.empty() || url_path[0] != '/' || url_path.size() > 1024) return {};
  std::string_view rel = url_path.substr(1);
  if (rel.empty()) rel = "index.html";
  // Every segment must be a plain name: not empty ("//", a trailing '/'),
  // not starting with '.' (".", "..", hidden files), no backslash, no
  // control byte (NUL included).
  size_t start = 0;
  for (size_t i = 0; i <= rel.size(); ++i) {
    if (i == rel.size() || rel[i] == '/') {
      if (i == start || rel[start] == '.') return {};
      start = i + 1;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(rel[i]);
    if (c < 0x20 || c == 0x7f || c == '\\') return {};
  }
  // Then the real file, symlinks resolved, must still lie under the root.
  std::error_code ec;
  fs::path file = fs::canonical(fs::path(root) / fs::path(rel), ec);
  if (ec) return {};
  std::string f = file.string();
  if (f.size() <= root.size() || f.compare(0, root.size(), root) != 0 || f[root.size()] != '/') return {};
  if (!fs::is_regular_file(file, ec) || ec) return {};
  return f;
}

std::string_view content_type_for(std::string_view file) {
  static const std::pair<std::string_view, std::string_view> kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".map", "application/json"},
      {".webmanifest", "application/manifest+json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".webp", "image/webp"},
      {".ico", "image/x-icon"},
      {".woff", "font/woff"},
      {".woff2", "font/woff2"},
      {".ttf", "font/ttf"},
      {".txt", "text/plain; charset=utf-8"},
      {".csv", "text/csv; charset=utf-8"},
      {".wasm", "application/wasm"},
  };
  size_t dot = file.rfind('.');
  size_t slash = file.rfind('/');
  if (dot != std::string_view::npos && (slash == std::string_view::npos || dot > slash)) {
    std::string ext(file.substr(dot));
    for (auto& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    for (const auto& [e, t] : kTypes)
      if (e == ext) return t;
  }
  return "application/octet-stream";
}

std::string default_static_root() {
  std::error_code ec;
  std::vector<fs::path> candidates;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) candidates.push_back(exe.parent_path() / "web");
  candidates.push_back(resource_path("web/dist"));
  for (const auto& dir : candidates)
    if (fs::is_regular_file(dir / "index.html", ec)) return dir.string();
  return {};
}

std::string_view not_built_page() {
  return R"(<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>detente: dashboard not built</title></head>
<body>
<h1>detente serve</h1>
<p>The API is running (see <a href="/api/openapi.json">/api/openapi.json</a> and
<a href="/api/health">/api/health</a>), but the dashboard is not built.</p>
<p>To build it, install its tools with <code>scripts/bootstrap --web</code>, then rebuild detente
(<code>cmake --build --preset release</code>): the build puts the dashboard in <code>web/</code> next to
the <code>detente</code> binary, where <code>detente serve</code> finds it. Or point
<code>detente serve --static DIR</code> at a built dashboard.</p>
</body>
</html>
)";
}

Response Api::Handlers::static_file(const Api& api, const Request& r) {
  Response res;  // query parameters are ignored here (cache busting)
  if (api.static_root_.empty()) {
    if (r.path != "/" && r.path != "/index.html")
      throw HttpError(404, "no such file (the dashboard is not built; see /)");
    res.content_type = "text/html; charset=utf-8";
    res.body = std::string(not_built_page());
    res.headers.emplace_back("Cache-Control", "no-cache");
    return res;
  }
  std::string file = resolve_static(api.static_root_, r.path);
  if (file.empty()) throw HttpError(404, "no such file");
  std::ifstream in(file, std::ios::binary);
  std::error_code ec;
  auto size = fs::file_size(file, ec);
  if (!in || ec) throw HttpError(404, "no such file");
  if (size > kMaxStaticFile) throw HttpError(500, "file too large to serve", "E001");
  res.body.resize(size);
  in.read(res.body.data(), static_cast<std::streamsize>(size));
  res.body.resize(static_cast<size_t>(in.gcount()));
  res.content_type = std::string(content_type_for(file));
  // Vite names the files under assets/ by their content hash: cache them;
  // everything else (index.html first) is checked on every load.
  bool hashed = r.path.substr(0, 8) == "/assets/";
  res.headers.emplace_back("Cache-Control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
  return res;
}

}  // namespace detente::serve
