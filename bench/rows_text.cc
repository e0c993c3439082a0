// Rows for the reader and the text stage.
#include <memory>
#include <utility>

#include "bench/bench.h"
#include "readers/reader.h"
#include "text/segmenter.h"
#include "text/utf8.h"

namespace detente::bench {
namespace {

std::shared_ptr<const Segmenter> segmenter;

// Reads the corpus file as `detente` does (decompress, parse JSON, validate
// UTF-8, normalize) and hands each document to `per_doc`, which returns the
// units it counts and the value folded into the checksum.
template <class PerDoc>
Result read_corpus(const Corpus& c, PerDoc&& per_doc) {
  Result r;
  ReadOptions opt;
  opt.require_date = false;
  DocumentReader reader({c.path}, opt, nullptr);
  Document d;
  while (reader.next(d)) {
    auto [units, check] = per_doc(d);
    r.units += units;
    r.bytes += d.text.size();
    r.checksum = r.checksum * 31 + check;
  }
  return r;
}

// The whole reader.
Result read(const Corpus& c, int) {
  return read_corpus(c, [](Document& d) { return std::pair<uint64_t, uint64_t>{1, d.text.size()}; });
}

Result validate(const Corpus& c, int) {
  Result r;
  for (const auto& d : c.docs) {
    std::string copy = d.text;
    if (find_invalid_utf8(copy) == std::string::npos && normalize_nfc(copy)) ++r.units;
    r.bytes += copy.size();
    r.checksum += copy.size();
  }
  return r;
}

Result segment(const Corpus& c, int) {
  Result r;
  Document doc;
  for (const auto& d : c.docs) {
    doc.text = d.text;  // copy: the timed work includes validation as a reader would do it
    doc.clear_annotations();
    if (find_invalid_utf8(doc.text) != std::string::npos || !normalize_nfc(doc.text)) continue;
    segmenter->segment(doc);
    r.units += doc.tokens.size();
    r.bytes += doc.text.size();
    r.checksum = r.checksum * 31 + doc.sentences.size();
  }
  return r;
}

// The measure end to end: read the file (JSON, UTF-8 validation, NFC)
// and segment every document, one core.
Result read_segment(const Corpus& c, int) {
  return read_corpus(c, [](Document& d) {
    segmenter->segment(d);
    return std::pair<uint64_t, uint64_t>{d.tokens.size(), d.sentences.size()};
  });
}

DETENTE_BENCH_ROW(Row{"read jsonl", "docs", nullptr, read, 5});
DETENTE_BENCH_ROW(Row{"validate+nfc", "docs", nullptr, validate, 10});
DETENTE_BENCH_ROW(Row{"validate+split+tokenize", "tokens",
                      [](const Corpus&) { segmenter = Segmenter::load_default(); }, segment, 20});
DETENTE_BENCH_ROW(Row{"read+split+tokenize", "tokens",
                      [](const Corpus&) { segmenter = Segmenter::load_default(); }, read_segment, 21});

}  // namespace
}  // namespace detente::bench
