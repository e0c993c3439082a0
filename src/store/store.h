// store/store.h — the event store: documents, their evidence sentences and
// events in one SQLite file, with story clusters, GDELT-style mention counts
// and the one-a-day view. docs/store.md documents the schema.
//
// Contract
// - `Store::open(path, mode)` opens or creates a detente database (WAL
//   journal), checks it is one (application_id) and migrates an older schema
//   to kSchemaVersion in place, each step in its own transaction. A file
//   that is not a detente database, or one written by a newer detente,
//   throws Error(Errc::kBadDatabase); ReadOnly never creates or migrates.
// - `add(doc, events)` stores one coded document; a document already stored
//   (same id and same text bytes) adds nothing and returns false. Documents
//   are written in transactions of `batch_documents` or two seconds,
//   whichever comes first; `commit()` ends the current one (the destructor
//   commits too). A crash loses at most the
//   uncommitted batch, never leaves a partial document, and re-adding the
//   same documents then stores exactly what is missing. If `add` or
//   `commit` throws (a full disk, a locked file), the whole open batch has
//   been rolled back and `counts()` no longer includes it. The `daily`
//   table is written when a batch commits: read it after `commit()`.
// - De-duplication: each document gets a story cluster (the id of the first
//   document of its story): a document whose MinHash similarity to a
//   document dated within `story_window_days` is at least kSameStory (about
//   half of their word 3-shingles shared; see store/minhash.h) joins that
//   story. Every event is kept; the `daily` table holds the one-a-day
//   record per (date, source, target, code) with GDELT's counts:
//   mentions (events), articles (documents), sources (distinct outlets;
//   documents with no outlet count as one "unknown" outlet).
// - Queries (dyad series, export, stats) are in store/query.h. A Store is
//   used by one thread at a time; several processes may read while one
//   writes (SQLite WAL).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/document.h"
#include "events/event.h"

namespace detente {

namespace sql {
class Db;
}

constexpr int kSchemaVersion = 5;
constexpr int32_t kApplicationId = 0x64746e74;  // "dtnt"

struct StoreOptions {
  bool read_only = false;
  bool create = true;             // false: a missing file is an error (query commands)
  bool keep_text = true;          // store each document's full text
  int batch_documents = 2000;     // documents per transaction
  double batch_seconds = 2;       // ... or a transaction ends when it is this old
  int story_window_days = 2;      // near-duplicates must be this close in date
};

struct IngestCounts {
  uint64_t documents = 0;    // newly stored
  uint64_t duplicates = 0;   // already in the database: skipped
  uint64_t events = 0;       // newly stored
  uint64_t clustered = 0;    // new documents that joined an existing story
};

class Store {
 public:
  static std::unique_ptr<Store> open(const std::string& path, StoreOptions options = {});
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  bool contains(const Document& doc);
  bool add(const Document& doc, const std::vector<Event>& events);
  void commit();
  const IngestCounts& counts() const { return counts_; }

  int schema_version() const;
  const std::string& path() const;
  sql::Db& db() { return *db_; }

  // Checks the database: SQLite's integrity check, then detente's own
  // invariants (every document's event count matches its events, the daily
  // table matches the events, no document stored twice). Returns the
  // problems found; empty means consistent.
  std::vector<std::string> check();

 private:
  struct Impl;
  Store() = default;
  bool add_document(const Document& doc, const std::vector<Event>& events);
  void rollback();
  std::unique_ptr<sql::Db> db_;
  std::unique_ptr<Impl> impl_;
  StoreOptions opt_;
  IngestCounts counts_;
};

// The CAMEO entity an actor code belongs to, as the dyad index keys it: the
// country ("KORGOV" -> "KOR"), the organization for IGO/NGO/IMG/MNC codes
// ("IGOUNO" -> "IGOUNO"), or the code itself if shorter than three letters.
std::string actor_entity(std::string_view code);

// Applies the schema migrations up to `version` (used by tests to build an
// older database); Store::open migrates to kSchemaVersion.
void migrate(sql::Db& db, int version);

}  // namespace detente
