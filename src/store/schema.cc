// The schema and its migrations. Version N's step turns a version N-1
// database into a version N one; each step runs in its own transaction and
// sets PRAGMA user_version, so an interrupted migration leaves the database
// at the last completed version. docs/store.md describes every table.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <tuple>

#include "core/error.h"
#include "store/internal.h"
#include "store/store.h"

namespace detente {

namespace {

// Version 1: documents, evidence sentences, events.
constexpr const char* kV1 = R"sql(
CREATE TABLE documents(
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL,
  hash INTEGER NOT NULL,
  date INTEGER,
  title TEXT NOT NULL DEFAULT '',
  outlet TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  file TEXT NOT NULL DEFAULT '',
  line INTEGER NOT NULL DEFAULT 0,
  sentences INTEGER NOT NULL DEFAULT 0,
  events INTEGER NOT NULL DEFAULT 0,
  added INTEGER NOT NULL,
  text TEXT);
CREATE UNIQUE INDEX documents_key ON documents(doc_id, hash);
CREATE TABLE sentences(
  doc INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY(doc, idx)) WITHOUT ROWID;
CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  date INTEGER,
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  code TEXT NOT NULL,
  root TEXT NOT NULL,
  quad INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  plover TEXT NOT NULL,
  mode TEXT NOT NULL,
  source_text TEXT NOT NULL,
  target_text TEXT NOT NULL,
  verb_text TEXT NOT NULL,
  source_begin INTEGER NOT NULL, source_end INTEGER NOT NULL,
  verb_begin INTEGER NOT NULL, verb_end INTEGER NOT NULL,
  target_begin INTEGER NOT NULL, target_end INTEGER NOT NULL,
  loc_name TEXT, loc_geonames INTEGER, loc_admin1 TEXT, loc_country TEXT,
  loc_lat REAL, loc_lon REAL, loc_how TEXT,
  pattern TEXT NOT NULL,
  attribution TEXT NOT NULL);
CREATE INDEX events_doc ON events(doc);
)sql";

// Version 2: story clusters and the one-a-day table with GDELT's counts.
constexpr const char* kV2 = R"sql(
ALTER TABLE documents ADD COLUMN minhash BLOB;
ALTER TABLE documents ADD COLUMN story INTEGER;
CREATE TABLE doc_bands(
  band INTEGER NOT NULL,
  doc INTEGER NOT NULL,
  PRIMARY KEY(band, doc)) WITHOUT ROWID;
CREATE TABLE daily(
  id INTEGER PRIMARY KEY,
  date INTEGER NOT NULL,
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  code TEXT NOT NULL,
  source_entity TEXT NOT NULL,
  target_entity TEXT NOT NULL,
  quad INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  first_event INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  gsum REAL NOT NULL,
  articles INTEGER NOT NULL,
  sources INTEGER NOT NULL,
  outlets TEXT NOT NULL);
CREATE UNIQUE INDEX daily_key ON daily(date, source, target, code);
CREATE INDEX daily_dyad ON daily(source_entity, target_entity, date, quad, goldstein, mentions, gsum);
CREATE VIEW events_one_a_day AS
  SELECT e.*, d.mentions AS num_mentions, d.sources AS num_sources, d.articles AS num_articles
  FROM daily d JOIN events e ON e.id = d.first_event;
)sql";

// Version 3: faster ingest. The band keys of story clustering are no longer
// stored (they are computed from the signatures, which the covering index
// documents_sig serves by date); each document records its first event
// (its events are the ids first_event .. first_event + events - 1).
constexpr const char* kV3 = R"sql(
ALTER TABLE documents ADD COLUMN first_event INTEGER;
UPDATE documents SET first_event = (SELECT min(id) FROM events WHERE doc = documents.id);
DROP TABLE doc_bands;
CREATE INDEX documents_sig ON documents(date, story, minhash) WHERE minhash IS NOT NULL;
DROP VIEW events_one_a_day;
ALTER TABLE daily RENAME TO daily_v2;
CREATE TABLE daily(
  date INTEGER NOT NULL,
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  code TEXT NOT NULL,
  source_entity TEXT NOT NULL,
  target_entity TEXT NOT NULL,
  quad INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  first_event INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  gsum REAL NOT NULL,
  articles INTEGER NOT NULL,
  sources INTEGER NOT NULL,
  outlets TEXT NOT NULL,
  PRIMARY KEY(date, source, target, code)) WITHOUT ROWID;
INSERT INTO daily SELECT date, source, target, code, source_entity, target_entity, quad, goldstein, first_event,
  mentions, gsum, articles, sources, outlets FROM daily_v2 ORDER BY date, source, target, code;
DROP TABLE daily_v2;
CREATE INDEX daily_dyad ON daily(source_entity, target_entity, date, quad, goldstein, mentions, gsum);
CREATE VIEW events_one_a_day AS
  SELECT e.*, d.mentions AS num_mentions, d.sources AS num_sources, d.articles AS num_articles
  FROM daily d JOIN events e ON e.id = d.first_event;
)sql";

// Version 4: faster ingest. The one-a-day rows move to dyad_daily, keyed
// by (src_entity, tgt_entity, date, src, tgt, code) with actor ids from the
// interned `actors` table: one B-tree serves both the upsert at ingest and
// the dyad query (daily_dyad goes), and integer keys make it about half the
// size. `daily` becomes a view with version 3's columns (text codes);
// the small index dyad_daily_date keeps min(date)/max(date) over it cheap.
// The index events_doc goes: a document's events are found by their id
// range (documents.first_event, version 3).
// (The actors rows are written by the migration code before this runs.)
constexpr const char* kV4 = R"sql(
DROP INDEX events_doc;
DROP VIEW events_one_a_day;
CREATE TABLE dyad_daily(
  src_entity INTEGER NOT NULL,
  tgt_entity INTEGER NOT NULL,
  date INTEGER NOT NULL,
  src INTEGER NOT NULL,
  tgt INTEGER NOT NULL,
  code TEXT NOT NULL,
  quad INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  first_event INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  gsum REAL NOT NULL,
  articles INTEGER NOT NULL,
  sources INTEGER NOT NULL,
  outlets TEXT NOT NULL,
  PRIMARY KEY(src_entity, tgt_entity, date, src, tgt, code)) WITHOUT ROWID;
INSERT INTO dyad_daily SELECT s.entity, t.entity, d.date, s.id, t.id, d.code, d.quad, d.goldstein, d.first_event,
  d.mentions, d.gsum, d.articles, d.sources, d.outlets
  FROM daily d JOIN actors s ON s.code = d.source JOIN actors t ON t.code = d.target ORDER BY 1, 2, 3, 4, 5, 6;
DROP TABLE daily;
CREATE INDEX dyad_daily_date ON dyad_daily(date);
CREATE VIEW daily AS
  SELECT d.date AS date, s.code AS source, t.code AS target, d.code AS code, se.code AS source_entity,
    te.code AS target_entity, d.quad AS quad, d.goldstein AS goldstein, d.first_event AS first_event,
    d.mentions AS mentions, d.gsum AS gsum, d.articles AS articles, d.sources AS sources, d.outlets AS outlets
  FROM dyad_daily d LEFT JOIN actors s ON s.id = d.src LEFT JOIN actors t ON t.id = d.tgt
  LEFT JOIN actors se ON se.id = d.src_entity LEFT JOIN actors te ON te.id = d.tgt_entity;
CREATE VIEW events_one_a_day AS
  SELECT e.*, d.mentions AS num_mentions, d.sources AS num_sources, d.articles AS num_articles
  FROM dyad_daily d JOIN events e ON e.id = d.first_event;
)sql";

// Version 5: faster ingest. The index dyad_daily_date goes: it cost a
// second random B-tree insert for every new one-a-day row (about a third of
// writing dyad_daily). The store's date range is found without it, by a
// skip-scan of dyad_daily's primary key (store_date_range in query.h: the
// first and last row of each entity pair, two or three seeks per pair).
constexpr const char* kV5 = R"sql(
DROP INDEX dyad_daily_date;
)sql";

}  // namespace

namespace store_internal {

ActorIds::ActorIds(sql::Db& db)
    : find_(db, "SELECT id, entity FROM actors WHERE code = ?1"),
      add_(db, "INSERT INTO actors(id, code, entity) VALUES(?1, ?2, ?3)"),
      max_(db, "SELECT coalesce(max(id), 0) FROM actors") {}

ActorIds::Ids ActorIds::get(std::string_view code) {
  auto it = cache_.find(code);
  if (it != cache_.end()) return it->second;
  Ids ids{};
  find_.bind(1, code);
  bool found = find_.step();
  if (found) ids = {find_.i64(0), find_.i64(1)};
  find_.reset();
  if (!found) {
    std::string entity = actor_entity(code);
    int64_t entity_id = entity == code ? 0 : get(entity).id;
    if (!max_.step()) throw std::logic_error("actors: no max(id)");
    ids.id = max_.i64(0) + 1;
    max_.reset();
    ids.entity = entity_id ? entity_id : ids.id;
    add_.bind(1, ids.id).bind(2, code).bind(3, ids.entity).run();
  }
  cache_.emplace(std::string(code), ids);
  return ids;
}


// Version 2's backfill, as version 2 wrote: one indexed band lookup per
// band, doc_bands rows, one daily upsert per (document, key). Frozen: a
// version-2 database must look as version 2 left it.
void backfill_v2(sql::Db& db) {
  constexpr int window = 2;
  sql::Stmt band_find(db, "SELECT d.id, d.minhash, d.story, d.date FROM doc_bands b JOIN documents d ON d.id = b.doc "
                          "WHERE b.band = ?1");
  sql::Stmt band_add(db, "INSERT OR IGNORE INTO doc_bands(band, doc) VALUES(?1, ?2)");
  sql::Stmt upsert(db,
                   "INSERT INTO daily(date, source, target, code, source_entity, target_entity, quad, goldstein, "
                   "first_event, mentions, gsum, articles, sources, outlets) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                   "?9, ?10, ?11, 1, 1, ?12) ON CONFLICT(date, source, target, code) DO UPDATE SET "
                   "mentions = mentions + excluded.mentions, gsum = gsum + excluded.gsum, articles = articles + 1, "
                   "sources = sources + (instr(outlets, excluded.outlets) = 0), "
                   "outlets = CASE WHEN instr(outlets, excluded.outlets) = 0 "
                   "THEN outlets || substr(excluded.outlets, 2) ELSE outlets END");
  sql::Stmt docs(db, "SELECT id, date, text, outlet FROM documents ORDER BY id");
  sql::Stmt set(db, "UPDATE documents SET minhash = ?2, story = ?3 WHERE id = ?1");
  sql::Stmt evs(db, "SELECT id, date, source, target, code, quad, goldstein FROM events WHERE doc = ?1 AND date IS "
                    "NOT NULL ORDER BY id");
  struct Key {
    int32_t date;
    std::string source, target, code;
    int quad;
    double goldstein;
    int64_t event_id;
  };
  std::vector<Key> keys;
  while (docs.step()) {
    int64_t id = docs.i64(0);
    bool has_date = !docs.null(1);
    int64_t date = docs.i64(1);
    MinHash h = minhash(docs.text(2));
    int64_t story = id;
    if (h.shingles >= kMinShingles) {
      auto bs = bands(h);
      MinHash other;
      for (int64_t band : bs) {
        band_find.bind(1, band);
        while (band_find.step()) {
          std::string_view sig = band_find.blob(1);
          if (sig.size() != sizeof(other.mins)) continue;
          if (has_date != !band_find.null(3)) continue;
          if (has_date && std::abs(band_find.i64(3) - date) > window) continue;
          std::memcpy(other.mins.data(), sig.data(), sig.size());
          if (similarity(h, other) < kSameStory) continue;
          story = std::min(story, band_find.null(2) ? band_find.i64(0) : band_find.i64(2));
        }
        band_find.reset();
      }
      for (int64_t band : bs) band_add.bind(1, band).bind(2, id).run();
    }
    set.bind(1, id).bind(3, story);
    if (h.shingles < kMinShingles) set.bind_null(2);
    else set.bind_blob(2, h.mins.data(), sizeof(h.mins));
    set.run();
    std::string outlet = outlet_key(docs.text(3));
    keys.clear();
    evs.bind(1, id);
    while (evs.step())
      keys.push_back({static_cast<int32_t>(evs.i64(1)), std::string(evs.text(2)), std::string(evs.text(3)),
                      std::string(evs.text(4)), static_cast<int>(evs.i64(5)), evs.dbl(6), evs.i64(0)});
    evs.reset();
    std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
      return std::tie(a.date, a.source, a.target, a.code, a.event_id) <
             std::tie(b.date, b.source, b.target, b.code, b.event_id);
    });
    for (size_t i = 0; i < keys.size();) {
      size_t j = i;
      double gsum = 0;
      while (j < keys.size() && keys[j].date == keys[i].date && keys[j].source == keys[i].source &&
             keys[j].target == keys[i].target && keys[j].code == keys[i].code)
        gsum += keys[j++].goldstein;
      const Key& k = keys[i];
      upsert.bind(1, k.date).bind(2, k.source).bind(3, k.target).bind(4, k.code);
      std::string se = actor_entity(k.source), te = actor_entity(k.target);  // bound without a copy
      upsert.bind(5, se).bind(6, te);
      upsert.bind(7, k.quad).bind(8, k.goldstein).bind(9, k.event_id).bind(10, static_cast<int64_t>(j - i));
      upsert.bind(11, gsum).bind(12, outlet);
      upsert.run();
      i = j;
    }
  }
}

// Version 3's check before the events' index by document goes: every
// document's events must be consecutive ids.
void check_event_ranges(sql::Db& db) {
  int64_t bad = db.scalar(
      "SELECT count(*) FROM (SELECT doc, min(id) lo, max(id) hi, count(*) n FROM events GROUP BY doc) "
      "WHERE hi - lo + 1 != n");
  if (bad)
    throw Error(Errc::kBadDatabase,
                fmt::format("{}: {} documents have events with non-consecutive ids; this database cannot be "
                            "migrated to schema version 3 (re-ingest its documents into a new database)",
                            db.path(), bad));
}

}  // namespace store_internal

void migrate(sql::Db& db, int version) {
  int current = static_cast<int>(db.scalar("PRAGMA user_version"));
  for (int v = current + 1; v <= version; ++v) {
    sql::Transaction t(db);
    if (v == 1) {
      db.exec(fmt::format("PRAGMA application_id = {}", kApplicationId));
      db.exec(kV1);
    } else if (v == 2) {
      db.exec(kV2);
      store_internal::backfill_v2(db);
    } else if (v == 3) {
      store_internal::check_event_ranges(db);
      db.exec(kV3);
    } else if (v == 4) {
      db.exec("CREATE TABLE actors(id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, entity INTEGER NOT NULL)");
      {
        store_internal::ActorIds ids(db);
        sql::Stmt codes(db, "SELECT source FROM daily UNION SELECT target FROM daily");
        std::vector<std::string> all;
        while (codes.step()) all.emplace_back(codes.text(0));
        codes.reset();
        for (const auto& c : all) ids.get(c);
      }
      db.exec(kV4);
    } else if (v == 5) {
      db.exec(kV5);
    } else {
      throw Error(Errc::kInternal, fmt::format("no migration to schema version {}", v));
    }
    db.exec(fmt::format("PRAGMA user_version = {}", v));
    t.commit();
  }
}

}  // namespace detente
