// store/internal.h — what the store's files share; not part of the API.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "store/minhash.h"
#include "store/sqlite.h"

namespace detente::store_internal {

// One event's contribution to the `daily` table.
struct DailyKey {
  int32_t date = 0;
  std::string_view source, target, code;
  int quad = 0;
  double goldstein = 0;
  int64_t event_id = 0;
};

// The statements ingest and migrations write with (prepared once).
class Writer {
 public:
  explicit Writer(sql::Db& db, int story_window_days);
  // Story cluster for a new document (its own row id if none matches); also
  // records its bands. Returns true if it joined an existing story.
  bool cluster(int64_t doc, bool has_date, int32_t date, const MinHash& h, int64_t& story);
  // The signature as stored (NULL when too short to cluster).
  static void bind_minhash(sql::Stmt& s, int i, const MinHash& h);
  // Adds one document's events (any order) to `daily`.
  void add_daily(std::string_view outlet, std::vector<DailyKey>& keys);

  sql::Db& db;
  int window;
  sql::Stmt band_find, band_add, daily_upsert;
  std::string outlet_key;
};

// Schema version 2's backfill: story clusters and the daily table for
// documents and events stored by version 1.
void backfill_v2(sql::Db& db);

}  // namespace detente::store_internal
