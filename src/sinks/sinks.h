// sinks/sinks.h — event writers: the same event facts as JSON Lines, TSV,
// GDELT 2.0 event rows or CSV. Shared by `detente code` and `detente export`.
//
// Contract
// - `make_writer(format, out)` returns a writer for "jsonl", "tsv", "gdelt" or
//   "csv" that writes to `out` (not owned; the caller closes it). An unknown
//   format throws Error(Errc::kUsage) naming the formats there are.
// - `write(doc, event)` writes one event; `doc` supplies what the event does
//   not carry (url, source outlet, title). Only doc.id/date/url/source/title
//   are read, so a Document with an empty text is fine (e.g. from the store).
// - `write(doc, event, extras)` also writes what the store adds (event id,
//   GDELT NumMentions/NumSources/NumArticles, story cluster); writers created
//   with WriterOptions::store_columns carry those columns in every row.
// - `finish()` writes any trailer and flushes; call it once after the last
//   event (the destructor does not write). Header rows (tsv, csv) are
//   written before the first event, or by finish() if there was none.
// - Formats (docs/store.md describes every column):
//   jsonl  one object per line, exactly DESIGN.md's record, keys in its
//          order; "attribution" is added only when non-empty; "location" is
//          null when unresolved. Store exports append "event_id",
//          "num_mentions", "num_sources", "num_articles", "story".
//   tsv    Phoenix-style columns (EventID, Date, Year, Month, Day,
//          SourceActorFull/Entity/Role/Attribute, Target..., EventCode,
//          EventRootCode, QuadClass, GoldsteinScore, Issues, Lat, Lon,
//          LocationName, StateName, CountryCode, SentenceID, URLs,
//          NewsSources) then detente's evidence columns; header row; tabs and
//          newlines inside fields become spaces.
//   gdelt  the 61 tab-separated GDELT 2.0 event columns, no header, "" for
//          what detente does not know (tone, ethnic/religion codes, FIPS).
//   csv    RFC 4180, the JSON record flattened (spans and location split
//          into columns), header row.
// - A writer is not thread-safe; strings are written as given (UTF-8).
#pragma once
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/document.h"
#include "events/event.h"

namespace detente {

// What the store knows about an event beyond the Event record.
struct EventExtras {
  uint64_t event_id = 0;  // 0 = number events 1, 2, ... in the order written
  uint32_t mentions = 1;  // GDELT NumMentions: mentions across all documents
  uint32_t sources = 1;   // GDELT NumSources: distinct outlets
  uint32_t articles = 1;  // GDELT NumArticles: distinct documents
  int64_t story = 0;      // story cluster id (0 = none)
  std::string added;      // when stored, "YYYYMMDDHHMMSS" (GDELT DATEADDED); "" = unknown
};

struct WriterOptions {
  bool store_columns = false;  // carry EventExtras columns (export from a database)
};

class EventWriter {
 public:
  virtual ~EventWriter() = default;
  virtual void write(const Document& doc, const Event& e) = 0;
  virtual void write(const Document& doc, const Event& e, const EventExtras& extras);
  virtual void finish();

 protected:
  explicit EventWriter(std::FILE* out) : out_(out) {}
  std::FILE* out_;
};

std::unique_ptr<EventWriter> make_writer(std::string_view format, std::FILE* out, WriterOptions options = {});

// The formats make_writer knows, for --help: "jsonl|tsv|gdelt|csv".
std::string_view writer_formats();

// Appends `s` to `out` as a JSON string (quotes included), escaping as JSON
// requires; invalid UTF-8 bytes become U+FFFD. Exposed for the store's JSON.
void append_json_string(std::string& out, std::string_view s);
// A double as JSON: shortest round-trip form, always with a '.' or exponent
// ("4.0", "-2.5", "35.69"); non-finite values as null.
void append_json_number(std::string& out, double v);

}  // namespace detente
