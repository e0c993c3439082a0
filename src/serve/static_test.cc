// The dashboard's files: content types, caching, the "not built" page, and
// every way of reaching outside the static root (all 404).
#include <gtest/gtest.h>

#include <fstream>

#include "serve/internal.h"
#include "serve/test_util.h"

namespace detente::serve {
namespace {

namespace fs = std::filesystem;

const char* kSecret = "TOP-SECRET-OUTSIDE-THE-ROOT";

void write(const fs::path& p, const std::string& s) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << s;
}

// <tmp>/site/{index.html, app.js, assets/style-1a2b.css, .env} and
// <tmp>/secret.txt beside it; site/escape -> ../secret.txt, site/up -> ..
struct Site {
  testing::TempPath dir{"site"};
  fs::path root;
  Site() {
    root = fs::path(dir.path) / "web";
    write(root / "index.html", "<!doctype html><title>dash</title><script src=\"app.js\"></script>");
    write(root / "app.js", "console.log('dashboard');");
    write(root / "assets" / "style-1a2b.css", "body{}");
    write(root / ".env", kSecret);
    write(fs::path(dir.path) / "secret.txt", kSecret);
    write(fs::path(dir.path) / "webbish" / "x.txt", kSecret);  // shares the root's name as a prefix
    fs::create_symlink(fs::path(dir.path) / "secret.txt", root / "escape");
    fs::create_symlink("..", root / "up");
    fs::create_symlink(root / "app.js", root / "inside-link.js");
  }
};

TEST(ServeStatic, ServesFilesWithTypesAndCaching) {
  Site site;
  ApiOptions o;
  o.static_root = site.root.string();
  testing::LiveServer server(o);
  auto c = server.client();
  auto r = c->Get("/");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_NE(r->body.find("<title>dash</title>"), std::string::npos);
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(r->get_header_value("Cache-Control"), "no-cache");
  r = c->Get("/index.html");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->get_header_value("Cache-Control"), "no-cache");
  r = c->Get("/app.js");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->body, "console.log('dashboard');");
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  r = c->Get("/assets/style-1a2b.css");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/css; charset=utf-8");
  EXPECT_EQ(r->get_header_value("Cache-Control"), "public, max-age=31536000, immutable");
  r = c->Get("/inside-link.js");  // a symlink that stays inside the root is fine
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  r = c->Get("/missing.js");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 404);
  r = c->Get("/assets/");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 404);
}

TEST(ServeStatic, NothingOutsideTheRoot) {
  Site site;
  ApiOptions o;
  o.static_root = site.root.string();
  testing::LiveServer server(o);
  // Raw request lines, byte for byte as an attacker sends them.
  const char* attempts[] = {
      "/../secret.txt",
      "/..%2fsecret.txt",
      "/%2e%2e/secret.txt",
      "/%2e%2e%2fsecret.txt",
      "/%2E%2E%2Fsecret.txt",
      "/assets/../../secret.txt",
      "/assets/%2e%2e/%2e%2e/secret.txt",
      "/./../secret.txt",
      "//etc/passwd",
      "/%2fetc%2fpasswd",
      "/..%5csecret.txt",
      "/%5c..%5csecret.txt",
      "/..\\secret.txt",
      "/.env",
      "/%2eenv",
      "/escape",
      "/up/secret.txt",
      "/up/webbish/x.txt",
      "/../webbish/x.txt",
      "/index.html%00.js",
      "/%00",
      "/..",
      "/.",
      "/etc/passwd",
      "/proc/self/environ",
      "/../../../../../../../../etc/passwd",
  };
  for (const char* path : attempts) {
    std::string raw =
        testing::raw_request(server.port, std::string("GET ") + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    int status = testing::raw_status(raw);
    EXPECT_TRUE(status == 404 || status == 400) << path << " -> " << raw.substr(0, 200);
    EXPECT_EQ(raw.find(kSecret), std::string::npos) << path;
    EXPECT_EQ(raw.find("root:"), std::string::npos) << path;
  }
  // The files themselves are readable, so the refusals above are the guard's.
  std::string ok = testing::raw_request(server.port, "GET /app.js HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(testing::raw_status(ok), 200);
}

TEST(ServeStatic, ResolverRefusesEscapes) {
  Site site;
  std::string root = fs::canonical(site.root).string();
  EXPECT_EQ(resolve_static(root, "/"), root + "/index.html");
  EXPECT_EQ(resolve_static(root, "/assets/style-1a2b.css"), root + "/assets/style-1a2b.css");
  for (const char* p : {"/../secret.txt", "/escape", "/up/secret.txt", "//etc/passwd", "/.env", "/a\\b", "",
                        "relative", "/assets", "/assets/", "/x/../app.js"})
    EXPECT_EQ(resolve_static(root, p), "") << p;
  EXPECT_EQ(resolve_static(root, std::string_view("/app.js\0", 8)), "");
  EXPECT_EQ(content_type_for("a/b.SVG"), "image/svg+xml");
  EXPECT_EQ(content_type_for("a.b/c"), "application/octet-stream");
}

TEST(ServeStatic, NotBuiltPage) {
  // The shared server has no dashboard.
  auto c = testing::shared_server().client();
  auto r = c->Get("/");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(r->body.find("scripts/bootstrap --web"), std::string::npos);
  r = c->Get("/app.js");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 404);
}

}  // namespace
}  // namespace detente::serve
