// geo/mentions.h — finding place mentions in an annotated document.
//
// Contract
// - `find_toponyms(doc, actors, g, out)` scans each sentence's tokens for the
//   longest gazetteer names (up to the gazetteer's longest name, at most 6
//   tokens) that start and end with a capitalized token: "Tokyo", "Baghdad"
//   in "near Baghdad airport", "Galwan Valley", "Seoul" in "outside the
//   Japanese embassy in Seoul", "Japanese" (a country adjective).
// - It skips tokens inside actor mentions of people, organizations, groups,
//   agents and metonyms ("Washington Post", "George Washington", "the
//   Kremlin"), and drops weak single-word readings: common words ("Central"),
//   short abbreviations not written as such ("On" is not ON, Ontario),
//   short all-capital words that only name towns (acronyms: "UN"), a
//   sentence-initial word that the parser does not tag PROPN, and small
//   towns (< 15,000 people) that are neither after a locative preposition
//   nor next to a qualifier. Lower-case connectors may stand inside a name
//   ("Port-au-Prince", "Frankfurt am Main").
// - `locative` is set when "in/at/near/outside/inside/across/around/
//   throughout/within/off/along" precedes the name, possibly across a few
//   lower-case words ("in the southern city of Basra").
// - The dateline ("NEW DELHI, April 11 (...) --", "TOKYO (Reuters) -") in the
//   first lines of the text becomes a toponym with `dateline = true`.
// - `actors` may be null (no actor layer). Pure and thread-safe.
#pragma once
#include <vector>

#include "actors/recognizer.h"
#include "core/document.h"
#include "geo/gazetteer.h"
#include "geo/resolver.h"

namespace detente::geo {

void find_toponyms(const Document& doc, const DocumentActors* actors, const Gazetteer& g, std::vector<Toponym>& out);

// The dateline's byte span at the head of `text` ([0,0) if none).
std::pair<uint32_t, uint32_t> find_dateline(std::string_view text);

}  // namespace detente::geo
