// geo/resolver.h — toponym resolution: which place each place mention means.
//
// Contract
// - Input: the text and its toponyms (byte spans, in text order, found by
//   geo/mentions.h or given, as in the evaluation); optional hints (the
//   dateline's place, the countries of the story's actors).
// - Each toponym's candidates are the gazetteer places its name can mean.
//   A candidate's score adds (1) a prior: kind (country names and
//   continents first), log population, capital/division-seat status, and
//   how the name refers to it (official name or detente alias over
//   GeoNames alternate names, and an alternate name far below a place
//   that has it as its own name: "Rome" is not Washington, D.C.); (2) a qualifier written next to the name
//   ("Long Beach, Calif.", "Paris, Texas", "Victoria (Australia)") which
//   restricts the candidates to that division or country when any is there;
//   (3) support from the rest of the story: other toponyms and hints that
//   point at the same country or division (a name and its form with a
//   division word, "Karak district", count as one name), and places within
//   50 km or 200 km of the story's unambiguous places.
// - A name still ambiguous after that (two candidates in different countries
//   within `kAmbiguityMargin`, neither supported by the story) resolves to
//   nothing rather than a guess (`place == -1`, `ambiguous == true`); the
//   caller falls back to the country level.
// - A given span whose name the gazetteer lacks altogether (a village, a
//   neighbourhood, a building: "Kibera", "Champs-Elysees") is placed at the
//   story's main place when the story has one (`guessed = true`): the city
//   its other toponyms name most often, in the country they name most
//   often (at least twice, and more than any other country), else that
//   country. The mention scanner (geo/mentions.h) only finds known names,
//   so this applies to spans found elsewhere (NER, the evaluation). So is a
//   town of under 100,000 people in a country nothing else in the story
//   points at, when the story names another country's places at least
//   three times as often and the name has no reading there.
// - Pure function of (gazetteer, input); thread-safe; the Resolver holds no
//   mutable state.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "geo/gazetteer.h"

namespace detente::geo {

struct Toponym {
  uint32_t begin = 0, end = 0;  // bytes in the text
  uint32_t sentence = 0;        // for the caller; not used by the resolver
  bool locative = false;        // after "in", "at", "near", ... (set by the scanner)
  bool dateline = false;        // the story's dateline
  // Output:
  int32_t place = -1;      // gazetteer index, -1 if unresolved
  bool ambiguous = false;  // left unresolved because ambiguous
  bool adjective = false;  // named by a country adjective ("Japanese")
  bool guessed = false;    // a name the gazetteer lacks, placed at the story's main place
  float score = 0;
};

struct ResolveHints {
  std::vector<std::string> countries;  // ISO3 of the story's actors (repeats count)
};

inline constexpr float kAmbiguityMargin = 0.6f;

// One reading of a toponym, for explanations and the evaluation's error
// breakdown: the place, its prior and its final score.
struct Candidate {
  uint32_t place = 0;
  float prior = 0, score = 0;
  NameHow how = NameHow::kName;
};

class Resolver {
 public:
  explicit Resolver(const Gazetteer& g) : g_(g) {}
  // `explain`, if given, receives each toponym's candidates, best first.
  void resolve(std::string_view text, std::vector<Toponym>& toponyms, const ResolveHints& hints = {},
               std::vector<std::vector<Candidate>>* explain = nullptr) const;
  // The place a qualifier text names (a country, division or division
  // abbreviation such as "Calif." or "CA"), or -1. Used by resolve().
  int32_t qualifier_place(std::string_view q) const;

 private:
  const Gazetteer& g_;
};

// Great-circle distance in kilometres.
double distance_km(double lat1, double lon1, double lat2, double lon2);

}  // namespace detente::geo
