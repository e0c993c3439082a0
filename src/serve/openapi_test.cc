// The OpenAPI description lists exactly the routes the server answers, and
// the `detente serve` binary starts, answers and stops on SIGTERM.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <set>

#include "serve/test_util.h"

namespace detente::serve {
namespace {

using nlohmann::json;

TEST(ServeOpenApi, ListsEveryRouteAndNothingElse) {
  auto r = testing::shared_server().client()->Get("/api/openapi.json");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  json j = json::parse(r->body);
  EXPECT_EQ(j["openapi"], "3.1.0");
  std::set<std::pair<std::string, std::string>> described, registered;
  for (const auto& [path, ops] : j["paths"].items())
    for (const auto& [method, op] : ops.items()) {
      std::string m = method;
      for (auto& c : m) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      described.emplace(m, path);
      EXPECT_TRUE(op.contains("responses")) << method << " " << path;
    }
  for (const RouteInfo& route : Api::routes()) registered.emplace(route.method, route.path);
  EXPECT_EQ(described, registered);
  // Every $ref points at a schema that exists.
  std::string text = r->body;
  for (size_t p = 0; (p = text.find("#/components/schemas/", p)) != std::string::npos; ++p) {
    size_t b = p + 21, e = text.find('"', b);
    EXPECT_TRUE(j["components"]["schemas"].contains(text.substr(b, e - b))) << text.substr(b, e - b);
  }
}

TEST(ServeOpenApi, EveryListedRouteIsAnswered) {
  // Each route answers with something other than "no such endpoint" (404
  // from the router) or 405: the router and the list agree.
  auto c = testing::shared_server().client();
  for (const RouteInfo& route : Api::routes()) {
    std::string path = route.path;
    if (size_t b = path.find('{'); b != std::string::npos) path = path.substr(0, b) + "hand%2Fmar%203";
    httplib::Result r = std::string(route.method) == "GET" ? c->Get(path.c_str())
                                                           : c->Post(path.c_str(), "{}", "application/json");
    ASSERT_TRUE(r) << path;
    EXPECT_NE(r->status, 405) << route.method << " " << path;
    if (r->status == 404) {
      auto j = json::parse(r->body, nullptr, false);
      ASSERT_TRUE(j.is_object());
      EXPECT_EQ(j["error"]["message"].get<std::string>().find("no endpoint"), std::string::npos) << path;
    }
  }
}

// The `detente` built beside this test, or $DETENTE_BINARY.
std::string detente_binary() {
  if (const char* b = std::getenv("DETENTE_BINARY")) return b;
  return (std::filesystem::read_symlink("/proc/self/exe").parent_path() / "detente").string();
}

TEST(ServeCli, StartsAnswersAndStopsOnSigterm) {
  std::string bin = detente_binary();
  if (!std::filesystem::exists(bin)) GTEST_SKIP() << "detente binary not built";
  const std::string db = testing::test_db();  // built here, not in the child
  int out[2];
  ASSERT_EQ(pipe(out), 0);
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    dup2(out[1], STDOUT_FILENO);
    close(out[0]);
    close(out[1]);
    execl(bin.c_str(), "detente", "serve", "--db", db.c_str(), "--port", "0", "--threads", "4",
          static_cast<char*>(nullptr));
    _exit(127);
  }
  close(out[1]);
  std::FILE* f = fdopen(out[0], "r");
  char line[512] = {0};
  bool got = std::fgets(line, sizeof line, f) != nullptr;
  std::string first = got ? line : "";
  // "detente serve: http://127.0.0.1:PORT/ (db FILE, N events)"
  int port = 0;
  unsigned long long events = 0;
  size_t at = first.find("http://127.0.0.1:");
  if (at != std::string::npos) port = std::atoi(first.c_str() + at + 17);
  size_t comma = first.rfind(", ");
  if (comma != std::string::npos) events = std::strtoull(first.c_str() + comma + 2, nullptr, 10);
  EXPECT_EQ(first.rfind("detente serve: http://127.0.0.1:", 0), 0u) << first;
  EXPECT_NE(first.find("(db " + db + ", "), std::string::npos) << first;
  EXPECT_NE(first.find(" events)"), std::string::npos) << first;
  if (port > 0) {
    httplib::Client c("127.0.0.1", port);
    auto r = c.Get("/api/health");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(json::parse(r->body)["events"].get<unsigned long long>(), events);
  }
  kill(pid, SIGTERM);
  int status = 0;
  waitpid(pid, &status, 0);
  std::fclose(f);
  EXPECT_TRUE(WIFEXITED(status)) << status;
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

}  // namespace
}  // namespace detente::serve
