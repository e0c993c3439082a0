// The read endpoints over a real server and a real database, checked against
// the store's own queries, independent SQL, and values worked out by hand.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "serve/test_util.h"
#include "store/query.h"
#include "store/sqlite.h"

namespace detente::serve {
namespace {

using nlohmann::json;
using testing::shared_server;
using testing::test_db;

json get_json(const std::string& path, int expect_status = 200) {
  auto c = shared_server().client();
  auto r = c->Get(path.c_str());
  EXPECT_TRUE(r) << path;
  if (!r) return {};
  EXPECT_EQ(r->status, expect_status) << path << ": " << r->body;
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json") << path;
  return json::parse(r->body);
}

// An independent connection for checking answers with plain SQL.
std::unique_ptr<Store> open_ro() { return Store::open(test_db(), StoreOptions{.read_only = true, .create = false}); }

TEST(ServeHealth, CountsMatchTheDatabase) {
  json j = get_json("/api/health");
  auto s = open_ro();
  EXPECT_EQ(j["status"], "ok");
  EXPECT_EQ(j["version"], DETENTE_VERSION);
  EXPECT_EQ(j["documents"].get<int64_t>(), s->db().scalar("SELECT count(*) FROM documents"));
  EXPECT_EQ(j["events"].get<int64_t>(), s->db().scalar("SELECT count(*) FROM events"));
  EXPECT_GT(j["events"].get<int64_t>(), 4);  // the examples code to events, plus the hand-made ones
  // The hand-made documents are the earliest (1990); the examples are from 2026.
  EXPECT_EQ(j["first_date"], "1990-01-05");
  Date last = Date::from_days(static_cast<int32_t>(s->db().scalar("SELECT max(date) FROM events")));
  EXPECT_EQ(j["last_date"], last.iso());
}

TEST(ServeDyad, MonthlySeriesWorkedOutByHand) {
  json j = get_json("/api/dyad?a=FRA&b=DEU&by=month");
  EXPECT_EQ(j["a"], "FRA");
  EXPECT_EQ(j["b"], "DEU");
  EXPECT_EQ(j["by"], "month");
  EXPECT_EQ(j["counting"], "one-a-day");
  // No from/to: from the dyad's first event (1990-01-05) to its last (1990-03-03).
  ASSERT_EQ(j["periods"].size(), 3u) << j.dump();
  const json& jan = j["periods"][0];
  EXPECT_EQ(jan["period"], "1990-01");
  EXPECT_EQ(jan["start"], "1990-01-01");
  EXPECT_EQ(jan["ab"]["events"], 2);  // the repeat on Jan 20 counts once
  EXPECT_EQ(jan["ab"]["quad"], json::array({2, 0, 0, 0}));
  // 0.1 + 0.2 is 0.30000000000000004 in binary: the answer is rounded.
  EXPECT_EQ(jan["ab"]["goldstein_sum"].dump(), "0.3");
  EXPECT_EQ(jan["ab"]["goldstein_mean"].dump(), "0.15");
  EXPECT_EQ(jan["ba"]["events"], 0);
  EXPECT_TRUE(jan["ba"]["goldstein_mean"].is_null());
  const json& feb = j["periods"][1];
  EXPECT_EQ(feb["period"], "1990-02");
  EXPECT_EQ(feb["both"]["events"], 0);
  const json& mar = j["periods"][2];
  EXPECT_EQ(mar["ba"]["events"], 1);
  EXPECT_EQ(mar["ba"]["quad"], json::array({0, 0, 1, 0}));
  EXPECT_EQ(mar["ba"]["goldstein_sum"].dump(), "-2.0");
  EXPECT_EQ(mar["both"]["events"], 1);

  json all = get_json("/api/dyad?a=fra&b=deu&by=month&all_events=1");
  EXPECT_EQ(all["counting"], "all");
  EXPECT_EQ(all["periods"][0]["ab"]["events"], 3);
  EXPECT_EQ(all["periods"][0]["ab"]["goldstein_sum"].dump(), "0.5");

  // A longer code selects that code: FRAGOV -> DEU has the January events,
  // DEU -> FRAGOV none (March's target is FRA).
  json gov = get_json("/api/dyad?a=FRAGOV&b=DEU&by=year&from=1990&to=1991");
  ASSERT_EQ(gov["periods"].size(), 2u);
  EXPECT_EQ(gov["periods"][0]["ab"]["events"], 2);
  EXPECT_EQ(gov["periods"][0]["ba"]["events"], 0);
  EXPECT_EQ(gov["periods"][1]["period"], "1991");
}

TEST(ServeDyad, SameAsTheSharedQueryAndTheCli) {
  // The answer is byte for byte what dyad_json(dyad_series(...)) writes, which
  // is also what `detente dyad --format json` prints.
  auto store = open_ro();
  for (const char* by : {"day", "week", "month", "year"}) {
    DyadQuery q;
    q.a = "KOR";
    q.b = "JPN";
    q.by = parse_period(by);
    std::string expect = dyad_json(q, dyad_series(*store, q));
    auto r = shared_server().client()->Get((std::string("/api/dyad?a=KOR&b=JPN&by=") + by).c_str());
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(r->body, expect) << by;
  }
  json j = get_json("/api/dyad?a=KOR&b=JPN&by=month");
  // The examples' Seoul-Tokyo story codes KOR-JPN events (checked against the
  // database here, not against the answer).
  int64_t kor_jpn = open_ro()->db().scalar(
      "SELECT count(*) FROM daily WHERE (source_entity = 'KOR' AND target_entity = 'JPN') OR "
      "(source_entity = 'JPN' AND target_entity = 'KOR')");
  int64_t total = 0;
  for (const auto& p : j["periods"]) total += p["both"]["events"].get<int64_t>();
  EXPECT_EQ(total, kor_jpn);
}

TEST(ServeDyad, NoEventsIsAnEmptySeries) {
  json j = get_json("/api/dyad?a=NZL&b=ISL");
  EXPECT_TRUE(j["periods"].empty());
  // With both bounds, the periods are listed, empty.
  j = get_json("/api/dyad?a=NZL&b=ISL&by=year&from=2000&to=2002");
  ASSERT_EQ(j["periods"].size(), 3u);
  EXPECT_EQ(j["periods"][2]["both"]["events"], 0);
}

TEST(ServeDyads, RankedUnorderedPairs) {
  json j = get_json("/api/dyads?limit=200");
  ASSERT_TRUE(j["dyads"].is_array());
  ASSERT_FALSE(j["dyads"].empty());
  // Independent count: every stored event between the two entities, either way.
  auto s = open_ro();
  uint64_t prev = UINT64_MAX;
  bool saw_hand = false;
  for (const auto& d : j["dyads"]) {
    std::string a = d["a"], b = d["b"];
    EXPECT_LT(a, b);
    uint64_t n = d["events"];
    EXPECT_LE(n, prev);
    prev = n;
    sql::Stmt q(s->db(), "SELECT count(*) FROM events WHERE (substr(source, 1, length(?1)) = ?1 AND "
                         "substr(target, 1, length(?2)) = ?2) OR (substr(source, 1, length(?2)) = ?2 AND "
                         "substr(target, 1, length(?1)) = ?1)");
    q.bind(1, a).bind(2, b);
    ASSERT_TRUE(q.step());
    EXPECT_EQ(static_cast<uint64_t>(q.i64(0)), n) << a << "-" << b;
    if (a == "DEU" && b == "FRA") {
      saw_hand = true;
      EXPECT_EQ(n, 4u);  // 3 January events + 1 in March
    }
  }
  EXPECT_TRUE(saw_hand);
  json two = get_json("/api/dyads?limit=2");
  EXPECT_LE(two["dyads"].size(), 2u);
  EXPECT_EQ(two["dyads"][0], j["dyads"][0]);
}

TEST(ServeActors, NamesCountsAndSearch) {
  json j = get_json("/api/actors?q=fra");
  ASSERT_FALSE(j["actors"].empty());
  const json& fra = j["actors"][0];
  EXPECT_EQ(fra["code"], "FRA");
  EXPECT_EQ(fra["name"], "France");
  EXPECT_EQ(fra["events"], 4);  // the hand-made events all involve France
  // Substring of the name, any case.
  json g = get_json("/api/actors?q=ERMAN");
  bool deu = false;
  for (const auto& a : g["actors"]) deu = deu || a["code"] == "DEU";
  EXPECT_TRUE(deu) << g.dump();
  // Every actor, ranked; the counts agree with plain SQL on the events.
  json all = get_json("/api/actors?limit=500");
  auto s = open_ro();
  for (const auto& a : all["actors"]) {
    std::string code = a["code"];
    sql::Stmt q(s->db(), "SELECT count(*) FROM events WHERE substr(source, 1, length(?1)) = ?1 OR "
                         "substr(target, 1, length(?1)) = ?1");
    q.bind(1, code);
    ASSERT_TRUE(q.step());
    if (code.size() == 3) {
      EXPECT_EQ(a["events"].get<int64_t>(), q.i64(0)) << code;
    }
  }
  EXPECT_EQ(get_json("/api/actors?q=zzzzzz")["actors"].size(), 0u);
  EXPECT_LE(get_json("/api/actors?limit=1")["actors"].size(), 1u);
}

TEST(ServeEvents, TotalPagingAndOrder) {
  auto s = open_ro();
  int64_t all = s->db().scalar("SELECT count(*) FROM events");
  json j = get_json("/api/events?page_size=500");
  EXPECT_EQ(j["total"].get<int64_t>(), all);
  EXPECT_EQ(j["page"], 1);
  EXPECT_EQ(j["page_size"], 500);
  ASSERT_EQ(static_cast<int64_t>(j["events"].size()), std::min<int64_t>(all, 500));
  // Ordered by date then event id.
  for (size_t i = 1; i < j["events"].size(); ++i) {
    const json &a = j["events"][i - 1], &b = j["events"][i];
    std::string da = a["date"].is_null() ? "" : a["date"].get<std::string>();
    std::string db = b["date"].is_null() ? "" : b["date"].get<std::string>();
    EXPECT_TRUE(da < db || (da == db && a["event_id"] < b["event_id"])) << i;
  }
  // Pages of 3 concatenate to the first 6.
  json p1 = get_json("/api/events?page_size=3&page=1"), p2 = get_json("/api/events?page_size=3&page=2");
  ASSERT_EQ(p1["events"].size(), 3u);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(p1["events"][i]["event_id"], j["events"][i]["event_id"]);
    if (static_cast<int64_t>(i + 3) < all) {
      EXPECT_EQ(p2["events"][i]["event_id"], j["events"][i + 3]["event_id"]);
    }
  }
  // Past the end: an empty page, the same total.
  json far = get_json("/api/events?page=100000");
  EXPECT_EQ(far["total"].get<int64_t>(), all);
  EXPECT_TRUE(far["events"].empty());
}

TEST(ServeEvents, FiltersMatchIndependentCounts) {
  auto s = open_ro();
  auto count = [&](const char* where) { return s->db().scalar(std::string("SELECT count(*) FROM events WHERE ") + where); };
  EXPECT_EQ(get_json("/api/events?a=FRA&b=DEU")["total"], 4);
  EXPECT_EQ(get_json("/api/events?a=FRA&b=DEU&directed=1")["total"], 3);
  EXPECT_EQ(get_json("/api/events?a=DEU&b=FRA&directed=1")["total"], 1);
  EXPECT_EQ(get_json("/api/events?a=FRAGOV&b=DEU")["total"], 3);  // March's target is FRA, not FRAGOV
  EXPECT_EQ(get_json("/api/events?a=FRA&from=1990-01-10&to=1990-02")["total"], 2);
  EXPECT_EQ(get_json("/api/events?a=FRA&code=11")["total"], 1);
  EXPECT_EQ(get_json("/api/events?a=FRA&root=03&quad=1")["total"], 3);
  EXPECT_EQ(get_json("/api/events?doc=hand%2Fjan%2020")["total"], 2);
  EXPECT_EQ(get_json("/api/events?a=KOR")["total"].get<int64_t>(),
            count("substr(source, 1, 3) = 'KOR' OR substr(target, 1, 3) = 'KOR'"));
  EXPECT_EQ(get_json("/api/events?quad=4")["total"].get<int64_t>(), count("quad = 4"));
  EXPECT_EQ(get_json("/api/events?code=0")["total"].get<int64_t>(), count("code LIKE '0%'"));
  // Every returned event satisfies its filter. (The answer is held in a
  // local: a range-for over a member of a temporary reads freed memory,
  // found by ASan.)
  json deu = get_json("/api/events?a=DEU&directed=1&page_size=500");
  ASSERT_FALSE(deu["events"].empty());
  for (const auto& e : deu["events"])
    EXPECT_EQ(e["source"].get<std::string>().substr(0, 3), "DEU");
}

TEST(ServeEvents, RecordShapeAndDocumentRelativeSpans) {
  json j = get_json("/api/events?page_size=500");
  ASSERT_FALSE(j["events"].empty());
  std::map<std::string, std::string> texts;
  auto c = shared_server().client();
  size_t checked = 0;
  for (const auto& e : j["events"]) {
    for (const char* k : {"doc_id", "sentence", "date", "source", "target", "code", "root", "quad", "goldstein",
                          "plover", "mode", "source_text", "target_text", "verb_text", "spans", "location",
                          "pattern", "text", "event_id", "title"})
      EXPECT_TRUE(e.contains(k)) << k << " in " << e.dump();
    std::string id = e["doc_id"];
    if (!texts.count(id)) {
      auto r = c->Get(("/api/documents/" + httplib::detail::encode_query_param(id)).c_str());
      ASSERT_TRUE(r);
      ASSERT_EQ(r->status, 200) << id;
      texts[id] = json::parse(r->body)["text"];
    }
    const std::string& text = texts[id];
    for (const char* role : {"source", "verb", "target"}) {
      uint32_t b = e["spans"][role][0], en = e["spans"][role][1];
      if (b == en) continue;
      ASSERT_LE(en, text.size());
      std::string want = e[std::string(role) + "_text"];
      EXPECT_EQ(text.substr(b, en - b), want) << role << " of event " << e["event_id"];
      ++checked;
    }
    // The sentence is in the document too.
    EXPECT_NE(text.find(e["text"].get<std::string>()), std::string::npos);
  }
  EXPECT_GT(checked, 10u);
}

TEST(ServeDocuments, LatestVersionWithTextAndEvents) {
  json d = get_json("/api/documents/hand%2Fjan%2020");
  EXPECT_EQ(d["doc_id"], "hand/jan 20");
  EXPECT_EQ(d["date"], "1990-01-20");
  EXPECT_EQ(d["title"], "Hand-made hand/jan 20");
  EXPECT_EQ(d["source"], "test wire");
  EXPECT_EQ(d["text"], testing::kHandText[1]);
  ASSERT_EQ(d["events"].size(), 2u);
  EXPECT_EQ(d["events"][1]["sentence"], 1);
  EXPECT_EQ(d["events"][1]["source_text"], "France");
  uint32_t b = d["events"][1]["spans"]["source"][0];
  EXPECT_EQ(std::string(testing::kHandText[1]).substr(b, 6), "France");
  EXPECT_GT(b, 30u);  // the second sentence's "France": an offset into the document, not the sentence

  json missing = get_json("/api/documents/no-such-document", 404);
  EXPECT_EQ(missing["error"]["status"], 404);
  EXPECT_EQ(missing["error"]["code"], "E007");
}

TEST(ServeDocuments, ExampleStoryRoundTrips) {
  json d = get_json("/api/documents/ex-2026-10-01-sanctions");
  EXPECT_EQ(d["date"], "2026-10-01");
  EXPECT_EQ(d["title"], "US imposes new sanctions on Iranian oil exports");
  EXPECT_NE(d["text"].get<std::string>().find("WASHINGTON"), std::string::npos);
  auto s = open_ro();
  sql::Stmt q(s->db(), "SELECT count(*) FROM events e JOIN documents d ON d.id = e.doc WHERE d.doc_id = ?1");
  q.bind(1, "ex-2026-10-01-sanctions");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(static_cast<int64_t>(d["events"].size()), q.i64(0));
}

}  // namespace
}  // namespace detente::serve
