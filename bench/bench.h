// bench/bench.h — detente's benchmark runner: one row per stage.
//
// A row registers itself with DETENTE_BENCH_ROW. The runner loads the corpus
// once, calls `prepare` (untimed: loads resources), then `run` N times and
// reports the median, as:
//   stage | input | MB/s | units/s | unit | runs | median s | MB/CPU-s | peak RSS MB
// (MB/CPU-s: text bytes per second of process CPU time, median of the runs;
// on a loaded machine it is the figure that still means something)
// `run` must check its own result (e.g. token count > 0 and stable across
// runs) and return the number of units and bytes processed; a row whose
// result changes between runs fails the benchmark.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/document.h"

namespace detente::bench {

struct Corpus {
  std::string name;               // e.g. "reuters21578.jsonl"
  std::string path;               // the file it was read from
  std::vector<Document> docs;     // as read (text only, no annotations)
  uint64_t bytes = 0;             // total text bytes
};

struct Result {
  uint64_t units = 0, bytes = 0;
  uint64_t checksum = 0;  // must be equal across runs
  // Time a row spends checking its own result (e.g. re-opening a database
  // to count what it stored): the runner leaves it out of the row's time.
  double untimed_wall = 0, untimed_cpu = 0;
};

struct Row {
  std::string stage, unit;
  std::function<void(const Corpus&)> prepare;
  std::function<Result(const Corpus&, int threads)> run;
  int order = 0;
};

std::vector<Row>& rows();

// --model FILE: the syntax model the syntax and pipeline rows load ("" = the
// committed models/syntax-en.*), to time a retrained parser with the same binary.
std::string& syntax_model_path();

// --prefilter-report: over every dated document of the corpus, why the fast
// path parsed each sentence (EventCoder::may_code's reason, or "mentions" for a
// sentence parsed only for the actor recognizer) and how many of those coded an
// event; prints a table and returns the exit status (rows_pipeline.cc).
int prefilter_report(const Corpus& corpus, size_t top);

struct RowRegistrar {
  explicit RowRegistrar(Row r) { rows().push_back(std::move(r)); }
};

}  // namespace detente::bench

#define DETENTE_BENCH_CAT2(a, b) a##b
#define DETENTE_BENCH_CAT(a, b) DETENTE_BENCH_CAT2(a, b)
#define DETENTE_BENCH_ROW(...) static ::detente::bench::RowRegistrar DETENTE_BENCH_CAT(bench_row_, __LINE__)(__VA_ARGS__)
