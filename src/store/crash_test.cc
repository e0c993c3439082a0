// Crash safety: a child process ingesting is killed with SIGKILL mid-run;
// the database must be consistent, and a rerun must store exactly what was
// missing — nothing lost, nothing twice.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "store/query.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "store/synth.h"
#include "store/test_util.h"

namespace detente {
namespace {

using testing::TempDb;

constexpr uint64_t kDocs = 6000;

void ingest_all(const std::string& path, int batch) {
  StoreOptions so;
  so.batch_documents = batch;
  auto store = Store::open(path, so);
  SynthOptions o;
  Document d;
  std::vector<Event> events;
  for (uint64_t i = 0; i < kDocs; ++i) {
    synth_document(i, o, d, events);
    store->add(d, events);
  }
  store->commit();
}

int64_t committed_documents(const std::string& path) {
  try {
    sql::Db db(path, true);
    return db.scalar("SELECT count(*) FROM documents");
  } catch (...) {
    return 0;  // not created yet
  }
}

TEST(Crash, SigkillMidIngestThenRerun) {
  TempDb db("crash");
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    try {
      ingest_all(db.path, 64);
    } catch (...) {
      _exit(3);
    }
    _exit(0);
  }
  // Kill it once some batches are committed, while it is still writing.
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  int64_t seen = 0;
  while ((seen = committed_documents(db.path)) < 1000 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  ASSERT_EQ(kill(child, SIGKILL), 0);
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the child finished before it could be killed";
  EXPECT_EQ(WTERMSIG(status), SIGKILL);

  uint64_t before = 0;
  {
    auto store = Store::open(db.path);
    auto problems = store->check();
    EXPECT_TRUE(problems.empty()) << problems.front();
    before = store_stats(*store, 1).documents;
    EXPECT_GE(before, 1000u);
    EXPECT_LT(before, kDocs);
    EXPECT_EQ(before % 16, 0u) << "a partial batch survived";  // transactions hold multiples of 16 documents
    EXPECT_EQ(store_stats(*store, 1).events, before * SynthOptions{}.events_per_document);
  }
  // Rerun the whole ingest: only the missing documents are added.
  {
    StoreOptions so;
    auto store = Store::open(db.path, so);
    SynthOptions o;
    Document d;
    std::vector<Event> events;
    for (uint64_t i = 0; i < kDocs; ++i) {
      synth_document(i, o, d, events);
      store->add(d, events);
    }
    store->commit();
    EXPECT_EQ(store->counts().duplicates, before);
    EXPECT_EQ(store->counts().documents, kDocs - before);
  }
  // The result equals an uninterrupted ingest.
  TempDb clean("clean");
  ingest_all(clean.path, 64);
  auto a = Store::open(db.path), b = Store::open(clean.path);
  EXPECT_TRUE(a->check().empty());
  StoreStats sa = store_stats(*a, 20), sb = store_stats(*b, 20);
  EXPECT_EQ(sa.documents, kDocs);
  EXPECT_EQ(sa.events, sb.events);
  EXPECT_EQ(sa.daily, sb.daily);
  EXPECT_EQ(sa.stories, sb.stories);
  EXPECT_EQ(sa.top_dyads, sb.top_dyads);
  EXPECT_EQ(sa.top_codes, sb.top_codes);
  auto digest = [](Store& s) {
    sql::Stmt q(s.db(),
                "SELECT d.doc_id, e.sentence, e.source, e.target, e.code, y.mentions, y.articles, y.sources FROM events "
                "e JOIN documents d ON d.id = e.doc JOIN daily y USING (date, source, target, code) "
                "ORDER BY d.doc_id, e.id");
    uint64_t h = 1469598103934665603ull;
    while (q.step())
      for (int c = 0; c < 8; ++c)
        for (char ch : q.text(c)) h = (h ^ static_cast<unsigned char>(ch)) * 1099511628211ull;
    return h;
  };
  EXPECT_EQ(digest(*a), digest(*b));
}

}  // namespace
}  // namespace detente
