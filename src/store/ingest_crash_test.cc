// Crash safety through the real front end: `detente ingest` (the binary
// built beside this test) is killed with SIGKILL mid-run on a generated
// corpus; the database must be consistent, and rerunning the same command
// must leave exactly what an uninterrupted ingest leaves. Skipped when the
// binary or the syntax model is not built yet.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "store/query.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "store/test_util.h"

namespace detente {
namespace {

using testing::TempDb;
namespace fs = std::filesystem;

// The `detente` built beside this test, or $DETENTE_BINARY.
std::string detente_binary() {
  if (const char* b = std::getenv("DETENTE_BINARY")) return b;
  return (fs::read_symlink("/proc/self/exe").parent_path() / "detente").string();
}

// A corpus of short wire-style stories between countries, one a line.
std::string write_corpus(int docs) {
  std::string path = (fs::temp_directory_path() / ("detente-ingest-crash-" + std::to_string(getpid()) + ".jsonl")).string();
  std::ofstream f(path);
  const char* countries[] = {"Japan", "South Korea", "China", "Russia", "France", "Germany", "India", "Brazil"};
  const char* verbs[] = {"imposed export restrictions on", "signed a trade agreement with", "accused",
                         "met officials from", "criticized", "praised"};
  for (int i = 0; i < docs; ++i) {
    const char* a = countries[i % 8];
    const char* b = countries[(i / 8 + 1 + i % 8) % 8];
    if (a == b) b = countries[(i + 3) % 8];
    f << "{\"id\":\"crash-" << i << "\",\"date\":\"2019-" << (1 + i % 12 < 10 ? "0" : "") << 1 + i % 12 << "-"
      << (1 + i % 28 < 10 ? "0" : "") << 1 + i % 28 << "\",\"text\":\"" << a << " " << verbs[i % 6] << " " << b
      << " on Tuesday, officials said in story number " << i << ". The government of " << b << " "
      << verbs[(i + 1) % 6] << " " << a << " a day later.\"}\n";
  }
  return path;
}

int run_ingest(const std::string& corpus, const std::string& db, pid_t* out_pid = nullptr) {
  pid_t pid = fork();
  if (pid == 0) {
    int devnull = ::open("/dev/null", O_WRONLY);
    dup2(devnull, 2);
    execl(detente_binary().c_str(), "detente", "ingest", corpus.c_str(), "--db", db.c_str(), "--batch", "8", "-q",
          static_cast<char*>(nullptr));
    _exit(127);
  }
  if (out_pid) {
    *out_pid = pid;
    return 0;
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST(IngestCrash, SigkillTheRealBinaryThenRerun) {
  if (!fs::exists(detente_binary())) GTEST_SKIP() << "detente binary not built";
  if (!fs::exists(fs::path(DETENTE_SOURCE_DIR) / "models/syntax-en.bin")) GTEST_SKIP() << "no syntax model yet";
  constexpr int kDocs = 300;
  std::string corpus = write_corpus(kDocs);
  TempDb killed("killed"), clean("clean");
  ASSERT_EQ(run_ingest(corpus, clean.path), 0);
  StoreStats want;
  {
    auto s = Store::open(clean.path);
    want = store_stats(*s, 50);
    ASSERT_EQ(want.documents, static_cast<uint64_t>(kDocs));
    ASSERT_GT(want.events, 0u) << "the pipeline coded no events from the corpus";
  }
  pid_t child = 0;
  run_ingest(corpus, killed.path, &child);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (std::chrono::steady_clock::now() < deadline) {
    int64_t n = 0;
    try {
      sql::Db db(killed.path, true);
      n = db.scalar("SELECT count(*) FROM documents");
    } catch (...) {
    }
    if (n >= kDocs / 10) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "ingest finished before it could be killed";
  {
    auto s = Store::open(killed.path);
    auto problems = s->check();
    EXPECT_TRUE(problems.empty()) << problems.front();
    auto st = store_stats(*s, 1);
    EXPECT_LT(st.documents, static_cast<uint64_t>(kDocs));
  }
  ASSERT_EQ(run_ingest(corpus, killed.path), 0);
  auto s = Store::open(killed.path);
  EXPECT_TRUE(s->check().empty());
  StoreStats got = store_stats(*s, 50);
  EXPECT_EQ(got.documents, want.documents);
  EXPECT_EQ(got.events, want.events);
  EXPECT_EQ(got.daily, want.daily);
  EXPECT_EQ(got.top_dyads, want.top_dyads);
  EXPECT_EQ(got.top_codes, want.top_codes);
  fs::remove(corpus);
}

}  // namespace
}  // namespace detente
