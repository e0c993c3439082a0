// store/internal.h — what the store's files share; not part of the API.
#pragma once
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "store/minhash.h"
#include "store/sqlite.h"

namespace detente::store_internal {

// Story clusters (stories.cc). The candidates of a new document are the
// stored documents dated within the window that share a MinHash band key;
// they are looked up in memory, in a cache of the signatures of recent dates
// loaded from the covering index documents_sig (one range scan per date the
// first time it is needed) and extended as documents are added. Undated
// documents are one more "date". Once a date is cached, documents added
// through this Store are added to it; anything else (another connection's
// commit, a rolled-back transaction) must be followed by clear().
class StoryIndex {
 public:
  StoryIndex(sql::Db& db, int window_days);
  // The story of a new document with row id `doc` (its own id if nothing
  // matches; then returns false), and remembers the document as stored.
  bool assign(int64_t doc, bool has_date, int32_t date, const MinHash& h, int64_t& story);
  void clear();
  size_t cached_documents() const { return cached_; }

 private:
  struct Entry {
    int64_t doc, story;
    MinHash sig;
  };
  struct Day {
    std::vector<Entry> docs;
    std::unordered_multimap<int64_t, uint32_t> by_band;  // band key -> index in docs
    uint64_t used = 0;
  };
  Day& day(int64_t key);
  void add(Day& d, const Entry& e);
  void evict(int64_t keep_lo, int64_t keep_hi);

  sql::Stmt load_date_, load_undated_;
  int window_;
  std::unordered_map<int64_t, Day> days_;
  size_t cached_ = 0;
  uint64_t clock_ = 0;
};

// Interned actor codes (schema version 4's `actors` table): the id of a
// code, and the id of its entity (store.h's actor_entity(), itself an
// actors row; an entity's entity is itself). Missing codes are added (inside
// the open transaction). Rows of `actors` are never changed or deleted, so
// the cache stays valid across transactions, except when the transaction
// that added a code is rolled back: then clear() it.
class ActorIds {
 public:
  explicit ActorIds(sql::Db& db);
  struct Ids {
    int64_t id, entity;
  };
  Ids get(std::string_view code);
  void clear() { cache_.clear(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, Ids, Hash, std::equal_to<>> cache_;
  sql::Stmt find_, add_, max_;
};

// The `daily` table's changes of one transaction (daily.cc), aggregated in
// memory and written once per key when the transaction commits (in the
// same transaction as the events they come from), with exactly the values
// (and floating-point sums in the same order) that one upsert per document
// would give. Keys are held as integers: actor ids (resolved as events are
// added, from a cache that outlives the transaction), the date and an
// interned code, in a flat open-addressing table (no allocation per event).
class DailyBatch {
 public:
  explicit DailyBatch(sql::Db& db);
  struct Event {
    int32_t date;
    std::string_view source, target, code;
    int quad;
    double goldstein;
    int64_t id;
  };
  // One document's dated events (in storage order) and its outlet. New
  // actor codes are added to `actors` here (inside the open transaction).
  void add_document(std::string_view outlet, const std::vector<Event>& events);
  void flush();  // writes everything to the database (inside the open transaction)
  void clear();  // forgets everything, cached actor ids included (after a rollback)
  size_t size() const { return rows_.size(); }

 private:
  struct Key {
    int64_t src, tgt;  // actors ids
    int32_t date;
    uint32_t code;  // index into codes_
    bool operator==(const Key& o) const = default;
  };
  struct Row {
    Key key;
    int64_t src_entity = 0, tgt_entity = 0;
    int64_t first_event = 0;
    int64_t last_doc = -1;
    uint32_t mentions = 0, articles = 0;
    int quad = 0;
    double goldstein = 0;
    // Each document's Goldstein sum, in order, and the outlets (indexes into
    // outlet_names_) in order of first appearance; the first of each inline
    // (most keys of a transaction have one document).
    double first_sum = 0;
    std::vector<double> more_sums;
    uint32_t first_outlet = 0, outlet_count = 0;
    std::vector<uint32_t> more_outlets;
    double& doc_sum() { return more_sums.empty() ? first_sum : more_sums.back(); }
    template <class F> void each_sum(F f) const {
      f(first_sum);
      for (double d : more_sums) f(d);
    }
    template <class F> void each_outlet(F f) const {
      if (outlet_count) f(first_outlet);
      for (uint32_t o : more_outlets) f(o);
    }
    bool has_outlet(uint32_t o) const {
      return (outlet_count && first_outlet == o) || std::find(more_outlets.begin(), more_outlets.end(), o) != more_outlets.end();
    }
  };
  static uint64_t hash(const Key& k);
  Row& row(const Key& k);  // finds or adds the key's row
  void grow();
  uint32_t code_index(std::string_view code);
  void reset();  // forgets the batch (not the actor ids)

  std::vector<Row> rows_;
  std::vector<uint32_t> slots_;  // open addressing, linear probing: 0 empty, else index in rows_ + 1
  std::vector<std::string> outlet_names_;  // "\x1fname\x1f"
  std::unordered_map<std::string, uint32_t> outlet_index_;
  struct StrHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::vector<std::string> codes_;  // interned CAMEO codes (never forgotten: memory only)
  std::unordered_map<std::string, uint32_t, StrHash, std::equal_to<>> code_index_;
  int64_t doc_seq_ = 0;
  sql::Db& db_;
  ActorIds actors_;
  // Keys with one document in the transaction: kUpsertRows rows per
  // statement, first inserted with insert_new_ (OR IGNORE: no statement
  // journal); if some keys were already stored, upsert_old_ adds the
  // group's rows to those (a group of fewer rows: upsert_, row by row).
  // Keys with several documents: insert_, or find_ then update_ if stored.
  static constexpr int kUpsertRows = 16;
  sql::Stmt upsert_;
  sql::Stmt insert_new_, upsert_old_;
  sql::Stmt insert_, find_, update_;
};

std::string outlet_key(std::string_view outlet);  // "\x1f" + outlet without \x1f + "\x1f"

// Schema version 2's backfill (schema.cc): story clusters and the daily
// table for documents and events stored by version 1, written as version 2
// wrote them (doc_bands rows, one upsert per document).
void backfill_v2(sql::Db& db);

}  // namespace detente::store_internal
