// events/event.h — the event record, detente's central contract.
//
// Contract: one Event is one coded "who did what to whom" with its evidence.
// Every sink (JSON Lines, TSV, GDELT, SQLite) writes these same facts; the
// JSON Lines form is the one in DESIGN.md:
//   {"doc_id","sentence","date","source","target","code","root","quad",
//    "goldstein","plover","mode","source_text","target_text","verb_text",
//    "spans":{"source":[b,e],"verb":[b,e],"target":[b,e]},"location":{...},
//    "pattern","text"}
// Spans are byte offsets into the document text ([begin, end)); `sentence`
// is the 0-based sentence index in the document. Plain value type.
#pragma once
#include <cstdint>
#include <string>

#include "core/date.h"

namespace detente {

struct ByteSpan {
  uint32_t begin = 0, end = 0;
  bool empty() const { return begin == end; }
};

struct Location {
  std::string name;        // as resolved ("Tokyo")
  int64_t geonames_id = 0;  // 0 if unknown
  std::string admin1;      // first-level division code or name
  std::string country;     // ISO 3166 alpha-3
  double lat = 0, lon = 0;
  std::string how;         // "sentence", "dateline", "actor"
  bool ok() const { return !country.empty(); }
};

struct Event {
  std::string doc_id;
  uint32_t sentence = 0;
  Date date;
  std::string source, target;  // CAMEO actor codes ("KORGOV"); target may be empty with --allow-no-target
  std::string code;            // CAMEO event code ("036")
  std::string root;            // its two-digit root ("03")
  int quad = 0;                // GDELT quad class 1..4
  double goldstein = 0;
  std::string plover, mode;    // PLOVER category and mode; mode also carries "hypothetical" etc.
  std::string source_text, target_text, verb_text;
  ByteSpan source_span, verb_span, target_span;
  Location location;
  std::string pattern;         // the pattern that fired, as written in its dictionary (file:line)
  std::string text;            // the sentence
  std::string attribution;     // actor code of who reported it ("X said Y attacked Z"), if any
};

}  // namespace detente
