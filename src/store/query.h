// store/query.h — what users ask the store: dyad time series, event export
// and summary statistics.
//
// Contract
// - `dyad_series` answers "how did A–B relations move": per period (day,
//   ISO week starting Monday, month, year) the events A→B, B→A and both, by
//   quad class, with the Goldstein sum and mean. An actor is an entity
//   ("KOR", "IGOUNO": every actor code of that country or organization) or a
//   longer code ("KORGOV": that code and its sub-codes). By default each
//   (date, source, target, code) counts once (the one-a-day record; repeats
//   across outlets and sentences are de-duplicated); `all_events` counts every
//   stored event. Periods from `from` (or the first event) to `to` (or the
//   last) are all present, empty ones with zeros. Served from the covering
//   index daily_dyad: time grows with the dyad's events, not the database.
// - `export_events` calls `out` for each event matching the filter, in
//   storage order, with the document's id/date/title/outlet/url and the
//   store's extras (event id, mention/source/article counts, story).
// - `store_stats` summarizes the database; `top_dyads` and `entity_counts`
//   rank dyads and actors by events, as `detente stats` counts them.
// - `find_events`/`count_events` page through events by filter (actors read
//   as dyad_series reads them), ordered by date then event id;
//   `find_document` returns the latest stored version of a document.
// - Every value reaches SQL as a bound parameter. All are read-only and use
//   the Store's connection (one thread at a time, see store.h).
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/document.h"
#include "events/event.h"
#include "sinks/sinks.h"
#include "store/store.h"

namespace detente {

enum class Period { kDay, kWeek, kMonth, kYear };
Period parse_period(std::string_view s);  // "day|week|month|year"; throws Error(kUsage)
std::string_view period_name(Period p);   // "day", "week", "month", "year"

// The period containing `d`: its first day and its label ("2019-10-24",
// "2019-W43", "2019-10", "2019").
Date period_start(Period p, Date d);
Date period_next(Period p, Date start);
std::string period_label(Period p, Date start);
// How many periods [first, last] spans (0 if either is invalid or last < first).
size_t count_periods(Period p, Date first, Date last);

// A --from/--to bound: "" = open (invalid Date); a date in any form
// parse_date reads; "YYYY-MM" or "YYYY" = the first (`end` false) or last
// (`end` true) day of that month or year. Throws Error(kUsage) naming `option`.
Date parse_date_bound(const std::string& s, std::string_view option, bool end);

struct Tally {
  uint64_t events = 0;
  uint64_t quad[5] = {0, 0, 0, 0, 0};  // [1..4]: verbal coop, material coop, verbal conflict, material conflict
  double goldstein_sum = 0;
  double goldstein_mean() const { return events ? goldstein_sum / static_cast<double>(events) : 0.0; }
  void add(const Tally& o);
};

struct DyadPeriod {
  Date start;
  std::string label;
  Tally ab, ba, both;  // a→b, b→a, and the two together
};

struct DyadQuery {
  std::string a, b;
  Period by = Period::kMonth;
  Date from, to;            // inclusive; invalid = open
  bool all_events = false;  // count every event, not one a day
  // More periods than this (between from/to, or the dyad's first and last
  // event when open) throws Error(kUsage) before any is built.
  size_t max_periods = 2'000'000;
};

std::vector<DyadPeriod> dyad_series(Store& store, const DyadQuery& q);

// dyad_series with its statements prepared once and kept, for answering
// many queries on one Store (the HTTP server keeps one per connection).
// Used by one thread at a time, like the Store, which must outlive it.
class DyadStatements {
 public:
  explicit DyadStatements(Store& store);
  ~DyadStatements();
  DyadStatements(const DyadStatements&) = delete;
  DyadStatements& operator=(const DyadStatements&) = delete;
  std::vector<DyadPeriod> series(const DyadQuery& q);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The series as JSON, the answer of `detente dyad --format json` and of
// GET /api/dyad: {"a","b","by","counting","periods":[{"period","start",
// "ab"|"ba"|"both":{"events","quad":[q1,q2,q3,q4],"goldstein_sum",
// "goldstein_mean"}}]}; actor codes upper-cased, Goldstein sum and mean
// rounded to 3 decimals (mean null for an empty period), no trailing newline.
std::string dyad_json(const DyadQuery& q, const std::vector<DyadPeriod>& rows);

struct ExportFilter {
  Date from, to;                      // inclusive; invalid = open
  std::vector<std::string> sources;   // actor code prefixes ("KOR", "USAGOV"); any matches
  std::vector<std::string> targets;
  std::vector<std::string> actors;    // source or target
  std::vector<std::string> codes;     // CAMEO code prefixes ("03", "036")
  bool one_a_day = false;             // only the first event of each (date, source, target, code)
  uint64_t limit = 0;                 // 0 = all
};

using ExportSink = std::function<void(const Document& doc, const Event& e, const EventExtras& x)>;
uint64_t export_events(Store& store, const ExportFilter& f, const ExportSink& out);

struct StoreStats {
  int schema_version = 0;
  uint64_t documents = 0, sentences = 0, events = 0, daily = 0, stories = 0, clustered_documents = 0;
  Date first, last;
  std::vector<std::pair<std::string, uint64_t>> top_dyads;  // "KOR-JPN" (entities), events
  std::vector<std::pair<std::string, uint64_t>> top_codes;  // "036", events
};

// Everything in one pass over the one-a-day rows (dyad_daily) for the
// counts, date range and tops of the daily table.
StoreStats store_stats(Store& store, int top = 10);

// The dates of the first and last one-a-day rows (invalid when there are
// none): `min(date)`/`max(date)` of the `daily` view, found without reading
// the table: a skip-scan of dyad_daily's primary key, two or three seeks per entity
// pair (the pair's first and last date). For the web API's summary.
struct DateRange {
  Date first, last;
};
DateRange store_date_range(Store& store);

// The most frequent dyads of entities (see actor_entity), unordered: a < b,
// events counted both ways, every stored event (sum of the daily mentions, as
// `detente stats` counts); pairs of an entity with itself, and actors shorter
// than three letters (no target), left out. Ordered by events, then a, b.
struct DyadCount {
  std::string a, b;
  uint64_t events = 0;
};
std::vector<DyadCount> top_dyads(Store& store, size_t limit);

// Every entity in the store with the events it takes part in (as source or
// target; an event between two codes of one entity counts once), ordered by
// events, then code.
struct EntityCount {
  std::string entity;
  uint64_t events = 0;
};
std::vector<EntityCount> entity_counts(Store& store);

// Which events find_events/count_events select.
struct EventQuery {
  std::string a, b;          // actors as dyad_series reads them ("KOR", "KORGOV"); "" = any
  bool directed = false;     // a is the source and b the target; false: either direction
  Date from, to;             // inclusive; invalid = open
  std::string code;          // CAMEO code prefix ("03", "036"); "" = any
  std::string root;          // CAMEO root, exactly ("03"); "" = any
  int quad = 0;              // quad class 1..4; 0 = any
  std::string doc_id;        // events of every stored version of this document; "" = any
  int64_t doc_row = 0;       // events of one stored version (documents.id); 0 = any
  uint64_t offset = 0;       // rows to skip
  uint64_t limit = 0;        // at most this many; 0 = all
};

// Calls `out` for each selected event, ordered by date (unknown dates first)
// then event id, with its document and the store's extras; returns how many.
// Spans are byte offsets into the document text.
uint64_t find_events(Store& store, const EventQuery& q, const ExportSink& out);
// How many events the query selects, ignoring offset and limit.
uint64_t count_events(Store& store, const EventQuery& q);

struct StoredDocument {
  int64_t row = 0;        // documents.id of this version
  Document doc;           // id, date, title, source (outlet), url, text
  bool has_text = false;  // false: stored with --no-text (doc.text empty)
};
// The latest stored version (highest row id) of `doc_id`; false if none.
bool find_document(Store& store, std::string_view doc_id, StoredDocument& out);

}  // namespace detente
