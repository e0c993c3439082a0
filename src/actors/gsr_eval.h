// actors/gsr_eval.h — scores actor resolution against human-coded actor spans
// (the PLOVER gold-standard records, PLOVER_GSR_CAMEO.json).
//
// Contract
// - `evaluate_gsr(path, ...)` reads the JSON array of records; every record
//   with a `text` and `source`/`target` lists of {actorText, code, sector} is
//   one sentence. Each gold actor is located in the text (first occurrence of
//   actorText, exact case first, then any case), the text is segmented (and
//   parsed when a syntax model is given) and run through the recognizer, and
//   the mention overlapping the gold span most is compared with the gold code:
//   * country: gold code is a country (legacy CAMEO codes mapped to ISO:
//     JAP->JPN, ITL->ITA, VTN->VNM, ...); correct if our code starts with it.
//   * international: gold IGO/NGO/IMG; correct if our code starts with it.
//   * full code: gold country + the first role of its sector (sector "***"
//     or absent means country only); correct if our code, cut to country +
//     first role, is equal (the gold's older role code CIV counts as CVL).
//     Records with sector "***" are left out of it.
//   A gold actor with no overlapping mention counts as wrong.
// - Throws Error(kIo) if unreadable, Error(kUsage) if not the expected JSON.
// - Pure apart from reading the file; the recognizer and models are shared.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "actors/recognizer.h"

namespace detente {

class Segmenter;
class SyntaxModel;

struct GsrMiss {
  std::string id, role, actor_text, gold, ours, how, sentence;  // ours "" = no mention
};

struct GsrScore {
  uint64_t records = 0, actors = 0;
  uint64_t country_total = 0, country_ok = 0;
  uint64_t intl_total = 0, intl_ok = 0;
  uint64_t full_total = 0, full_ok = 0;
  uint64_t found = 0;  // gold actors with an overlapping mention
  uint64_t not_located = 0;  // actorText not found in the text (not scored)
  std::vector<GsrMiss> country_misses, full_misses;
};

GsrScore evaluate_gsr(const std::string& path, const ActorRecognizer& rec, const Segmenter& seg,
                      const SyntaxModel* syntax);

// Maps a legacy CAMEO country code to ISO 3166 alpha-3 (JAP -> JPN); others unchanged.
std::string iso_from_cameo(const std::string& code);

}  // namespace detente
