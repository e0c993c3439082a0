#include "store/store.h"

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "core/error.h"
#include "store/query.h"
#include "store/minhash.h"
#include "store/sqlite.h"
#include "store/synth.h"
#include "store/test_util.h"

namespace detente {
namespace {

using testing::TempDb;

Event make_event(const std::string& doc, Date date, const std::string& src, const std::string& tgt,
                 const std::string& code, int quad, double g, uint32_t sentence = 0) {
  Event e;
  e.doc_id = doc;
  e.sentence = sentence;
  e.date = date;
  e.source = src;
  e.target = tgt;
  e.code = code;
  e.root = code.substr(0, 2);
  e.quad = quad;
  e.goldstein = g;
  e.plover = "AGREE";
  e.source_text = "Seoul";
  e.target_text = "Tokyo";
  e.verb_text = "met";
  e.source_span = {0, 5};
  e.verb_span = {6, 9};
  e.target_span = {10, 15};
  e.pattern = "p:1";
  e.text = "Seoul met Tokyo.";
  return e;
}

Document make_doc(const std::string& id, Date date, const std::string& text, const std::string& outlet = "") {
  Document d;
  d.id = id;
  d.date = date;
  d.text = text;
  d.source = outlet;
  d.sentences.resize(2);
  return d;
}

const std::string kWire =
    "South Korean Prime Minister Lee Nak-yon met Japanese Prime Minister Shinzo Abe in Tokyo on Thursday and "
    "the two agreed to pursue diplomatic efforts to repair relations strained by a dispute over wartime labour "
    "and trade restrictions, officials said after the talks.";

TEST(Store, CreatesVersionedWalDatabase) {
  TempDb t;
  auto s = Store::open(t.path);
  EXPECT_EQ(s->schema_version(), kSchemaVersion);
  EXPECT_EQ(s->db().scalar("PRAGMA application_id"), kApplicationId);
  sql::Stmt mode(s->db(), "PRAGMA journal_mode");
  ASSERT_TRUE(mode.step());
  EXPECT_EQ(mode.text(0), "wal");
  EXPECT_TRUE(s->check().empty());
}

TEST(Store, RejectsForeignAndNewerDatabases) {
  TempDb t;
  {
    std::ofstream f(t.path);
    f << "this is not a database, just text that is long enough to be a header......................\n";
  }
  EXPECT_THROW(Store::open(t.path), Error);
  t.remove();
  {
    sql::Db db(t.path, false);
    db.exec("CREATE TABLE x(a)");
  }
  try {
    Store::open(t.path);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), Errc::kBadDatabase);
    EXPECT_NE(std::string(e.what()).find("not a detente database"), std::string::npos);
  }
  t.remove();
  {
    auto s = Store::open(t.path);
    s->db().exec("PRAGMA user_version = 99");
  }
  try {
    Store::open(t.path);
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("newer"), std::string::npos);
  }
  StoreOptions ro;
  ro.read_only = true;
  EXPECT_THROW(Store::open(t.path + ".missing", ro), Error);
}

TEST(Store, ReingestAddsNothing) {
  TempDb t;
  Date d = make_date(2019, 10, 24);
  std::vector<Event> ev = {make_event("a", d, "KORGOV", "JPNGOV", "036", 1, 4.0),
                           make_event("a", d, "JPNGOV", "KORGOV", "163", 4, -8.0, 1)};
  for (int round = 0; round < 2; ++round) {
    auto s = Store::open(t.path);
    bool added = s->add(make_doc("a", d, kWire), ev);
    EXPECT_EQ(added, round == 0);
    s->commit();
    EXPECT_EQ(s->db().scalar("SELECT count(*) FROM documents"), 1);
    EXPECT_EQ(s->db().scalar("SELECT count(*) FROM events"), 2);
    EXPECT_TRUE(s->check().empty());
  }
  // Same id, changed text: a new version of the document is stored.
  auto s = Store::open(t.path);
  EXPECT_TRUE(s->add(make_doc("a", d, kWire + " Updated."), ev));
  EXPECT_FALSE(s->add(make_doc("a", d, kWire + " Updated."), ev));
  s->commit();
  EXPECT_EQ(s->db().scalar("SELECT count(*) FROM documents"), 2);
  EXPECT_EQ(s->counts().duplicates, 1u);
}

TEST(Store, NearDuplicatesShareAStoryAndCountsFollowGdelt) {
  TempDb t;
  auto s = Store::open(t.path);
  Date d = make_date(2019, 10, 24);
  auto ev = [&](const std::string& doc, Date date) {
    return std::vector<Event>{make_event(doc, date, "KORGOV", "JPNGOV", "036", 1, 4.0),
                              make_event(doc, date, "KORGOV", "JPNGOV", "036", 1, 4.0, 1)};
  };
  // The same wire copy in three outlets, lightly edited; an unrelated story.
  s->add(make_doc("yonhap-1", d, kWire, "Yonhap"), ev("yonhap-1", d));
  std::string edited = kWire;
  edited.replace(edited.find("Thursday"), 8, "Oct. 24");
  s->add(make_doc("kyodo-1", Date::from_days(d.days() + 1), edited, "Kyodo"), ev("kyodo-1", Date::from_days(d.days() + 1)));
  s->add(make_doc("yonhap-2", d, "Seoul (Yonhap) -- " + kWire, "Yonhap"), ev("yonhap-2", d));
  s->add(make_doc("other", d,
                  "The central bank left interest rates unchanged on Thursday, citing slowing growth in exports and "
                  "weak consumer demand across the region this quarter, economists said.",
                  "Yonhap"),
         {make_event("other", d, "KORGOV", "JPNGOV", "036", 1, 4.0)});
  // Far away in time: not the same story even if the text matches.
  s->add(make_doc("later", Date::from_days(d.days() + 30), kWire, "Kyodo"), {});
  s->commit();
  EXPECT_TRUE(s->check().empty());
  auto story = [&](const char* id) {
    sql::Stmt q(s->db(), "SELECT story FROM documents WHERE doc_id = ?1");
    q.bind(1, id);
    EXPECT_TRUE(q.step());
    return q.i64(0);
  };
  EXPECT_EQ(story("kyodo-1"), story("yonhap-1"));
  EXPECT_EQ(story("yonhap-2"), story("yonhap-1"));
  EXPECT_NE(story("other"), story("yonhap-1"));
  EXPECT_NE(story("later"), story("yonhap-1"));
  EXPECT_EQ(s->counts().clustered, 2u);
  // One-a-day: (2019-10-24, KORGOV, JPNGOV, 036) holds 5 mentions in 3 articles from 1 outlet (Yonhap);
  // the Kyodo copy is dated the next day.
  sql::Stmt q(s->db(), "SELECT date, mentions, articles, sources FROM daily ORDER BY date");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.i64(1), 5);
  EXPECT_EQ(q.i64(2), 3);
  EXPECT_EQ(q.i64(3), 1);
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.i64(1), 2);
  EXPECT_EQ(q.i64(2), 1);
  EXPECT_EQ(q.i64(3), 1);
  EXPECT_FALSE(q.step());
  EXPECT_EQ(s->db().scalar("SELECT count(*) FROM events_one_a_day"), 2);
}

TEST(Store, SourcesCountDistinctOutlets) {
  TempDb t;
  auto s = Store::open(t.path);
  Date d = make_date(2019, 10, 24);
  int i = 0;
  for (const char* outlet : {"A", "B", "A", "", "C", ""}) {
    std::string id = "d" + std::to_string(i++);
    s->add(make_doc(id, d, "text number " + id, outlet), {make_event(id, d, "USA", "JPN", "036", 1, 4.0)});
  }
  s->commit();
  EXPECT_EQ(s->db().scalar("SELECT sources FROM daily"), 4);  // A, B, C and "unknown"
  EXPECT_EQ(s->db().scalar("SELECT articles FROM daily"), 6);
  EXPECT_TRUE(s->check().empty());
}

TEST(Store, MigratesVersion1Databases) {
  TempDb t;
  Date d = make_date(1987, 3, 27);
  {
    // Build a version-1 database by hand, as detente 0.1 wrote it.
    sql::Db db(t.path, false);
    migrate(db, 1);
    db.exec("INSERT INTO documents(id, doc_id, hash, date, outlet, events, added, text) VALUES "
            "(1, 'a', 1, " + std::to_string(d.days()) + ", 'Reuters', 2, 0, '" + kWire + "'), "
            "(2, 'b', 2, " + std::to_string(d.days()) + ", 'AP', 1, 0, '" + kWire + "')");
    for (auto [id, doc, code, q, g] : {std::tuple{1, 1, "163", 4, -8.0}, {2, 1, "163", 4, -8.0}, {3, 2, "163", 4, -8.0}})
      db.exec("INSERT INTO events(id, doc, sentence, date, source, target, code, root, quad, goldstein, plover, mode, "
              "source_text, target_text, verb_text, source_begin, source_end, verb_begin, verb_end, target_begin, "
              "target_end, pattern, attribution) VALUES (" + std::to_string(id) + ", " + std::to_string(doc) +
              ", 0, " + std::to_string(d.days()) + ", 'USAGOV', 'JPN', '" + code + "', '16', " +
              std::to_string(q) + ", " + std::to_string(g) + ", '', '', '', '', '', 0, 0, 0, 0, 0, 0, '', '')");
    EXPECT_EQ(db.scalar("PRAGMA user_version"), 1);
  }
  auto s = Store::open(t.path);
  EXPECT_EQ(s->schema_version(), kSchemaVersion);
  EXPECT_TRUE(s->check().empty());
  EXPECT_EQ(s->db().scalar("SELECT mentions FROM daily"), 3);
  EXPECT_EQ(s->db().scalar("SELECT articles FROM daily"), 2);
  EXPECT_EQ(s->db().scalar("SELECT sources FROM daily"), 2);
  EXPECT_EQ(s->db().scalar("SELECT count(DISTINCT story) FROM documents"), 1);
}

// A version-2 database as version 2 left it: documents and events written
// as version 1 did, then migrated (backfilled) to version 2.
void build_v2(const std::string& path, Date d) {
  sql::Db db(path, false);
  migrate(db, 1);
  std::string day = std::to_string(d.days()), next = std::to_string(d.days() + 1);
  db.exec("INSERT INTO documents(id, doc_id, hash, date, outlet, events, added, text) VALUES "
          "(1, 'a', 1, " + day + ", 'Reuters', 2, 0, '" + kWire + "'), "
          "(2, 'b', 2, " + next + ", 'AP', 1, 0, 'Seoul (Yonhap) -- " + kWire + "'), "
          "(3, 'c', 3, " + day + ", 'AP', 0, 0, 'Nothing happened today in the markets of the region, "
          "traders said on Thursday.'), "
          "(4, 'd', 4, NULL, '', 1, 0, 'Short.')");
  int id = 0;
  for (auto [doc, date, code, q, g] : {std::tuple{1, day, "163", 4, -8.0}, {1, day, "036", 1, 4.0},
                                       {2, day, "163", 4, -8.0}, {4, std::string("NULL"), "036", 1, 4.0}})
    db.exec("INSERT INTO events(id, doc, sentence, date, source, target, code, root, quad, goldstein, plover, mode, "
            "source_text, target_text, verb_text, source_begin, source_end, verb_begin, verb_end, target_begin, "
            "target_end, pattern, attribution) VALUES (" + std::to_string(++id) + ", " + std::to_string(doc) +
            ", 0, " + date + ", 'USAGOV', 'JPN', '" + code + "', '" + std::string(code).substr(0, 2) + "', " +
            std::to_string(q) + ", " + std::to_string(g) + ", '', '', '', '', '', 0, 0, 0, 0, 0, 0, '', '')");
  migrate(db, 2);
  EXPECT_EQ(db.scalar("PRAGMA user_version"), 2);
  EXPECT_GT(db.scalar("SELECT count(*) FROM doc_bands"), 0);
}

TEST(Store, MigratesVersion2Databases) {
  TempDb t;
  Date d = make_date(1987, 3, 27);
  build_v2(t.path, d);
  std::vector<std::tuple<int64_t, int64_t, int64_t, int64_t, double, std::string>> daily_before;
  {
    sql::Db db(t.path, true);
    sql::Stmt q(db, "SELECT date, mentions, articles, sources, gsum, source || target || code FROM daily ORDER BY 6, 1");
    while (q.step())
      daily_before.emplace_back(q.i64(0), q.i64(1), q.i64(2), q.i64(3), q.dbl(4), std::string(q.text(5)));
    EXPECT_EQ(db.scalar("SELECT count(DISTINCT story) FROM documents"), 3);  // a and b are one story
  }
  auto s = Store::open(t.path);
  EXPECT_EQ(s->schema_version(), kSchemaVersion);
  auto problems = s->check();
  EXPECT_TRUE(problems.empty()) << problems.front();
  sql::Db& db = s->db();
  EXPECT_EQ(db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'doc_bands'"), 0);
  EXPECT_EQ(db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'documents_sig'"), 1);
  EXPECT_EQ(db.scalar("SELECT first_event FROM documents WHERE doc_id = 'a'"), 1);
  EXPECT_EQ(db.scalar("SELECT first_event FROM documents WHERE doc_id = 'b'"), 3);
  EXPECT_EQ(db.scalar("SELECT first_event IS NULL FROM documents WHERE doc_id = 'c'"), 1);
  EXPECT_EQ(db.scalar("SELECT first_event FROM documents WHERE doc_id = 'd'"), 4);
  {
    std::vector<std::tuple<int64_t, int64_t, int64_t, int64_t, double, std::string>> after;
    sql::Stmt q(db, "SELECT date, mentions, articles, sources, gsum, source || target || code FROM daily ORDER BY 6, 1");
    while (q.step()) after.emplace_back(q.i64(0), q.i64(1), q.i64(2), q.i64(3), q.dbl(4), std::string(q.text(5)));
    EXPECT_EQ(after, daily_before);
  }
  // Ingesting into the migrated database: a copy of the old wire story joins
  // its story (found through documents_sig), and its events add to the
  // stored one-a-day rows.
  auto doc = make_doc("kyodo", d, "TOKYO (Kyodo) -- " + kWire, "Kyodo");
  EXPECT_TRUE(s->add(doc, {make_event("kyodo", d, "USAGOV", "JPN", "163", 4, -8.0)}));
  s->commit();
  EXPECT_EQ(s->counts().clustered, 1u);
  EXPECT_EQ(db.scalar("SELECT story FROM documents WHERE doc_id = 'kyodo'"), 1);
  EXPECT_EQ(db.scalar("SELECT first_event FROM documents WHERE doc_id = 'kyodo'"), 5);
  EXPECT_EQ(db.scalar("SELECT mentions FROM daily WHERE code = '163'"), 3);
  EXPECT_EQ(db.scalar("SELECT articles FROM daily WHERE code = '163'"), 3);
  EXPECT_EQ(db.scalar("SELECT sources FROM daily WHERE code = '163'"), 3);  // Reuters, AP, Kyodo
  problems = s->check();
  EXPECT_TRUE(problems.empty()) << problems.front();
}

// Version 3 -> 4: the daily table's rows move to dyad_daily with interned
// actor ids; the `daily` view shows exactly the rows version 3 stored.
TEST(Store, MigratesVersion3Databases) {
  TempDb t;
  Date d = make_date(1987, 3, 27);
  build_v2(t.path, d);
  using Row = std::tuple<int64_t, std::string, std::string, std::string, std::string, std::string, int64_t, double,
                         int64_t, int64_t, double, int64_t, int64_t, std::string>;
  auto rows = [](sql::Db& db) {
    std::vector<Row> out;
    sql::Stmt q(db, "SELECT date, source, target, code, source_entity, target_entity, quad, goldstein, first_event, "
                    "mentions, gsum, articles, sources, outlets FROM daily ORDER BY date, source, target, code");
    while (q.step())
      out.emplace_back(q.i64(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.i64(6), q.dbl(7), q.i64(8),
                       q.i64(9), q.dbl(10), q.i64(11), q.i64(12), q.text(13));
    return out;
  };
  std::vector<Row> before;
  {
    sql::Db db(t.path, false);
    migrate(db, 3);
    EXPECT_EQ(db.scalar("PRAGMA user_version"), 3);
    before = rows(db);
  }
  ASSERT_EQ(before.size(), 2u);
  auto s = Store::open(t.path);
  EXPECT_EQ(s->schema_version(), kSchemaVersion);
  sql::Db& db = s->db();
  EXPECT_EQ(rows(db), before);
  EXPECT_EQ(db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'daily_dyad'"), 0);
  EXPECT_EQ(db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'events_doc'"), 0);
  EXPECT_EQ(db.scalar("SELECT min(date) FROM daily"), d.days());
  EXPECT_EQ(db.scalar("SELECT type = 'view' FROM sqlite_master WHERE name = 'daily'"), 1);
  // Every code and its entity are interned once; an entity is its own entity.
  EXPECT_EQ(db.scalar("SELECT count(*) FROM actors"), 3);  // USAGOV, its entity USA, JPN
  EXPECT_EQ(db.scalar("SELECT count(*) FROM actors a JOIN actors e ON e.id = a.entity WHERE a.code = 'USAGOV' "
                      "AND e.code = 'USA'"), 1);
  EXPECT_EQ(db.scalar("SELECT count(*) FROM actors WHERE code = 'JPN' AND entity = id"), 1);
  EXPECT_EQ(db.scalar("SELECT count(*) FROM events_one_a_day"), 2);
  auto problems = s->check();
  EXPECT_TRUE(problems.empty()) << problems.front();
  // Queries and further ingest work on the migrated rows.
  DyadQuery q;
  q.a = "USA";
  q.b = "JPN";
  q.by = Period::kMonth;
  auto series = dyad_series(*s, q);
  ASSERT_EQ(series.size(), 1u);
  EXPECT_EQ(series[0].ab.events, 2u);  // 163 and 036, one a day
  auto doc = make_doc("kyodo", d, "TOKYO (Kyodo) -- " + kWire, "Kyodo");
  EXPECT_TRUE(s->add(doc, {make_event("kyodo", d, "USAGOV", "JPN", "163", 4, -8.0),
                           make_event("kyodo", d, "USAMIL", "IGOUNOWHO", "036", 1, 4.0)}));
  s->commit();
  EXPECT_EQ(db.scalar("SELECT mentions FROM daily WHERE code = '163' AND target = 'JPN'"), 3);
  EXPECT_EQ(db.scalar("SELECT sources FROM daily WHERE code = '163' AND target = 'JPN'"), 3);  // Reuters, AP, Kyodo
  EXPECT_EQ(db.scalar("SELECT count(*) FROM actors"), 6);  // USAMIL, IGOUNOWHO and its entity IGOUNO added
  EXPECT_EQ(db.scalar("SELECT count(*) FROM actors a JOIN actors e ON e.id = a.entity WHERE a.code = 'IGOUNOWHO' "
                      "AND e.code = 'IGOUNO'"), 1);
  problems = s->check();
  EXPECT_TRUE(problems.empty()) << problems.front();
  series = dyad_series(*s, q);
  EXPECT_EQ(series[0].ab.events, 2u);
  // A document's events by its id range (no index on events.doc).
  for (auto [id, n] : {std::pair{"a", 2u}, {"b", 1u}, {"c", 0u}, {"kyodo", 2u}}) {
    EventQuery eq;
    eq.doc_id = id;
    std::vector<uint64_t> ids;
    find_events(*s, eq, [&](const Document& doc, const Event&, const EventExtras& x) {
      EXPECT_EQ(doc.id, id);
      ids.push_back(x.event_id);
    });
    EXPECT_EQ(ids.size(), n) << id;
    eq.doc_id.clear();
    eq.doc_row = db.scalar(std::string("SELECT id FROM documents WHERE doc_id = '") + id + "'");
    EXPECT_EQ(count_events(*s, eq), n) << id;
  }
  q.all_events = true;
  EXPECT_EQ(dyad_series(*s, q)[0].ab.events, 4u);
  q.all_events = false;
  q.a = "USAGOV";
  EXPECT_EQ(dyad_series(*s, q)[0].ab.events, 2u);
  q.a = "USAMIL";
  EXPECT_TRUE(dyad_series(*s, q).empty());
  q.b = "IGOUNO";
  series = dyad_series(*s, q);
  ASSERT_EQ(series.size(), 1u);
  EXPECT_EQ(series[0].ab.events, 1u);
}

// Version 4 -> 5: the index dyad_daily_date goes; the rows, the queries and
// the date range (now a skip-scan of dyad_daily's key) are unchanged, and
// ingest goes on (new keys and keys already stored).
TEST(Store, MigratesVersion4Databases) {
  TempDb t;
  Date d = make_date(1987, 3, 27);
  build_v2(t.path, d);
  std::vector<std::tuple<int64_t, std::string, double, int64_t, int64_t, std::string>> before;
  auto rows = [](sql::Db& db) {
    std::vector<std::tuple<int64_t, std::string, double, int64_t, int64_t, std::string>> out;
    sql::Stmt q(db, "SELECT date, source || target || code, gsum, mentions, sources, outlets FROM daily ORDER BY 1, 2");
    while (q.step()) out.emplace_back(q.i64(0), q.text(1), q.dbl(2), q.i64(3), q.i64(4), q.text(5));
    return out;
  };
  {
    sql::Db db(t.path, false);
    migrate(db, 4);
    EXPECT_EQ(db.scalar("PRAGMA user_version"), 4);
    EXPECT_EQ(db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'dyad_daily_date'"), 1);
    before = rows(db);
  }
  ASSERT_EQ(before.size(), 2u);
  auto s = Store::open(t.path);
  EXPECT_EQ(s->schema_version(), 5);
  sql::Db& db = s->db();
  EXPECT_EQ(db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'dyad_daily_date'"), 0);
  EXPECT_EQ(rows(db), before);
  auto problems = s->check();
  EXPECT_TRUE(problems.empty()) << problems.front();
  DateRange r = store_date_range(*s);
  EXPECT_EQ(r.first.days(), d.days());
  EXPECT_EQ(r.last.days(), d.days());
  // One document on a later day (a stored key and a new one), one on an earlier day.
  Date later = make_date(1987, 4, 2), earlier = make_date(1987, 3, 1);
  EXPECT_TRUE(s->add(make_doc("kyodo", d, "TOKYO (Kyodo) -- " + kWire, "Kyodo"),
                     {make_event("kyodo", d, "USAGOV", "JPN", "163", 4, -8.0),
                      make_event("kyodo", later, "USAGOV", "JPN", "163", 4, -8.0)}));
  EXPECT_TRUE(s->add(make_doc("afp", earlier, "PARIS (AFP) -- something else entirely, officials said", "AFP"),
                     {make_event("afp", earlier, "FRA", "JPN", "036", 1, 4.0)}));
  s->commit();
  EXPECT_EQ(db.scalar("SELECT mentions FROM daily WHERE code = '163' AND date = " + std::to_string(d.days())), 3);
  EXPECT_EQ(db.scalar("SELECT sources FROM daily WHERE code = '163' AND date = " + std::to_string(d.days())), 3);
  r = store_date_range(*s);
  EXPECT_EQ(r.first.days(), earlier.days());
  EXPECT_EQ(r.last.days(), later.days());
  StoreStats st = store_stats(*s, 10);
  EXPECT_EQ(st.first.days(), earlier.days());
  EXPECT_EQ(st.last.days(), later.days());
  EXPECT_EQ(st.daily, 4u);
  problems = s->check();
  EXPECT_TRUE(problems.empty()) << problems.front();
}

TEST(Store, RefusesToMigrateScatteredEventIds) {
  TempDb t;
  Date d = make_date(1987, 3, 27);
  build_v2(t.path, d);
  {
    sql::Db db(t.path, false);
    db.exec("UPDATE events SET id = 10 WHERE id = 2");  // document a: events 1 and 10
  }
  try {
    Store::open(t.path);
    FAIL() << "migrated";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), Errc::kBadDatabase);
    EXPECT_NE(std::string(e.what()).find("non-consecutive"), std::string::npos);
  }
  sql::Db db(t.path, true);
  EXPECT_EQ(db.scalar("PRAGMA user_version"), 2);  // left as it was
  EXPECT_EQ(db.scalar("SELECT count(*) FROM doc_bands") > 0, true);
}

// A store holding document "a", committed, and a trigger that refuses any
// event coded 999: the way to make a batch fail half-way.
auto open_with_refusing_trigger(const TempDb& t, Date d) {
  auto s = Store::open(t.path);
  EXPECT_TRUE(s->add(make_doc("a", d, kWire, "Yonhap"), {make_event("a", d, "KORGOV", "JPNGOV", "036", 1, 4.0)}));
  s->commit();
  s->db().exec("CREATE TEMP TRIGGER refuse BEFORE INSERT ON events WHEN NEW.code = '999' "
               "BEGIN SELECT RAISE(ABORT, 'refused'); END");
  return s;
}

TEST(Store, FailedBatchIsRolledBackWhole) {
  TempDb t;
  Date d = make_date(2019, 10, 24);
  // A failure inside a document (here: the trigger refusing its second event)
  // must undo the whole open batch: documents b and c alike.
  auto s = open_with_refusing_trigger(t, d);
  const std::string other =
      "The central bank left interest rates unchanged on Thursday, citing slowing growth in exports and weak "
      "consumer demand across the region this quarter, economists said.";
  EXPECT_TRUE(s->add(make_doc("b", d, other, "Yonhap"), {make_event("b", d, "KORGOV", "JPNGOV", "036", 1, 4.0)}));
  EXPECT_EQ(s->counts().documents, 2u);
  EXPECT_THROW(s->add(make_doc("c", d, "other text entirely, about rice prices and the harvest season in the north"),
                      {make_event("c", d, "KORGOV", "JPNGOV", "036", 1, 4.0),
                       make_event("c", d, "KORGOV", "JPNGOV", "999", 1, 4.0)}),
               Error);
  s->db().exec("DROP TRIGGER refuse");
  EXPECT_EQ(s->counts().documents, 1u);
  s->commit();
  EXPECT_EQ(s->db().scalar("SELECT count(*) FROM documents"), 1);
  EXPECT_EQ(s->db().scalar("SELECT count(*) FROM events"), 1);
  EXPECT_EQ(s->db().scalar("SELECT mentions FROM daily"), 1);
  EXPECT_TRUE(s->check().empty());
  // The rolled-back b is forgotten by the in-memory story index too: its row
  // id goes to an unrelated document, and a copy of b's text starts its own
  // story instead of joining that one.
  EXPECT_TRUE(s->add(make_doc("e", d, "Football results from the weekend league, with the champions losing away."),
                     {}));
  EXPECT_TRUE(s->add(make_doc("f", d, "Seoul (Yonhap) -- " + other, "Yonhap"),
                     {make_event("f", d, "KORGOV", "JPNGOV", "036", 1, 4.0)}));
  s->commit();
  EXPECT_EQ(s->db().scalar("SELECT id FROM documents WHERE doc_id = 'e'"), 2);
  EXPECT_EQ(s->db().scalar("SELECT story FROM documents WHERE doc_id = 'f'"), 3);
  EXPECT_EQ(s->db().scalar("SELECT mentions FROM daily"), 2);
  EXPECT_EQ(s->counts().clustered, 0u);
  EXPECT_TRUE(s->check().empty());
}

// The one-a-day rows of a transaction are aggregated in memory and written
// when it commits. A batch spanning many documents whose keys repeat (within
// a document, across documents and outlets, and across batches) must leave
// exactly the `daily` rows, floating-point sums included, that committing
// each document on its own gives.
TEST(Store, LargeBatchesGiveTheSameDailyAsOneAtATime) {
  std::vector<std::pair<Document, std::vector<Event>>> in;
  const char* actors[] = {"KORGOV", "JPNGOV", "KOR", "USAMIL", "IGOUNO", "CHNGOVBUS"};
  const char* codes[] = {"036", "043", "0311", "163", "190"};
  const char* outlets[] = {"Yonhap", "Kyodo", "", "AP\x1fwire"};
  for (int i = 0; i < 300; ++i) {
    Date d = make_date(2019, 10, 1 + i % 4);
    std::string id = "doc" + std::to_string(i);
    // Distinct texts (no story joins needed here).
    std::string text = "Report number " + std::to_string(i) + " on talks, trade and tariffs " + std::to_string(i * 7919);
    std::vector<Event> ev;
    for (int k = 0; k < 1 + i % 5; ++k) {
      int a = (i + k) % 6, b = (i * 3 + k * 5 + 1) % 6;
      if (a == b) b = (b + 1) % 6;
      Date ed = k == 3 ? make_date(2019, 10, 9) : d;  // some events dated apart from their document
      double g = (i % 3 == 0 ? 0.1 : -2.7) * (k + 1) + 0.3;  // sums whose order matters in floating point
      ev.push_back(make_event(id, ed, actors[a], actors[b], codes[(i + k * 2) % 5], 1 + (i + k) % 4, g,
                              static_cast<uint32_t>(k / 2)));
    }
    if (i % 10 == 9) ev.push_back(ev.front());  // the same key twice in one document
    in.push_back({make_doc(id, d, text, outlets[i % 4]), ev});
  }
  auto daily_rows = [](Store& s) {
    std::vector<std::string> rows;
    sql::Stmt q(s.db(), "SELECT date, source, target, code, source_entity, target_entity, quad, goldstein, "
                        "first_event, mentions, gsum, articles, sources, outlets FROM daily "
                        "ORDER BY date, source, target, code");
    while (q.step()) {
      std::string r;
      for (int c = 0; c < 14; ++c) {
        if (c == 7 || c == 10) r += fmt::format("{:a}|", q.dbl(c));  // exact bits of the sums
        else r += std::string(q.text(c)) + "|";
      }
      rows.push_back(r);
    }
    return rows;
  };
  std::vector<std::string> reference;
  for (int batch : {1, 7, 300}) {
    TempDb t;
    StoreOptions o;
    o.batch_documents = batch;
    {
      auto s = Store::open(t.path, o);
      // A second pass re-adds everything: nothing changes.
      for (int pass = 0; pass < 2; ++pass)
        for (const auto& [doc, ev] : in) EXPECT_EQ(s->add(doc, ev), pass == 0);
      s->commit();
      EXPECT_TRUE(s->check().empty());
      auto rows = daily_rows(*s);
      EXPECT_GT(rows.size(), 20u);
      EXPECT_LT(rows.size(), 400u);  // keys do repeat
      if (batch == 1) reference = rows;
      else EXPECT_EQ(rows, reference) << "batch " << batch;
    }
  }
}

// Actor ids are cached across transactions; a rolled-back batch that added
// new actor codes must not leave their ids behind in the cache.
TEST(Store, RolledBackActorsAreForgotten) {
  TempDb t;
  Date d = make_date(2019, 10, 24);
  auto s = open_with_refusing_trigger(t, d);
  EXPECT_TRUE(s->add(make_doc("b", d, "Beijing and Hanoi held talks on fishing rights in the South China Sea today."),
                     {make_event("b", d, "CHNGOV", "VNMGOV", "036", 1, 4.0)}));
  EXPECT_THROW(s->add(make_doc("c", d, "Unrelated words about the weather and the harvest in the north this week."),
                      {make_event("c", d, "CHNGOV", "VNMGOV", "999", 1, 4.0)}),
               Error);
  s->db().exec("DROP TRIGGER refuse");
  EXPECT_EQ(s->db().scalar("SELECT count(*) FROM actors WHERE code LIKE 'CHN%' OR code LIKE 'VNM%'"), 0);
  EXPECT_TRUE(s->add(make_doc("b", d, "Beijing and Hanoi held talks on fishing rights in the South China Sea today."),
                     {make_event("b", d, "CHNGOV", "VNMGOV", "036", 1, 4.0)}));
  s->commit();
  EXPECT_EQ(s->db().scalar("SELECT count(*) FROM daily WHERE source = 'CHNGOV' AND target = 'VNMGOV' AND "
                           "source_entity = 'CHN' AND target_entity = 'VNM'"),
            1);
  EXPECT_TRUE(s->check().empty());
}

TEST(Store, SeesAnotherWritersDocuments) {
  // Two Stores on one file take turns: each must cluster against the
  // other's documents (its cached signatures are dropped when the file
  // changed under it).
  TempDb t;
  Date d = make_date(2019, 10, 24);
  auto a = Store::open(t.path), b = Store::open(t.path);
  EXPECT_TRUE(a->add(make_doc("x", d, "Some unrelated words about farming and weather to start with here.", "A"), {}));
  a->commit();
  EXPECT_TRUE(b->add(make_doc("y", d, "Other unrelated words about football and the league results this week.", "B"), {}));
  b->commit();
  EXPECT_TRUE(a->add(make_doc("w1", d, kWire, "A"), {}));
  a->commit();
  EXPECT_TRUE(b->add(make_doc("w2", d, "Seoul (Yonhap) -- " + kWire, "B"), {}));
  b->commit();
  EXPECT_EQ(b->db().scalar("SELECT story FROM documents WHERE doc_id = 'w2'"),
            b->db().scalar("SELECT id FROM documents WHERE doc_id = 'w1'"));
  EXPECT_TRUE(b->check().empty());
}

TEST(Store, ActorEntity) {
  EXPECT_EQ(actor_entity("KORGOV"), "KOR");
  EXPECT_EQ(actor_entity("KOR"), "KOR");
  EXPECT_EQ(actor_entity("IGOUNO"), "IGOUNO");
  EXPECT_EQ(actor_entity("IGOEUREEC"), "IGOEUR");
  EXPECT_EQ(actor_entity("X"), "X");
}

TEST(MinHash, NearAndFar) {
  MinHash a = minhash(kWire), b = minhash("Seoul (Yonhap) -- " + kWire);
  EXPECT_GE(a.shingles, kMinShingles);
  EXPECT_GE(similarity(a, b), kSameStory);
  std::string edited = kWire;
  edited.replace(edited.find("officials said"), 14, "a spokesman told reporters");
  EXPECT_GE(similarity(a, minhash(edited)), kSameStory);
  MinHash c = minhash("The central bank left interest rates unchanged on Thursday, citing slowing growth.");
  EXPECT_LT(similarity(a, c), 0.2);
  EXPECT_EQ(minhash(kWire).mins, a.mins);
  EXPECT_EQ(minhash("SOUTH korean prime, minister!").mins, minhash("south Korean prime minister").mins);
  EXPECT_EQ(minhash("").shingles, 0u);
  EXPECT_NE(content_hash("a"), content_hash("b"));
}

TEST(MinHash, SimdMatchesPortable) {
  // minhash() (AVX2 where available) must give exactly the portable loop's
  // signatures: they are stored in databases.
  uint64_t seed = 12345;
  auto next = [&] {
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<uint32_t>(seed >> 33);
  };
  for (int t = 0; t < 300; ++t) {
    std::string text;
    int words = static_cast<int>(next() % 400);
    for (int w = 0; w < words; ++w) {
      if (w) text += next() % 7 ? " " : ", ";
      int len = 1 + static_cast<int>(next() % 9);
      for (int c = 0; c < len; ++c) text.push_back(static_cast<char>(next() % 5 ? 'a' + next() % 26 : 'A' + next() % 26));
    }
    MinHash a = minhash(text), b = minhash_portable(text);
    EXPECT_EQ(a.mins, b.mins) << text;
    EXPECT_EQ(a.shingles, b.shingles);
  }
  EXPECT_EQ(minhash(kWire).mins, minhash_portable(kWire).mins);
}

}  // namespace
}  // namespace detente
