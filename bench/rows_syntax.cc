// Row for the syntax stage: tag + lemmatize + parse Reuters sentences that
// the text stage has segmented (untimed), with --threads N sharing one model.
// Units are words; each run annotates fresh copies of the same documents.
#include <time.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <thread>
#include <vector>

#include "bench/bench.h"
#include "syntax/syntax.h"
#include "text/segmenter.h"

namespace detente::bench {
namespace {

// The first documents of the corpus up to this many words: enough for a
// stable median, small enough for 5 runs in under a minute on one core.
constexpr uint64_t kWords = 300000;

std::shared_ptr<const SyntaxModel> model;
std::vector<Document> segmented;

void prepare(const Corpus& c) {
  model = syntax_model_path().empty() ? SyntaxModel::load_default() : SyntaxModel::load(syntax_model_path());
  auto seg = Segmenter::load_default();
  segmented.clear();
  uint64_t words = 0;
  for (const auto& d : c.docs) {
    if (words >= kWords) break;
    Document doc;
    doc.text = d.text;
    seg->segment(doc);
    words += doc.tokens.size();
    segmented.push_back(std::move(doc));
  }
}

double cpu_seconds() {
  timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

// The runner reports wall time; on a shared machine CPU time is the figure
// that means something, so each run also prints words per CPU-second.
// Threads take documents in small batches from a shared counter, so a
// thread slowed by another process (or given longer documents) does not
// hold up the run; each thread keeps its counts in its own variables (no
// shared cache line is written per document), and the checksum is a sum of
// per-document hashes, the same whichever thread annotated a document.
Result annotate(const Corpus&, int threads) {
  threads = std::max(1, threads);
  double cpu0 = cpu_seconds();
  constexpr size_t kBatch = 8;
  std::atomic<size_t> next{0};
  struct alignas(64) Part {
    Result r;
  };
  std::vector<Part> part(threads);
  auto work = [&](int t) {
    Result r;
    Document doc;
    while (true) {
      const size_t begin = next.fetch_add(kBatch, std::memory_order_relaxed);
      if (begin >= segmented.size()) break;
      const size_t end = std::min(segmented.size(), begin + kBatch);
      for (size_t i = begin; i < end; ++i) {
        doc = segmented[i];
        model->annotate(doc);
        r.units += doc.tokens.size();
        r.bytes += doc.text.size();
        uint64_t h = i + 1;
        for (const Token& tok : doc.tokens)
          h = h * 1000003 + static_cast<uint64_t>(tok.head + 2) * 64 + static_cast<uint64_t>(tok.deprel);
        r.checksum += h;
      }
    }
    part[t].r = r;
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (auto& th : pool) th.join();
  Result all;
  for (const Part& p : part) {
    all.units += p.r.units;
    all.bytes += p.r.bytes;
    all.checksum += p.r.checksum;
  }
  double cpu = cpu_seconds() - cpu0;
  std::fprintf(stderr, "syntax: %llu words, CPU %.3f s (%.0f words per CPU-second), checksum %016llx\n",
               static_cast<unsigned long long>(all.units), cpu, static_cast<double>(all.units) / cpu,
               static_cast<unsigned long long>(all.checksum));
  return all;
}

DETENTE_BENCH_ROW(Row{"syntax tag+lemma+parse", "words", prepare, annotate, 30});

}  // namespace
}  // namespace detente::bench
