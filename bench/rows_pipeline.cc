// Rows for the whole coding pipeline, as `detente code` runs it: segment +
// syntax + actors + events + geo over Reuters documents, through the real
// Pipeline and run_pipeline (so --threads N is the real multi-thread path:
// batches of documents fed by the calling thread to N workers). Units are
// sentences. "code pipeline" is the default fast path (only the sentences
// that can yield an event are parsed); "code pipeline parse-all" parses
// every sentence (`detente code --parse-all`), for comparison. Both must
// produce the same events: the checksum covers them.
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "bench/bench.h"
#include "events/coder.h"
#include "pipeline/pipeline.h"
#include "text/segmenter.h"

namespace detente::bench {
namespace {

// The first dated documents of the corpus up to this many sentences: about
// a third of Reuters-21578, a few seconds per run on one core.
constexpr uint64_t kSentences = 40000;

std::shared_ptr<const Pipeline> fast, all;
std::vector<Document> docs;
uint64_t sentences_in = 0;

void prepare_docs(const Corpus& c) {
  if (!docs.empty()) return;
  auto seg = Segmenter::load_default();
  sentences_in = 0;
  for (const auto& d : c.docs) {
    if (sentences_in >= kSentences) break;
    if (!d.date.ok()) continue;  // `detente code` rejects these
    Document doc = d;            // text, date and dateline (geo reads it)
    doc.clear_annotations();
    seg->segment(doc);
    sentences_in += doc.sentences.size();
    doc.clear_annotations();
    docs.push_back(std::move(doc));
  }
}

void prepare_fast(const Corpus& c) {
  if (!fast) {
    PipelineConfig config;
    config.syntax_model = syntax_model_path();
    fast = Pipeline::load(config);
  }
  prepare_docs(c);
}

void prepare_all(const Corpus& c) {
  fast.reset();
  PipelineConfig config;
  config.parse_all = true;
  config.syntax_model = syntax_model_path();
  if (!all) all = Pipeline::load(config);
  prepare_docs(c);
}

double cpu_seconds() {
  timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

double wall_seconds() {
  timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

Result code(const Pipeline& p, const char* name, int threads) {
  double cpu0 = cpu_seconds(), wall0 = wall_seconds();
  size_t next = 0;
  Result r;
  uint64_t events = 0, parsed = 0;
  RunStats stats = run_pipeline(
      [&](Document& d) {
        if (next >= docs.size()) return false;
        d = docs[next++];
        return true;
      },
      p, std::max(1, threads),
      [&](const Document& doc, const CodedDocument& coded) {
        r.bytes += doc.text.size();
        for (uint8_t b : coded.parsed) parsed += b;
        for (const Event& e : coded.events) {
          ++events;
          for (const std::string* f : {&e.source, &e.target, &e.code, &e.location.name})
            for (char ch : *f) r.checksum = r.checksum * 1000003 + static_cast<unsigned char>(ch);
          r.checksum = r.checksum * 31 + e.sentence;
        }
      },
      [&](const Document&, const std::string& reason) {
        std::fprintf(stderr, "%s: a document failed: %s\n", name, reason.c_str());
        r.checksum ^= 1;
      });
  double cpu = cpu_seconds() - cpu0, wall = wall_seconds() - wall0;
  r.units = stats.sentences;
  if (stats.sentences != sentences_in || events == 0) r.units = 0;  // lost sentences or no events: broken
  std::fprintf(stderr,
               "%s: %llu sentences (%llu parsed), %llu events, %d thread(s): %.0f sentences/s, "
               "%.0f sentences per CPU-second, checksum %016llx\n",
               name, static_cast<unsigned long long>(stats.sentences), static_cast<unsigned long long>(parsed),
               static_cast<unsigned long long>(events), std::max(1, threads), static_cast<double>(stats.sentences) / wall,
               static_cast<double>(stats.sentences) / cpu, static_cast<unsigned long long>(r.checksum));
  return r;
}

Result code_fast(const Corpus&, int threads) { return code(*fast, "code pipeline", threads); }
Result code_all(const Corpus&, int threads) { return code(*all, "code pipeline parse-all", threads); }

DETENTE_BENCH_ROW(Row{"code pipeline", "sentences", prepare_fast, code_fast, 90});
DETENTE_BENCH_ROW(Row{"code pipeline parse-all", "sentences", prepare_all, code_all, 91});

}  // namespace

int prefilter_report(const Corpus& c, size_t top) {
  PipelineConfig config;
  config.syntax_model = syntax_model_path();
  auto p = Pipeline::load(config);
  struct Tally {
    uint64_t passed = 0, coded = 0, events = 0;
  };
  std::map<std::string, Tally> by_reason, by_kind;
  uint64_t ndocs = 0, sentences = 0, parsed = 0, coded = 0, events = 0, lost = 0;
  CodedDocument out;
  std::vector<uint32_t> in_sentence;
  std::string why;
  for (const Document& d : c.docs) {
    if (!d.date.ok()) continue;  // `detente code` rejects these
    Document doc = d;
    doc.clear_annotations();
    p->code(doc, out);
    ++ndocs;
    sentences += doc.sentences.size();
    in_sentence.assign(doc.sentences.size(), 0);
    for (const Event& e : out.events) ++in_sentence.at(e.sentence);
    // the last sentence that may code: a sentence parsed for its mentions before it is
    // parsed for the coder's sake (later pronouns, "the two sides"), after it for geolocation
    int64_t last = -1;
    for (uint32_t si = 0; si < doc.sentences.size(); ++si)
      if (out.parsed[si] && p->coder().may_code(doc, si)) last = si;
    for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
      events += in_sentence[si];
      if (!out.parsed[si]) {
        lost += in_sentence[si];  // (cannot happen: the coder reads parses)
        continue;
      }
      ++parsed;
      coded += in_sentence[si] > 0;
      // the reason of the usual path (one_actor only narrows it: a sentence it let
      // through passes here too); none: parsed only for the recognizer's mentions
      if (!p->coder().may_code(doc, si, false, &why))
        why = si < last ? "mentions (before a sentence that may code)" : "mentions (after it: for geolocation)";
      for (Tally* t : {&by_reason[why], &by_kind[why.substr(0, why.find(' '))]}) {
        ++t->passed;
        t->coded += in_sentence[si] > 0;
        t->events += in_sentence[si];
      }
    }
  }
  std::printf("prefilter on %s: %llu documents, %llu sentences, %llu parsed, %llu of them with events (%llu events)\n\n",
              c.name.c_str(), static_cast<unsigned long long>(ndocs), static_cast<unsigned long long>(sentences),
              static_cast<unsigned long long>(parsed), static_cast<unsigned long long>(coded),
              static_cast<unsigned long long>(events));
  auto row = [](const std::string& name, const Tally& t) {
    std::printf("%-40s | %8llu | %8llu | %8llu\n", name.c_str(), static_cast<unsigned long long>(t.passed),
                static_cast<unsigned long long>(t.coded), static_cast<unsigned long long>(t.events));
  };
  std::printf("%-40s | %8s | %8s | %8s\n", "parsed because (kind)", "parsed", "w/ event", "events");
  for (const auto& [k, t] : by_kind) row(k, t);
  std::vector<std::pair<std::string, Tally>> v(by_reason.begin(), by_reason.end());
  std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
    const uint64_t wa = a.second.passed - a.second.coded, wb = b.second.passed - b.second.coded;
    return wa != wb ? wa > wb : a.first < b.first;
  });
  std::printf("\n%-40s | %8s | %8s | %8s   (the %zu with most parses without an event)\n", "parsed because (word)",
              "parsed", "w/ event", "events", std::min(top, v.size()));
  for (size_t i = 0; i < v.size() && i < top; ++i) row(v[i].first, v[i].second);
  if (lost) {
    std::fprintf(stderr, "detente_bench: %llu events in sentences not parsed\n", static_cast<unsigned long long>(lost));
    return 1;
  }
  return 0;
}

}  // namespace detente::bench
