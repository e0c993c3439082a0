// Row for the geo stage: finding and resolving the place mentions of each
// document (what Geolocator::locate does before picking event locations).
// Documents are segmented in `prepare` (untimed); the gazetteer is loaded
// there too. Compare its docs/s with the pipeline row: geolocation should
// add at most 10% to coding time (docs/geo.md).
#include <memory>
#include <vector>

#include "bench/bench.h"
#include "geo/geo.h"
#include "text/segmenter.h"
#include "text/utf8.h"

namespace detente::bench {
namespace {

std::shared_ptr<const Geolocator> geolocator;
std::vector<Document> segmented;

void prepare(const Corpus& c) {
  geolocator = Geolocator::load_default();
  auto seg = Segmenter::load_default();
  segmented.clear();
  segmented.reserve(c.docs.size());
  for (const auto& d : c.docs) {
    Document doc;
    doc.id = d.id;
    doc.text = d.text;
    if (find_invalid_utf8(doc.text) != std::string::npos || !normalize_nfc(doc.text)) continue;
    seg->segment(doc);
    segmented.push_back(std::move(doc));
  }
}

Result locate(const Corpus&, int) {
  Result r;
  std::vector<geo::Toponym> tops;
  for (const auto& d : segmented) {
    geolocator->toponyms(d, nullptr, tops);
    r.units += 1;
    r.bytes += d.text.size();
    for (auto& t : tops) r.checksum = r.checksum * 31 + static_cast<uint64_t>(t.place + 1);
  }
  return r;
}

DETENTE_BENCH_ROW(Row{"geo: find+resolve places", "docs", prepare, locate, 70});

}  // namespace
}  // namespace detente::bench
