// detente_bench: times each pipeline stage on a corpus and prints a table.
//   detente_bench [--corpus FILE] [--runs N] [--threads N] [--model FILE] [--prune-parser T] [--stage NAME]...
//   detente_bench [--corpus FILE] [--model FILE] --prefilter-report [N]   (why sentences are parsed)
#include <fmt/format.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>

#include "bench/bench.h"
#include "core/error.h"
#include "core/resources.h"
#include "readers/reader.h"
#include "syntax/model.h"

namespace detente::bench {
std::vector<Row>& rows() {
  static std::vector<Row> all;
  return all;
}
std::string& syntax_model_path() {
  static std::string path;
  return path;
}
}  // namespace detente::bench

using namespace detente;
using namespace detente::bench;

static double peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

// CPU time of the whole process (all threads): on a shared machine the wall
// time depends on the load, the CPU time much less. MB/CPU-s is the
// throughput per core; with --threads N it is per core of the N.
static double process_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

int main(int argc, char** argv) {
  std::string corpus_path = std::string(DETENTE_SOURCE_DIR) + "/../shared/data/news/reuters21578.jsonl";
  int runs = 5, threads = 1;
  std::vector<std::string> only;
  size_t report_top = 0;  // --prefilter-report: rows to show (0: no report)
  float prune_parser = -1;  // --prune-parser: drop parser weights with |w| <= T first (< 0: no)
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto need = [&]() -> std::string {
      if (i + 1 >= argc) { std::fprintf(stderr, "detente_bench: %s needs a value\n", a.c_str()); std::exit(2); }
      return argv[++i];
    };
    if (a == "--corpus") corpus_path = need();
    else if (a == "--runs") runs = std::max(1, std::atoi(need().c_str()));
    else if (a == "--threads") threads = std::max(1, std::atoi(need().c_str()));
    else if (a == "--stage") only.push_back(need());
    else if (a == "--model") syntax_model_path() = need();
    else if (a == "--prune-parser") {
      std::string v = need();
      char* end = nullptr;
      prune_parser = std::strtof(v.c_str(), &end);
      if (v.empty() || *end || !(prune_parser >= 0)) {
        std::fprintf(stderr, "detente_bench: --prune-parser needs a number >= 0, not '%s'\n", v.c_str());
        return 2;
      }
    }
    else if (a == "--prefilter-report") {
      report_top = 40;
      if (i + 1 < argc && argv[i + 1][0] >= '0' && argv[i + 1][0] <= '9')
        report_top = std::max(1, std::atoi(argv[++i]));
    } else {
      std::fprintf(stderr, "usage: detente_bench [--corpus FILE] [--runs N] [--threads N] [--model FILE] [--prune-parser T] "
                   "[--stage NAME]... | "
                   "[--corpus FILE] [--model FILE] --prefilter-report [N]\n");
      return 2;
    }
  }
  if (prune_parser >= 0) {
    // A smaller parser from the same model: its weights with |w| <= T dropped
    // (what `train-syntax --parser-prune` does at training time), saved to a
    // temporary file that every stage then loads. Measures whether a smaller
    // weight table runs faster (docs/events.md, Speed, session 28).
    try {
      std::string in = syntax_model_path().empty() ? resource_path("models/syntax-en.bin") : syntax_model_path();
      syntax::PerceptronSyntax m = *syntax::load_model(in);
      const syntax::Weights& w0 = m.parser.weights();
      std::string was = fmt::format("{} features, {:.1f} MB", w0.features(), static_cast<double>(w0.bytes()) / 1e6);
      m.parser.weights().prune(prune_parser);
      std::string out = fmt::format("/tmp/detente-bench-pruned-{}.bin", static_cast<long>(getpid()));
      syntax::save_model(m, out);
      auto reloaded = syntax::load_model(out);  // as the stages will load it
      const syntax::Weights& w1 = reloaded->parser.weights();
      std::printf("parser pruned at |w| <= %g: %zu features, %.1f MB in memory (was %s), saved to %s\n",
                  prune_parser, w1.features(), static_cast<double>(w1.bytes()) / 1e6, was.c_str(), out.c_str());
      syntax_model_path() = out;
      static struct Remove {
        std::string path;
        ~Remove() { std::remove(path.c_str()); }
      } remove_at_exit{out};
    } catch (const Error& e) {
      std::fprintf(stderr, "detente_bench: %s\n", e.what());
      return 2;
    }
  }
  Corpus corpus;
  corpus.path = corpus_path;
  corpus.name = corpus_path.substr(corpus_path.find_last_of('/') + 1);
  {
    ReadOptions opt;
    opt.require_date = false;
    DocumentReader reader({corpus_path}, opt, nullptr);
    Document d;
    while (reader.next(d)) {
      corpus.bytes += d.text.size();
      corpus.docs.push_back(std::move(d));
      d = Document{};
    }
    if (corpus.docs.empty()) { std::fprintf(stderr, "detente_bench: no documents in %s\n", corpus_path.c_str()); return 2; }
  }
  if (report_top) return prefilter_report(corpus, report_top);
  auto& all = rows();
  std::sort(all.begin(), all.end(), [](auto& a, auto& b) { return a.order < b.order; });
  std::printf("corpus %s: %zu documents, %.1f MB of text; %d runs, %d thread(s)\n\n", corpus.name.c_str(),
              corpus.docs.size(), static_cast<double>(corpus.bytes) / 1e6, runs, threads);
  std::printf("%-22s | %-20s | %8s | %12s | %-10s | %4s | %9s | %9s | %11s\n", "stage", "input", "MB/s", "units/s",
              "unit", "runs", "median s", "MB/CPU-s", "peak RSS MB");
  std::printf("%s\n", std::string(132, '-').c_str());
  int status = 0;
  for (auto& row : all) {
    if (!only.empty() && std::find(only.begin(), only.end(), row.stage) == only.end()) continue;
    try {
      if (row.prepare) row.prepare(corpus);
      std::vector<double> secs, cpu;
      Result first;
      for (int r = 0; r < runs; ++r) {
        auto t0 = std::chrono::steady_clock::now();
        double c0 = process_cpu_seconds();
        Result res = row.run(corpus, threads);
        secs.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() - res.untimed_wall);
        cpu.push_back(process_cpu_seconds() - c0 - res.untimed_cpu);
        if (r == 0) first = res;
        else if (res.checksum != first.checksum || res.units != first.units)
          throw Error(Errc::kInternal, fmt::format("{}: result changed between runs", row.stage));
      }
      if (first.units == 0) throw Error(Errc::kInternal, fmt::format("{}: produced nothing", row.stage));
      std::sort(secs.begin(), secs.end());
      std::sort(cpu.begin(), cpu.end());
      double med = secs[secs.size() / 2], med_cpu = cpu[cpu.size() / 2];
      std::printf("%-22s | %-20s | %8.1f | %12.0f | %-10s | %4d | %9.3f | %9.1f | %11.0f\n", row.stage.c_str(),
                  corpus.name.substr(0, 20).c_str(), static_cast<double>(first.bytes) / 1e6 / med,
                  static_cast<double>(first.units) / med, row.unit.c_str(), runs, med,
                  static_cast<double>(first.bytes) / 1e6 / med_cpu, peak_rss_mb());
      std::fflush(stdout);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "detente_bench: %s\n", e.what());
      status = 1;
    }
  }
  return status;
}
