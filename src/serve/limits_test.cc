// Limits, errors, security headers, SQL injection attempts and concurrent
// clients, over a real server.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "serve/test_util.h"
#include "store/sqlite.h"

namespace detente::serve {
namespace {

using nlohmann::json;
using testing::shared_server;

struct Answer {
  int status = 0;
  json body;
  httplib::Headers headers;
};

Answer get(const std::string& path) {
  auto r = shared_server().client()->Get(path.c_str());
  EXPECT_TRUE(r) << path;
  if (!r) return {};
  Answer a{r->status, json::parse(r->body, nullptr, false), r->headers};
  return a;
}

void expect_error(const std::string& path, int status, const std::string& says = "") {
  Answer a = get(path);
  EXPECT_EQ(a.status, status) << path;
  ASSERT_TRUE(a.body.is_object()) << path;
  EXPECT_EQ(a.body["error"]["status"], status) << path;
  EXPECT_TRUE(a.body["error"]["code"].is_string());
  std::string msg = a.body["error"]["message"];
  if (!says.empty()) {
    EXPECT_NE(msg.find(says), std::string::npos) << path << ": " << msg;
  }
}

TEST(ServeLimits, PagesAndLimits) {
  expect_error("/api/events?page_size=10000", 400, "page_size");
  expect_error("/api/events?page_size=0", 400, "page_size");
  expect_error("/api/events?page=0", 400, "page");
  expect_error("/api/events?page=abc", 400, "integer");
  expect_error("/api/events?quad=5", 400, "quad");
  expect_error("/api/dyads?limit=201", 400, "limit");
  expect_error("/api/actors?limit=501", 400, "limit");
  EXPECT_EQ(get("/api/events?page_size=500").status, 200);
  EXPECT_EQ(get("/api/dyads?limit=200").status, 200);
}

TEST(ServeLimits, Dates) {
  expect_error("/api/dyad?a=USA&b=JPN&from=2020&to=2019", 400, "after");
  expect_error("/api/events?from=2020-02-01&to=2020-01-31", 400, "after");
  expect_error("/api/dyad?a=USA&b=JPN&from=1700", 400, "1800");
  expect_error("/api/dyad?a=USA&b=JPN&to=2300-01-01", 400, "2200");
  expect_error("/api/events?from=yesterday", 400, "not a date");
  expect_error("/api/events?from=2019-13-01", 400, "not a date");
  expect_error("/api/events?from=", 400, "empty");
  EXPECT_EQ(get("/api/dyad?a=USA&b=JPN&from=1800&to=1800").status, 200);
}

TEST(ServeLimits, DyadParameters) {
  expect_error("/api/dyad?a=USA", 400, "required");
  expect_error("/api/dyad?a=USA&b=JPN&by=fortnight", 400, "day, week, month or year");
  expect_error("/api/dyad?a=USA&b=JPN&all_events=maybe", 400, "all_events");
  // 5,000 periods at most: 1800..2200 by day is 146,463 of them.
  expect_error("/api/dyad?a=USA&b=JPN&by=day&from=1800&to=2200", 400, "5000");
  expect_error("/api/dyad?a=USA&b=JPN&by=week&from=1900&to=2000", 400, "periods");
  EXPECT_EQ(get("/api/dyad?a=USA&b=JPN&by=year&from=1800&to=2200").status, 200);  // 401 periods
  // Exactly 5,000 days is allowed, one more is not.
  Date from = make_date(2000, 1, 1);
  std::string to_ok = Date::from_days(from.days() + 4999).iso(), to_bad = Date::from_days(from.days() + 5000).iso();
  Answer ok = get("/api/dyad?a=USA&b=JPN&by=day&from=2000-01-01&to=" + to_ok);
  EXPECT_EQ(ok.status, 200);
  EXPECT_EQ(ok.body["periods"].size(), 5000u);
  expect_error("/api/dyad?a=USA&b=JPN&by=day&from=2000-01-01&to=" + to_bad, 400, "5000");
}

TEST(ServeLimits, UnknownAndRepeatedParameters) {
  expect_error("/api/events?form=1990", 400, "unknown parameter \"form\"");
  expect_error("/api/dyad?a=USA&b=JPN&a=KOR", 400, "twice");
  expect_error("/api/health?x=1", 400, "takes none");
  expect_error(std::string("/api/events?a=") + std::string(200, 'A'), 400, "too long");
}

TEST(ServeLimits, RoutingErrors) {
  expect_error("/api/nothing", 404, "no endpoint");
  expect_error("/api", 404);
  auto c = shared_server().client();
  auto r = c->Post("/api/dyad", "{}", "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 405);
  EXPECT_EQ(r->get_header_value("Allow"), "GET, HEAD");
  r = c->Get("/api/code");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 405);
  EXPECT_EQ(r->get_header_value("Allow"), "POST");
  r = c->Delete("/api/documents/x");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 405);
  r = c->Put("/index.html", "x", "text/plain");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 405);
  // HEAD answers like GET, without a body.
  r = c->Head("/api/health");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_TRUE(r->body.empty());
}

TEST(ServeSecurity, HeadersOnEveryResponse) {
  auto c = shared_server().client();
  std::vector<httplib::Result> rs;
  rs.push_back(c->Get("/api/health"));
  rs.push_back(c->Get("/api/nothing"));
  rs.push_back(c->Get("/"));
  rs.push_back(c->Get("/no-such-file.js"));
  rs.push_back(c->Post("/api/code", std::string((1 << 20) + 1, 'x'), "application/json"));
  rs.push_back(c->Post("/api/documents", "{}", "application/x-ndjson"));
  for (auto& r : rs) {
    ASSERT_TRUE(r);
    EXPECT_EQ(r->get_header_value("Content-Security-Policy"),
              "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
              "object-src 'none'; frame-ancestors 'none'")
        << r->status;
    EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff") << r->status;
    EXPECT_EQ(r->get_header_value("Referrer-Policy"), "no-referrer") << r->status;
    EXPECT_EQ(r->get_header_value_count("Content-Security-Policy"), 1u);
  }
  // An error httplib raises itself (a malformed request line) gets them too.
  std::string raw = testing::raw_request(shared_server().port, "GARBAGE\r\n\r\n");
  EXPECT_EQ(testing::raw_status(raw), 400) << raw;
  EXPECT_NE(raw.find("X-Content-Type-Options: nosniff"), std::string::npos) << raw;
  EXPECT_NE(raw.find("\"error\""), std::string::npos) << raw;
}

TEST(ServeSecurity, SqlInjectionAttemptsAreJustStrings) {
  auto s = Store::open(testing::test_db(), StoreOptions{.read_only = true, .create = false});
  int64_t events = s->db().scalar("SELECT count(*) FROM events");
  int64_t docs = s->db().scalar("SELECT count(*) FROM documents");
  const char* attacks[] = {
      "USA' OR '1'='1", "USA\" OR \"1\"=\"1", "JPN'; DROP TABLE events; --", "' UNION SELECT * FROM documents --",
      "%' OR 1=1 --",   "FRA') OR ('a'='a",  "1; DELETE FROM daily",
  };
  for (const char* a : attacks) {
    std::string q = httplib::detail::encode_query_param(a);
    Answer d = get("/api/dyad?a=" + q + "&b=JPN");
    EXPECT_EQ(d.status, 200) << a;
    EXPECT_TRUE(d.body["periods"].empty()) << a;
    Answer d2 = get("/api/dyad?a=FRA&b=" + q);
    EXPECT_EQ(d2.status, 200) << a;
    EXPECT_TRUE(d2.body["periods"].empty()) << a;
    Answer e = get("/api/events?a=" + q);
    EXPECT_EQ(e.status, 200) << a;
    EXPECT_EQ(e.body["total"], 0) << a;
    Answer c = get("/api/events?code=" + httplib::detail::encode_query_param(std::string(a).substr(0, 16)));
    EXPECT_EQ(c.status, 200) << a;
    EXPECT_EQ(c.body["total"], 0) << a;
    Answer r = get("/api/events?root=" + httplib::detail::encode_query_param(std::string(a).substr(0, 16)) +
                   "&doc=" + q);
    EXPECT_EQ(r.status, 200) << a;
    EXPECT_EQ(r.body["total"], 0) << a;
    Answer ac = get("/api/actors?q=" + q);
    EXPECT_EQ(ac.status, 200) << a;
    EXPECT_TRUE(ac.body["actors"].empty()) << a;
    Answer doc = get("/api/documents/" + q);
    EXPECT_EQ(doc.status, 404) << a;
  }
  EXPECT_EQ(s->db().scalar("SELECT count(*) FROM events"), events);
  EXPECT_EQ(s->db().scalar("SELECT count(*) FROM documents"), docs);
  EXPECT_TRUE(s->check().empty());
}

TEST(ServeConcurrency, ManyClientsGetTheRightAnswers) {
  // Expected answers first, one at a time; then 8 threads ask them all again
  // in different orders on their own connections.
  std::vector<std::string> paths = {
      "/api/dyad?a=FRA&b=DEU&by=month", "/api/dyad?a=KOR&b=JPN&by=week", "/api/events?a=FRA&page_size=2&page=2",
      "/api/events?page_size=50",       "/api/health",                   "/api/documents/hand%2Fmar%203",
      "/api/actors?q=a",                "/api/dyads",                    "/api/dyad?a=USA&b=IRN&by=day",
  };
  std::vector<std::string> expect;
  for (const auto& p : paths) {
    auto r = shared_server().client()->Get(p.c_str());
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200) << p;
    expect.push_back(r->body);
  }
  std::atomic<int> wrong{0}, done{0};
  std::vector<std::thread> ts;
  for (int t = 0; t < 8; ++t)
    ts.emplace_back([&, t] {
      auto c = shared_server().client();
      c->set_keep_alive(true);
      for (int i = 0; i < 40; ++i) {
        size_t k = static_cast<size_t>(t * 7 + i * 3) % paths.size();
        auto r = c->Get(paths[k].c_str());
        if (!r || r->status != 200 || r->body != expect[k]) ++wrong;
        ++done;
      }
    });
  for (auto& t : ts) t.join();
  EXPECT_EQ(done.load(), 320);
  EXPECT_EQ(wrong.load(), 0);
}

TEST(ServeApi, InProcessHandlerNeedsNoSockets) {
  // The same Api answers without a server (as the fuzz target drives it).
  Api& api = *shared_server().api;
  httplib::Params params = {{"a", "FRA"}, {"b", "DEU"}, {"by", "year"}};
  Request r;
  r.method = "GET";
  r.path = "/api/dyad";
  r.params = &params;
  Response res = api.handle(r);
  EXPECT_EQ(res.status, 200);
  auto j = json::parse(res.body);
  EXPECT_EQ(j["periods"][0]["ab"]["events"], 2);
  r.path = "/api/events";
  res = api.handle(r);
  EXPECT_EQ(res.status, 400);  // "by" is not an events parameter
}

TEST(ServeSecurity, ConstantTimeCompare) {
  EXPECT_TRUE(constant_time_equal("abcdefghijklmnop", "abcdefghijklmnop"));
  EXPECT_FALSE(constant_time_equal("abcdefghijklmnop", "abcdefghijklmnoq"));
  EXPECT_FALSE(constant_time_equal("abcdefghijklmnop", "abcdefghijklmno"));
  EXPECT_FALSE(constant_time_equal("abcdefghijklmno", "abcdefghijklmnop"));
  EXPECT_FALSE(constant_time_equal("", "a"));
  EXPECT_TRUE(constant_time_equal("", ""));
  EXPECT_FALSE(constant_time_equal(std::string("a\0b", 3), std::string("a\0c", 3)));
}

}  // namespace
}  // namespace detente::serve
