// POST /api/code (stateless coding) and POST /api/documents (ingest behind
// the bearer token), over a real server.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "pipeline/explain.h"
#include "serve/test_util.h"
#include "store/sqlite.h"

namespace detente::serve {
namespace {

using nlohmann::json;
using testing::shared_server;

const char* kSentence = "Japan imposed export restrictions on South Korea. South Korea protested to Japan.";

httplib::Result post_code(const json& body, const char* type = "application/json") {
  return shared_server().client()->Post("/api/code", body.dump(), type);
}

TEST(ServeCode, EventsAsThePipelineCodesThem) {
  auto r = post_code({{"text", kSentence}, {"date", "2019-07-04"}});
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  json j = json::parse(r->body);
  EXPECT_FALSE(j.contains("explain"));
  EXPECT_EQ(j["text"], kSentence);
  // The same text through the pipeline directly.
  Document doc;
  doc.id = "request";
  doc.text = kSentence;
  doc.date = make_date(2019, 7, 4);
  CodedDocument coded;
  testing::pipeline()->code(doc, coded);
  ASSERT_FALSE(coded.events.empty());
  ASSERT_EQ(j["events"].size(), coded.events.size());
  for (size_t i = 0; i < coded.events.size(); ++i) {
    const json& e = j["events"][i];
    const Event& x = coded.events[i];
    EXPECT_EQ(e["source"], x.source);
    EXPECT_EQ(e["target"], x.target);
    EXPECT_EQ(e["code"], x.code);
    EXPECT_EQ(e["date"], "2019-07-04");
    EXPECT_FALSE(e.contains("event_id"));  // not stored
    // Spans are byte offsets into the posted text.
    for (const char* role : {"source", "verb", "target"}) {
      uint32_t b = e["spans"][role][0], en = e["spans"][role][1];
      EXPECT_EQ(std::string(kSentence).substr(b, en - b), e[std::string(role) + "_text"].get<std::string>()) << role;
    }
  }
}

TEST(ServeCode, ExplainAndOptions) {
  auto r = post_code({{"text", kSentence}, {"date", "2019-07-04"}, {"explain", true}});
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  json j = json::parse(r->body);
  ASSERT_TRUE(j["explain"].is_object());
  // The explanation is `detente explain --json` of the same text.
  Document doc;
  doc.id = "request";
  doc.text = kSentence;
  doc.date = make_date(2019, 7, 4);
  CodedDocument coded;
  CodeTrace trace;
  testing::pipeline()->code(doc, coded, &trace);
  EXPECT_EQ(j["explain"], json::parse(explain_json(doc, coded, trace).dump()));

  // keep_modal keeps a hypothetical event the default drops.
  const char* modal = "Japan may impose sanctions on North Korea.";
  json off = json::parse(post_code({{"text", modal}, {"date", "2019-07-04"}})->body);
  json on = json::parse(post_code({{"text", modal}, {"date", "2019-07-04"}, {"keep_modal", true}})->body);
  EXPECT_GT(on["events"].size(), off["events"].size()) << on.dump();
  bool hypothetical = false;
  for (const auto& e : on["events"]) hypothetical = hypothetical || !e["mode"].get<std::string>().empty();
  EXPECT_TRUE(hypothetical);
  // allow_no_target keeps an event without a target.
  const char* lone = "Japan protested.";
  json lone_on = json::parse(post_code({{"text", lone}, {"date", "2019-07-04"}, {"allow_no_target", true}})->body);
  json lone_off = json::parse(post_code({{"text", lone}, {"date", "2019-07-04"}})->body);
  EXPECT_GE(lone_on["events"].size(), lone_off["events"].size());
}

TEST(ServeCode, BadRequests) {
  auto c = shared_server().client();
  auto status = [&](const std::string& body, const char* type = "application/json") {
    auto r = c->Post("/api/code", body, type);
    return r ? r->status : 0;
  };
  EXPECT_EQ(status("not json"), 400);
  EXPECT_EQ(status("[1,2]"), 400);
  EXPECT_EQ(status(R"({"text":"Japan protested."})"), 400);                      // no date
  EXPECT_EQ(status(R"({"date":"2019-07-04"})"), 400);                            // no text
  EXPECT_EQ(status(R"({"text":"x","date":"someday"})"), 400);
  EXPECT_EQ(status(R"({"text":"x","date":"1700-01-01"})"), 400);
  EXPECT_EQ(status(R"({"text":"x","date":"2019-07-04","explain":"yes"})"), 400);
  EXPECT_EQ(status(R"({"text":"x","date":"2019-07-04","verbose":true})"), 400);  // unknown field
  EXPECT_EQ(status(R"({"text":"a\u0000b","date":"2019-07-04"})"), 400);
  EXPECT_EQ(status(R"({"text":"x","date":"2019-07-04"})", "text/plain"), 415);
  EXPECT_EQ(status(R"({"text":"","date":"2019-07-04"})"), 200);  // empty text: no events
  // The body limit (1 MiB by default): at the limit it is read, one byte more is 413.
  json big = {{"text", ""}, {"date", "2019-07-04"}};
  std::string at_limit = big.dump();
  at_limit.insert(at_limit.find("\"\"") + 1, std::string((1 << 20) - at_limit.size(), ' '));
  ASSERT_EQ(at_limit.size(), size_t(1) << 20);
  EXPECT_EQ(status(at_limit), 200);
  std::string over = at_limit;
  over.insert(over.find("\"\"") + 1, " ");
  auto r = c->Post("/api/code", over, "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 413);
  EXPECT_EQ(json::parse(r->body)["error"]["status"], 413);
  // The connection is still usable after a 413 (the rest of the body was read).
  r = c->Get("/api/health");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
}

std::string jsonl(const std::vector<json>& docs) {
  std::string s;
  for (const auto& d : docs) s += (d.is_string() ? d.get<std::string>() : d.dump()) + "\n";
  return s;
}

TEST(ServeIngest, DisabledWithoutAToken) {
  auto r = shared_server().client()->Post("/api/documents", "{}\n", "application/x-ndjson");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 403);
  EXPECT_NE(json::parse(r->body)["error"]["message"].get<std::string>().find("--token-file"), std::string::npos);
}

TEST(ServeIngest, TokenIngestAndEventsAppear) {
  auto db = testing::copy_db("ingest.db");
  const std::string token = "s3cret-token-0123456789abcdef";
  ApiOptions o;
  o.db = db->path;
  o.token = token;
  testing::LiveServer server(o);
  auto c = server.client();

  std::string body = jsonl({
      {{"id", "post-1"}, {"date", "2019-07-04"}, {"title", "Restrictions"}, {"text", kSentence}},
      json("{not json"),
      {{"id", "post-2"}, {"date", "2019-07-05"}, {"text", "South Korea accused Japan of economic retaliation."}},
      {{"id", "post-3"}, {"text", "No date here."}},
  });
  // No token, a wrong one, a right one in the wrong scheme: 401.
  auto r = c->Post("/api/documents", body, "application/x-ndjson");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 401);
  EXPECT_EQ(r->get_header_value("WWW-Authenticate"), "Bearer realm=\"detente\"");
  for (const std::string& auth : std::vector<std::string>{"Bearer wrong", "Bearer " + token.substr(0, token.size() - 1), "Bearer " + token + "x", "Basic " + token, token}) {
    r = c->Post("/api/documents", httplib::Headers{{"Authorization", auth}}, body, "application/x-ndjson");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 401) << auth;
  }
  auto s = Store::open(db->path, StoreOptions{.read_only = true, .create = false});
  EXPECT_EQ(s->db().scalar("SELECT count(*) FROM documents WHERE doc_id LIKE 'post-%'"), 0);

  httplib::Headers auth = {{"Authorization", "Bearer " + token}};
  r = c->Post("/api/documents", auth, body, "application/x-ndjson");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  json j = json::parse(r->body);
  EXPECT_EQ(j["read"], 4);
  EXPECT_EQ(j["coded"], 2);
  EXPECT_EQ(j["rejected"], 2);
  EXPECT_EQ(j["stored"], 2);
  EXPECT_EQ(j["already_stored"], 0);
  ASSERT_EQ(j["rejects"].size(), 2u);
  EXPECT_EQ(j["rejects"][0]["line"], 2);
  EXPECT_NE(j["rejects"][0]["reason"].get<std::string>().find("malformed JSON"), std::string::npos);
  EXPECT_EQ(j["rejects"][1]["line"], 4);
  EXPECT_EQ(j["rejects"][1]["id"], "post-3");
  // The stored events are in the database and in the API.
  int64_t stored = s->db().scalar(
      "SELECT count(*) FROM events e JOIN documents d ON d.id = e.doc WHERE d.doc_id IN ('post-1', 'post-2')");
  EXPECT_EQ(j["events"].get<int64_t>(), stored);
  EXPECT_GT(stored, 0);
  json ev = json::parse(c->Get("/api/events?doc=post-1")->body);
  EXPECT_EQ(ev["total"].get<int64_t>(), s->db().scalar("SELECT count(*) FROM events e JOIN documents d ON d.id = e.doc "
                                                       "WHERE d.doc_id = 'post-1'"));
  ASSERT_FALSE(ev["events"].empty());
  EXPECT_EQ(ev["events"][0]["title"], "Restrictions");
  json doc = json::parse(c->Get("/api/documents/post-1")->body);
  EXPECT_EQ(doc["text"], kSentence);
  // Health sees the new documents.
  json h = json::parse(c->Get("/api/health")->body);
  EXPECT_EQ(h["documents"].get<int64_t>(), s->db().scalar("SELECT count(*) FROM documents"));
  // Again: nothing new.
  r = c->Post("/api/documents", auth, body, "application/x-ndjson");
  ASSERT_TRUE(r);
  j = json::parse(r->body);
  EXPECT_EQ(j["stored"], 0);
  EXPECT_EQ(j["already_stored"], 2);
  EXPECT_EQ(j["events"], 0);
  EXPECT_TRUE(s->check().empty());
  // 16 MiB at most.
  r = c->Post("/api/documents", auth, std::string((size_t(16) << 20) + 1, '\n'), "application/x-ndjson");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 413);
  r = c->Post("/api/documents", auth, std::string(size_t(16) << 20, '\n'), "application/x-ndjson");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);  // blank lines: nothing read
  EXPECT_EQ(json::parse(r->body)["read"], 0);
}

TEST(ServeIngest, ShortTokensAreRefused) {
  ApiOptions o;
  o.db = testing::test_db();
  o.token = "short";
  EXPECT_THROW(Api(testing::pipeline(), o), Error);
}

}  // namespace
}  // namespace detente::serve
