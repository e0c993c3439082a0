// store/synth.h — deterministic synthetic documents and events, for the
// store's tests and benchmarks (never for evaluation: they are not news).
//
// Contract: `synth_document(i, options, doc, events)` fills document number
// i and its events; the same (i, options) always gives the same bytes on
// every platform. Countries follow a Zipf-like distribution (USA, CHN, RUS,
// ..., KOR and JPN among the ten most frequent), so a dyad like KOR–JPN holds
// about 0.2% of all events, like a busy dyad in real event data.
// `build_synthetic_db` ingests documents 0.. until `events` events are
// stored, without document texts (one-line texts, so no story clustering;
// documents in date order, 137 a day, as a news archive is ingested), and
// returns the count. Already stored documents are skipped.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/document.h"
#include "events/event.h"

namespace detente {

struct SynthOptions {
  uint64_t seed = 1;
  int events_per_document = 10;
  int32_t first_day = 10957;  // 2000-01-01
  int32_t days = 7305;        // twenty years
  int words = 60;             // words of text per document (0 = a one-line text)
  int docs_per_day = 0;       // > 0: document i is dated first_day + i / docs_per_day (in date order)
};

void synth_document(uint64_t i, const SynthOptions& o, Document& doc, std::vector<Event>& events);
uint64_t build_synthetic_db(const std::string& path, uint64_t events, const SynthOptions& o);

}  // namespace detente
