// The schema and its migrations. Version N's step turns a version N-1
// database into a version N one; each step runs in its own transaction and
// sets PRAGMA user_version, so an interrupted migration leaves the database
// at the last completed version. docs/store.md describes every table.
#include <fmt/format.h>

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

}  // namespace

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
    } else {
      throw Error(Errc::kInternal, fmt::format("no migration to schema version {}", v));
    }
    db.exec(fmt::format("PRAGMA user_version = {}", v));
    t.commit();
  }
}

}  // namespace detente
