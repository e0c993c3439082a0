// Rows for the event store: storing events, and the dyad query over a
// synthetic 10-million-event database (only when asked for: building that
// database takes minutes).
//   detente_bench --stage "store events"
//   DETENTE_BENCH_10M=1 detente_bench --stage "store dyad (10M db)" --runs 21
// The 10M database is built once at $DETENTE_BENCH_DB (default
// /tmp/detente-synth-10m.db) and reused while it holds exactly 10M events.
#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <cstdlib>
#include <filesystem>
#include <unistd.h>

#include "bench/bench.h"
#include "core/error.h"
#include "store/query.h"
#include "store/store.h"
#include "store/synth.h"

namespace detente::bench {
namespace {

// Each corpus document (real text) with deterministic synthetic events.
std::vector<std::vector<Event>> events;
std::string store_path;

void remove_db(const std::string& p) {
  for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(p + s);
}

void prepare_store(const Corpus& c) {
  events.clear();
  SynthOptions o;
  Document scratch;
  for (size_t i = 0; i < c.docs.size(); ++i) {
    events.emplace_back();
    synth_document(i, o, scratch, events.back());
    for (auto& e : events.back()) e.doc_id = c.docs[i].id;
  }
  store_path = (std::filesystem::temp_directory_path() / fmt::format("detente-bench-store-{}.db", getpid())).string();
}

double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

// The runner reports wall time; on a shared machine CPU time (user + system,
// this process) is the steadier figure, so each run prints both on stderr.
Result store_events(const Corpus& c, int) {
  remove_db(store_path);
  Result r;
  double cpu0 = cpu_seconds();
  auto t0 = std::chrono::steady_clock::now();
  uint64_t clustered = 0;
  {
    auto store = Store::open(store_path);
    for (size_t i = 0; i < c.docs.size(); ++i) {
      store->add(c.docs[i], events[i]);
      r.bytes += c.docs[i].text.size();
    }
    store->commit();
    r.units = store->counts().events;
    clustered = store->counts().clustered;
  }  // closing checkpoints the WAL: part of the cost
  double cpu = cpu_seconds() - cpu0;
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::fprintf(stderr, "store events: %llu events, wall %.3f s (%.0f events/s), CPU %.3f s (%.0f events per CPU-second)\n",
               static_cast<unsigned long long>(r.units), wall, static_cast<double>(r.units) / wall, cpu,
               static_cast<double>(r.units) / cpu);
  const auto check_t0 = std::chrono::steady_clock::now();
  const double check_cpu0 = cpu_seconds();
  {
    // Checked across runs (untimed, here and in the table): documents, story clusters, one-a-day rows.
    StoreOptions so;
    so.create = false;
    auto store = Store::open(store_path, so);
    StoreStats st = store_stats(*store, 1);
    r.checksum = ((st.documents * 1000003 + clustered) * 1000003 + st.daily) * 1000003 + st.stories;
  }
  remove_db(store_path);
  r.untimed_wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - check_t0).count();
  r.untimed_cpu = cpu_seconds() - check_cpu0;
  return r;
}

DETENTE_BENCH_ROW(Row{"store events", "events", prepare_store, store_events, 80});

constexpr uint64_t kBigEvents = 10'000'000;
std::unique_ptr<Store> big;

void prepare_big(const Corpus&) {
  const char* env = std::getenv("DETENTE_BENCH_DB");
  std::string path = env ? env : "/tmp/detente-synth-10m.db";
  uint64_t have = 0;
  if (std::filesystem::exists(path)) {
    StoreOptions so;
    so.create = false;
    have = store_stats(*Store::open(path, so), 1).events;
  }
  if (have != kBigEvents) {
    remove_db(path);
    std::fprintf(stderr, "building %s (%llu synthetic events; minutes)...\n", path.c_str(),
                 static_cast<unsigned long long>(kBigEvents));
    auto t0 = std::chrono::steady_clock::now();
    build_synthetic_db(path, kBigEvents, SynthOptions{});
    std::fprintf(stderr, "built in %.0f s\n",
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  StoreOptions so;
  so.create = false;
  big = Store::open(path, so);
}

Result dyad_10m(const Corpus&, int) {
  DyadQuery q;
  q.a = "KOR";
  q.b = "JPN";
  q.by = Period::kMonth;
  auto rows = dyad_series(*big, q);
  Result r;
  r.units = 1;
  for (const auto& p : rows) r.checksum += p.both.events;
  if (r.checksum == 0) throw Error(Errc::kInternal, "dyad query found no KOR-JPN events");
  return r;
}

[[maybe_unused]] const bool registered_10m = [] {
  if (std::getenv("DETENTE_BENCH_10M")) rows().push_back(Row{"store dyad (10M db)", "queries", prepare_big, dyad_10m, 81});
  return true;
}();

}  // namespace
}  // namespace detente::bench
