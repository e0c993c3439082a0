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
// - `store_stats` summarizes the database. All are read-only.
#pragma once
#include <cstdint>
#include <functional>
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

// The period containing `d`: its first day and its label ("2019-10-24",
// "2019-W43", "2019-10", "2019").
Date period_start(Period p, Date d);
Date period_next(Period p, Date start);
std::string period_label(Period p, Date start);

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
};

std::vector<DyadPeriod> dyad_series(Store& store, const DyadQuery& q);

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

StoreStats store_stats(Store& store, int top = 10);

}  // namespace detente
