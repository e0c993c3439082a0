// Rows for the actors stage: loading detente's dictionaries together with the
// Phoenix ones, and matching actors over segmented text (one core).
#include <memory>
#include <string>
#include <vector>

#include "actors/dictionary.h"
#include "actors/recognizer.h"
#include "bench/bench.h"
#include "text/segmenter.h"

namespace detente::bench {
namespace {

const std::vector<std::string> kPhoenix = {
    std::string(DETENTE_SOURCE_DIR) + "/../shared/data/eventdata/phoenix/Phoenix.Countries.actors.txt",
    std::string(DETENTE_SOURCE_DIR) + "/../shared/data/eventdata/phoenix/Phoenix.International.actors.txt",
    std::string(DETENTE_SOURCE_DIR) + "/../shared/data/eventdata/phoenix/Phoenix.MilNonState.actors.txt",
    std::string(DETENTE_SOURCE_DIR) + "/../shared/data/eventdata/phoenix/Phoenix.agents.txt"};

std::shared_ptr<const ActorRecognizer> recognizer;
std::vector<Document> segmented;

// Load: parse all dictionary files and build the matcher's index (what a
// process pays once at start-up). Units are dictionary entries.
Result load(const Corpus&, int) {
  Result r;
  auto dict = ActorDictionary::load_set(kPhoenix, false);
  ActorRecognizer rec(dict);
  r.units = dict->size();
  r.bytes = 0;
  r.checksum = dict->size() * 1000003 + dict->names().size();
  return r;
}

void prepare_match(const Corpus& c) {
  auto dict = ActorDictionary::load_set(kPhoenix, false);
  recognizer = std::make_shared<ActorRecognizer>(dict);
  auto seg = Segmenter::load_default();
  segmented.clear();
  segmented.reserve(c.docs.size());
  for (const auto& d : c.docs) {
    Document doc;
    doc.text = d.text;
    doc.date = d.date;
    seg->segment(doc);
    segmented.push_back(std::move(doc));
  }
}

// Match: dictionary matching, composition and coreference on segmented
// documents (no parse: the surface path). Units are tokens.
Result match(const Corpus&, int) {
  Result r;
  DocumentActors out;
  for (const auto& doc : segmented) {
    recognizer->recognize(doc, out);
    r.units += doc.tokens.size();
    r.bytes += doc.text.size();
    r.checksum = r.checksum * 31 + out.mentions.size();
  }
  if (r.checksum == 0) r.units = 0;  // no actors at all: something is broken
  return r;
}

DETENTE_BENCH_ROW(Row{"actors load+phoenix", "entries", nullptr, load, 40});
DETENTE_BENCH_ROW(Row{"actors match+phoenix", "tokens", prepare_match, match, 41});

}  // namespace
}  // namespace detente::bench
