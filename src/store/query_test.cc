#include "store/query.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

#include "core/error.h"
#include "store/sqlite.h"
#include "store/synth.h"
#include "store/test_util.h"

namespace detente {
namespace {

using testing::TempDb;

Event ev(Date d, const char* src, const char* tgt, const char* code, int quad, double g) {
  Event e;
  e.date = d;
  e.source = src;
  e.target = tgt;
  e.code = code;
  e.root = std::string(code).substr(0, 2);
  e.quad = quad;
  e.goldstein = g;
  e.text = std::string(src) + " " + code + " " + tgt;
  return e;
}

Document doc(const std::string& id, Date d, const std::string& outlet = "") {
  Document x;
  x.id = id;
  x.date = d;
  x.text = "story " + id;
  x.source = outlet;
  return x;
}

class Dyad : public ::testing::Test {
 protected:
  void SetUp() override {
    store = Store::open(db.path);
    Date m1 = make_date(1987, 3, 2), m1b = make_date(1987, 3, 20), m3 = make_date(1987, 5, 31);
    auto add = [&](const std::string& id, Date d, std::vector<Event> events) {
      for (auto& e : events) e.doc_id = id;
      store->add(doc(id, d, "Reuters"), events);
    };
    add("a", m1, {ev(m1, "USAGOV", "JPNGOV", "172", 4, -5.0), ev(m1, "USAGOV", "JPNGOV", "172", 4, -5.0),
                  ev(m1, "JPNGOV", "USAGOV", "036", 1, 4.0)});
    add("b", m1b, {ev(m1b, "USA", "JPNBUS", "163", 4, -8.0), ev(m1b, "JPN", "USA", "111", 3, -2.0)});
    add("c", m3, {ev(m3, "JPNGOV", "USAGOV", "057", 1, 8.0), ev(m3, "KORGOV", "JPNGOV", "036", 1, 4.0)});
    store->commit();
  }
  TempDb db;
  std::unique_ptr<Store> store;
};

TEST_F(Dyad, MonthlySeriesEachDirectionAndBoth) {
  DyadQuery q;
  q.a = "usa";
  q.b = "JPN";
  q.by = Period::kMonth;
  auto rows = dyad_series(*store, q);
  ASSERT_EQ(rows.size(), 3u);  // March, April (empty), May
  EXPECT_EQ(rows[0].label, "1987-03");
  EXPECT_EQ(rows[1].label, "1987-04");
  EXPECT_EQ(rows[2].label, "1987-05");
  // One a day: the repeated USAGOV->JPNGOV 172 on March 2 counts once.
  EXPECT_EQ(rows[0].ab.events, 2u);
  EXPECT_EQ(rows[0].ab.quad[4], 2u);
  EXPECT_DOUBLE_EQ(rows[0].ab.goldstein_sum, -13.0);
  EXPECT_DOUBLE_EQ(rows[0].ab.goldstein_mean(), -6.5);
  EXPECT_EQ(rows[0].ba.events, 2u);
  EXPECT_EQ(rows[0].ba.quad[1], 1u);
  EXPECT_EQ(rows[0].ba.quad[3], 1u);
  EXPECT_EQ(rows[0].both.events, 4u);
  EXPECT_DOUBLE_EQ(rows[0].both.goldstein_sum, -11.0);
  EXPECT_EQ(rows[1].both.events, 0u);
  EXPECT_EQ(rows[2].ba.events, 1u);
  EXPECT_EQ(rows[2].ab.events, 0u);
  q.all_events = true;
  rows = dyad_series(*store, q);
  EXPECT_EQ(rows[0].ab.events, 3u);
  EXPECT_DOUBLE_EQ(rows[0].ab.goldstein_sum, -18.0);
}

TEST_F(Dyad, CodesRangesAndPeriods) {
  DyadQuery q;
  q.a = "USAGOV";
  q.b = "JPN";
  q.by = Period::kDay;
  q.from = make_date(1987, 3, 1);
  q.to = make_date(1987, 3, 3);
  auto rows = dyad_series(*store, q);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1].label, "1987-03-02");
  EXPECT_EQ(rows[1].ab.events, 1u);  // USAGOV only, not the USA -> JPNBUS event
  EXPECT_EQ(rows[1].ba.events, 1u);  // JPNGOV -> USAGOV
  q.by = Period::kWeek;
  q.from = {};
  q.to = {};
  rows = dyad_series(*store, q);
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows[0].label, "1987-W10");
  EXPECT_EQ(rows[0].start.iso(), "1987-03-02");
  q.a = "KOR";
  q.b = "USA";
  EXPECT_TRUE(dyad_series(*store, q).empty());
}

TEST_F(Dyad, JsonIsRoundedAndShared) {
  // Goldstein 0.1 + 0.2 (0.30000000000000004 in binary) on one day each.
  Date d1 = make_date(1990, 1, 5), d2 = make_date(1990, 1, 6);
  store->add(doc("r1", d1), {ev(d1, "FRA", "DEU", "036", 1, 0.1)});
  store->add(doc("r2", d2), {ev(d2, "FRA", "DEU", "036", 1, 0.2)});
  store->commit();
  DyadQuery q;
  q.a = "fra";
  q.b = "DEU";
  q.by = Period::kMonth;
  std::string j = dyad_json(q, dyad_series(*store, q));
  EXPECT_EQ(j,
            "{\"a\":\"FRA\",\"b\":\"DEU\",\"by\":\"month\",\"counting\":\"one-a-day\",\"periods\":[{\"period\":"
            "\"1990-01\",\"start\":\"1990-01-01\",\"ab\":{\"events\":2,\"quad\":[2,0,0,0],\"goldstein_sum\":0.3,"
            "\"goldstein_mean\":0.15},\"ba\":{\"events\":0,\"quad\":[0,0,0,0],\"goldstein_sum\":0.0,\"goldstein_mean\":"
            "null},\"both\":{\"events\":2,\"quad\":[2,0,0,0],\"goldstein_sum\":0.3,\"goldstein_mean\":0.15}}]}");
  EXPECT_NO_THROW(nlohmann::json::parse(j));
}

TEST_F(Dyad, DefaultRangeIsTheDyadsOwnAndPeriodsAreCapped) {
  DyadQuery q;
  q.a = "USA";
  q.b = "JPN";
  q.by = Period::kDay;
  auto rows = dyad_series(*store, q);  // no from/to: the dyad's first to last event
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows.front().label, "1987-03-02");
  EXPECT_EQ(rows.back().label, "1987-05-31");
  EXPECT_EQ(rows.size(), count_periods(Period::kDay, make_date(1987, 3, 2), make_date(1987, 5, 31)));
  // Only one bound: the other comes from the events.
  q.from = make_date(1987, 3, 15);
  rows = dyad_series(*store, q);
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows.front().label, "1987-03-15");
  EXPECT_EQ(rows.back().label, "1987-05-31");
  q.from = {};
  q.max_periods = 10;
  EXPECT_THROW(dyad_series(*store, q), Error);
  q.max_periods = 91;  // March 2 .. May 31
  EXPECT_EQ(dyad_series(*store, q).size(), 91u);
  EXPECT_EQ(count_periods(Period::kWeek, make_date(2019, 10, 20), make_date(2019, 10, 21)), 2u);  // Sun, Mon
  EXPECT_EQ(count_periods(Period::kMonth, make_date(1987, 12, 31), make_date(1988, 1, 1)), 2u);
  EXPECT_EQ(count_periods(Period::kYear, make_date(1800, 1, 1), make_date(2200, 12, 31)), 401u);
  EXPECT_EQ(count_periods(Period::kDay, make_date(2000, 1, 2), make_date(2000, 1, 1)), 0u);
}

TEST_F(Dyad, FindEventsFiltersPagesAndOrders) {
  EventQuery q;
  EXPECT_EQ(count_events(*store, q), 7u);
  q.a = "USA";
  q.b = "JPN";
  EXPECT_EQ(count_events(*store, q), 6u);  // every USA-JPN event, both ways (not KOR)
  q.directed = true;
  EXPECT_EQ(count_events(*store, q), 3u);  // USAGOV->JPNGOV twice, USA->JPNBUS
  q.a = "USAGOV";
  EXPECT_EQ(count_events(*store, q), 2u);
  q = {};
  q.a = "JPNBUS";  // a longer code: that code and its sub-codes
  EXPECT_EQ(count_events(*store, q), 1u);
  q = {};
  q.code = "17";
  EXPECT_EQ(count_events(*store, q), 2u);
  q.code = "";
  q.root = "03";
  EXPECT_EQ(count_events(*store, q), 2u);
  q.root = "";
  q.quad = 4;
  EXPECT_EQ(count_events(*store, q), 3u);
  q = {};
  q.from = make_date(1987, 3, 10);
  q.to = make_date(1987, 4, 30);
  EXPECT_EQ(count_events(*store, q), 2u);
  q = {};
  q.doc_id = "c";
  EXPECT_EQ(count_events(*store, q), 2u);
  q.doc_id = "c' OR '1'='1";
  EXPECT_EQ(count_events(*store, q), 0u);
  // Order by date then id, and pages.
  q = {};
  std::vector<std::pair<int32_t, uint64_t>> all;
  find_events(*store, q, [&](const Document& d, const Event& e, const EventExtras& x) {
    all.emplace_back(e.date.days(), x.event_id);
    EXPECT_EQ(d.id, e.doc_id);
  });
  ASSERT_EQ(all.size(), 7u);
  EXPECT_TRUE(std::is_sorted(all.begin(), all.end()));
  q.offset = 2;
  q.limit = 3;
  std::vector<uint64_t> page;
  EXPECT_EQ(find_events(*store, q, [&](const Document&, const Event&, const EventExtras& x) { page.push_back(x.event_id); }), 3u);
  ASSERT_EQ(page.size(), 3u);
  EXPECT_EQ(page[0], all[2].second);
  EXPECT_EQ(page[2], all[4].second);
}

TEST_F(Dyad, RanksDyadsAndEntities) {
  auto dyads = top_dyads(*store, 10);
  ASSERT_EQ(dyads.size(), 2u);
  EXPECT_EQ(dyads[0].a, "JPN");  // unordered: a < b
  EXPECT_EQ(dyads[0].b, "USA");
  EXPECT_EQ(dyads[0].events, 6u);
  EXPECT_EQ(dyads[1].a, "JPN");
  EXPECT_EQ(dyads[1].b, "KOR");
  EXPECT_EQ(dyads[1].events, 1u);
  EXPECT_EQ(top_dyads(*store, 1).size(), 1u);
  auto ents = entity_counts(*store);
  ASSERT_EQ(ents.size(), 3u);
  EXPECT_EQ(ents[0].entity, "JPN");
  EXPECT_EQ(ents[0].events, 7u);
  EXPECT_EQ(ents[1].entity, "USA");
  EXPECT_EQ(ents[1].events, 6u);
  EXPECT_EQ(ents[2].entity, "KOR");
  EXPECT_EQ(ents[2].events, 1u);
}

TEST_F(Dyad, FindDocumentTakesTheLatestVersion) {
  Document v2 = doc("a", make_date(1987, 3, 3), "AP");
  v2.text = "story a, corrected";
  store->add(v2, {});
  store->commit();
  StoredDocument d;
  ASSERT_TRUE(find_document(*store, "a", d));
  EXPECT_EQ(d.doc.text, "story a, corrected");
  EXPECT_EQ(d.doc.source, "AP");
  EXPECT_TRUE(d.has_text);
  EventQuery q;
  q.doc_row = d.row;
  EXPECT_EQ(count_events(*store, q), 0u);  // the new version has no events
  q = {};
  q.doc_id = "a";
  EXPECT_EQ(count_events(*store, q), 3u);  // every version's events
  EXPECT_FALSE(find_document(*store, "zz", d));
}

TEST(Periods, LabelsAndBounds) {
  EXPECT_EQ(period_label(Period::kWeek, period_start(Period::kWeek, make_date(2019, 10, 24))), "2019-W43");
  EXPECT_EQ(period_label(Period::kWeek, period_start(Period::kWeek, make_date(2021, 1, 1))), "2020-W53");
  EXPECT_EQ(period_start(Period::kWeek, make_date(1969, 12, 31)).iso(), "1969-12-29");
  EXPECT_EQ(period_next(Period::kMonth, make_date(1987, 12, 1)).iso(), "1988-01-01");
  EXPECT_EQ(parse_date_bound("1987-02", "--to", true).iso(), "1987-02-28");
  EXPECT_EQ(parse_date_bound("1987", "--from", false).iso(), "1987-01-01");
  EXPECT_EQ(parse_date_bound("1987-03-05", "--from", false).iso(), "1987-03-05");
  EXPECT_FALSE(parse_date_bound("", "--from", false).ok());
  EXPECT_THROW(parse_date_bound("soon", "--from", false), Error);
  EXPECT_THROW(parse_period("fortnight"), Error);
}

TEST(Export, RoundTripsTheEventRecord) {
  TempDb db;
  auto store = Store::open(db.path);
  SynthOptions o;
  Document d;
  std::vector<Event> in, all;
  for (uint64_t i = 0; i < 30; ++i) {
    synth_document(i, o, d, in);
    in[0].attribution = "USAGOV";
    in[1].location.geonames_id = 1850147;
    in[1].location.admin1 = "40";
    in[1].location.name = "Tokyo";
    in[1].location.country = "JPN";
    in[1].location.how = "sentence";
    store->add(d, in);
    all.insert(all.end(), in.begin(), in.end());
  }
  store->commit();
  std::vector<Event> out;
  std::vector<EventExtras> extras;
  export_events(*store, {}, [&](const Document& doc, const Event& e, const EventExtras& x) {
    EXPECT_EQ(doc.id, e.doc_id);
    EXPECT_FALSE(doc.url.empty());
    out.push_back(e);
    extras.push_back(x);
  });
  ASSERT_EQ(out.size(), all.size());
  for (size_t i = 0; i < all.size(); ++i) {
    const Event &a = all[i], &b = out[i];
    EXPECT_EQ(a.doc_id, b.doc_id);
    EXPECT_EQ(a.sentence, b.sentence);
    EXPECT_EQ(a.date, b.date);
    EXPECT_EQ(a.source, b.source);
    EXPECT_EQ(a.target, b.target);
    EXPECT_EQ(a.code, b.code);
    EXPECT_EQ(a.root, b.root);
    EXPECT_EQ(a.quad, b.quad);
    EXPECT_EQ(a.goldstein, b.goldstein);
    EXPECT_EQ(a.source_text, b.source_text);
    EXPECT_EQ(a.verb_span.end, b.verb_span.end);
    EXPECT_EQ(a.location.name, b.location.name);
    EXPECT_EQ(a.location.lat, b.location.lat);
    EXPECT_EQ(a.location.geonames_id, b.location.geonames_id);
    EXPECT_EQ(a.location.how, b.location.how);
    EXPECT_EQ(a.attribution, b.attribution);
    EXPECT_EQ(a.pattern, b.pattern);
    EXPECT_EQ(a.text, b.text);
    EXPECT_EQ(extras[i].event_id, i + 1);
    EXPECT_GE(extras[i].mentions, 1u);
    EXPECT_EQ(extras[i].added.size(), 14u);
  }
  // Filters.
  ExportFilter f;
  f.actors = {"kor"};
  f.codes = {"03", "16"};
  uint64_t n = export_events(*store, f, [&](const Document&, const Event& e, const EventExtras&) {
    EXPECT_TRUE(e.source.rfind("KOR", 0) == 0 || e.target.rfind("KOR", 0) == 0);
    EXPECT_TRUE(e.code.rfind("03", 0) == 0 || e.code.rfind("16", 0) == 0);
  });
  uint64_t expect = 0;
  for (const auto& e : all)
    if ((e.source.rfind("KOR", 0) == 0 || e.target.rfind("KOR", 0) == 0) &&
        (e.code.rfind("03", 0) == 0 || e.code.rfind("16", 0) == 0))
      ++expect;
  EXPECT_EQ(n, expect);
  f = {};
  f.from = make_date(2005, 1, 1);
  f.to = make_date(2009, 12, 31);
  f.limit = 5;
  n = export_events(*store, f, [&](const Document&, const Event& e, const EventExtras&) {
    EXPECT_GE(e.date.year, 2005);
    EXPECT_LE(e.date.year, 2009);
  });
  EXPECT_LE(n, 5u);
  // Through a writer: JSON Lines parse back with the store's columns.
  char* buf = nullptr;
  size_t len = 0;
  std::FILE* mem = open_memstream(&buf, &len);
  auto w = make_writer("jsonl", mem, WriterOptions{true});
  f = {};
  f.limit = 3;
  export_events(*store, f, [&](const Document& doc, const Event& e, const EventExtras& x) { w->write(doc, e, x); });
  w->finish();
  std::fclose(mem);
  std::string text(buf, len);
  std::free(buf);
  size_t lines = 0;
  for (size_t p = 0, q; (q = text.find('\n', p)) != std::string::npos; p = q + 1, ++lines) {
    auto j = nlohmann::json::parse(text.substr(p, q - p));
    EXPECT_EQ(j["doc_id"], all[lines].doc_id);
    EXPECT_EQ(j["event_id"], lines + 1);
    EXPECT_TRUE(j.contains("num_sources"));
  }
  EXPECT_EQ(lines, 3u);
}

TEST(Stats, CountsAndTops) {
  TempDb db;
  SynthOptions o;
  EXPECT_EQ(build_synthetic_db(db.path, 2000, o), 2000u);
  auto store = Store::open(db.path);
  StoreStats s = store_stats(*store, 5);
  EXPECT_EQ(s.documents, 200u);
  EXPECT_EQ(s.events, 2000u);
  EXPECT_EQ(s.schema_version, kSchemaVersion);
  EXPECT_GT(s.daily, 1900u);
  ASSERT_EQ(s.top_dyads.size(), 5u);
  EXPECT_GE(s.top_dyads[0].second, s.top_dyads[4].second);
  EXPECT_EQ(s.top_codes.size(), 5u);
  EXPECT_TRUE(s.first.ok());
  EXPECT_TRUE(store->check().empty());
  // The one pass over dyad_daily gives what SQL's aggregates give.
  sql::Db& sdb = store->db();
  EXPECT_EQ(s.daily, static_cast<uint64_t>(sdb.scalar("SELECT count(*) FROM daily")));
  EXPECT_EQ(s.first.days(), sdb.scalar("SELECT min(date) FROM daily"));
  EXPECT_EQ(s.last.days(), sdb.scalar("SELECT max(date) FROM daily"));
  std::vector<std::pair<std::string, uint64_t>> dyads, codes;
  for (auto [q, out] : {std::pair{"SELECT source_entity || '-' || target_entity, sum(mentions) n FROM daily GROUP BY 1 "
                                  "ORDER BY n DESC, 1 LIMIT 5", &dyads},
                        {"SELECT code, sum(mentions) n FROM daily GROUP BY 1 ORDER BY n DESC, 1 LIMIT 5", &codes}}) {
    sql::Stmt st(sdb, q);
    while (st.step()) out->emplace_back(std::string(st.text(0)), static_cast<uint64_t>(st.i64(1)));
  }
  EXPECT_EQ(s.top_dyads, dyads);
  EXPECT_EQ(s.top_codes, codes);
  EXPECT_EQ(store_stats(*store, -1).top_codes.size(), static_cast<size_t>(sdb.scalar("SELECT count(DISTINCT code) FROM daily")));
  // The date range by skip-scan, as min/max over the table.
  DateRange r = store_date_range(*store);
  EXPECT_EQ(r.first.days(), s.first.days());
  EXPECT_EQ(r.last.days(), s.last.days());
  {
    TempDb empty("empty");
    auto e = Store::open(empty.path);
    EXPECT_FALSE(store_date_range(*e).first.ok());
    EXPECT_FALSE(store_stats(*e).first.ok());
  }
  // Building again adds nothing.
  EXPECT_EQ(build_synthetic_db(db.path, 2000, o), 2000u);
  EXPECT_EQ(store_stats(*store, 5).events, 2000u);
}

}  // namespace
}  // namespace detente
