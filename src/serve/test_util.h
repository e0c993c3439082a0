// serve/test_util.h — what the serve tests share: the pipeline (loaded once
// per test binary), a real database built once per binary, a real server on
// 127.0.0.1 (port 0) in a thread, and a raw-socket client for byte-exact
// requests.
//
// The database holds the stories of examples/ coded by the pipeline through
// the ingest path, plus hand-made documents whose events are known exactly
// (kHand*), so answers can be checked against values worked out by hand.
#pragma once
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include "pipeline/pipeline.h"
#include "serve/api.h"
#include "serve/server.h"
#include "store/ingest.h"
#include "store/sqlite.h"
#include "store/store.h"

namespace detente::serve::testing {

namespace fs = std::filesystem;

inline std::shared_ptr<const Pipeline> pipeline() {
  static std::shared_ptr<const Pipeline> p = Pipeline::load(PipelineConfig{});
  return p;
}

// A file path in the temp directory, removed (with -wal, -shm) at exit.
struct TempPath {
  std::string path;
  explicit TempPath(const std::string& name) {
    static int n = 0;
    path = (fs::temp_directory_path() / ("detente-serve-" + std::to_string(getpid()) + "-" + std::to_string(n++) + "-" + name))
               .string();
    remove();
  }
  ~TempPath() { remove(); }
  void remove() const {
    std::error_code ec;
    for (const char* s : {"", "-wal", "-shm"}) fs::remove_all(path + s, ec);
  }
};

// Hand-made documents: FRA and DEU in 1990, events known exactly.
//   1990-01-05 doc "hand/jan 5": FRAGOV -> DEUGOV 036 quad 1 goldstein 0.1
//   1990-01-20 doc "hand/jan 20": FRAGOV -> DEUGOV 036 quad 1 goldstein 0.2, twice (two sentences)
//   1990-03-03 doc "hand/mar 3": DEUGOV -> FRA 112 quad 3 goldstein -2.0
// One a day: January FRA->DEU 2 events (sum 0.3), March DEU->FRA 1 (-2.0);
// every event: January 3 (sum 0.5).
inline const char* const kHandText[] = {
    "France agreed to talks with Germany.",
    "France agreed to talks with Germany. France agreed again to talks with Germany.",
    "Germany accused France of delays.",
};

inline Event hand_event(const std::string& doc_id, const std::string& text, uint32_t sentence, size_t from, Date d,
                        const char* src, const char* tgt, const char* code, int quad, double g) {
  Event e;
  e.doc_id = doc_id;
  e.sentence = sentence;
  e.date = d;
  e.source = src;
  e.target = tgt;
  e.code = code;
  e.root = std::string(code).substr(0, 2);
  e.quad = quad;
  e.goldstein = g;
  e.plover = "AGREE";
  auto span = [&](std::string_view word) {
    size_t b = text.find(word, from);
    return ByteSpan{static_cast<uint32_t>(b), static_cast<uint32_t>(b + word.size())};
  };
  bool fra_first = std::string(src).rfind("FRA", 0) == 0;
  e.source_span = span(fra_first ? "France" : "Germany");
  e.target_span = span(fra_first ? "Germany" : "France");
  e.verb_span = span(fra_first ? "agreed" : "accused");
  e.source_text = text.substr(e.source_span.begin, e.source_span.end - e.source_span.begin);
  e.target_text = text.substr(e.target_span.begin, e.target_span.end - e.target_span.begin);
  e.verb_text = text.substr(e.verb_span.begin, e.verb_span.end - e.verb_span.begin);
  size_t end = text.find('.', from);
  e.text = text.substr(from, end + 1 - from);
  e.pattern = "hand-made";
  return e;
}

inline void add_hand_documents(Store& store) {
  auto doc = [](const std::string& id, Date d, const char* text) {
    Document x;
    x.id = id;
    x.date = d;
    x.text = text;
    x.title = "Hand-made " + id;
    x.source = "test wire";
    return x;
  };
  Date j5 = make_date(1990, 1, 5), j20 = make_date(1990, 1, 20), m3 = make_date(1990, 3, 3);
  {
    Document d = doc("hand/jan 5", j5, kHandText[0]);
    store.add(d, {hand_event(d.id, d.text, 0, 0, j5, "FRAGOV", "DEUGOV", "036", 1, 0.1)});
  }
  {
    Document d = doc("hand/jan 20", j20, kHandText[1]);
    size_t second = d.text.find("France agreed again");
    store.add(d, {hand_event(d.id, d.text, 0, 0, j20, "FRAGOV", "DEUGOV", "036", 1, 0.2),
                  hand_event(d.id, d.text, 1, second, j20, "FRAGOV", "DEUGOV", "036", 1, 0.2)});
  }
  {
    Document d = doc("hand/mar 3", m3, kHandText[2]);
    store.add(d, {hand_event(d.id, d.text, 0, 0, m3, "DEUGOV", "FRA", "112", 3, -2.0)});
  }
}

// The test database: built once per binary, read-only afterwards (tests that
// write make their own copy with copy_db()).
inline const std::string& test_db() {
  static TempPath db("shared.db");
  static bool built = [] {
    auto store = Store::open(db.path);
    auto reader = std::make_unique<DocumentReader>(std::vector<std::string>{DETENTE_SOURCE_DIR "/examples"},
                                                   ReadOptions{}, [](const Reject&) {});
    ingest(*reader, *pipeline(), *store, 2, [](const Document&, const std::string&) {});
    add_hand_documents(*store);
    store->commit();
    return true;
  }();
  (void)built;
  return db.path;
}

// A copy of the test database a test may write to.
inline std::unique_ptr<TempPath> copy_db(const std::string& name) {
  auto p = std::make_unique<TempPath>(name);
  {
    auto src = Store::open(test_db(), StoreOptions{.read_only = true, .create = false});
    sql::Db& db = src->db();
    sqlite3_stmt* s = nullptr;
    std::string q = "VACUUM INTO '" + p->path + "'";  // a temp path we made: no quotes in it
    EXPECT_EQ(sqlite3_prepare_v2(db.get(), q.c_str(), -1, &s, nullptr), SQLITE_OK);
    EXPECT_EQ(sqlite3_step(s), SQLITE_DONE);
    sqlite3_finalize(s);
  }
  return p;
}

// A real server on 127.0.0.1 (port 0) answering in a thread.
class LiveServer {
 public:
  explicit LiveServer(ApiOptions o, int threads = 8) {
    if (o.db.empty()) o.db = test_db();
    api = std::make_shared<Api>(pipeline(), std::move(o));
    ServerOptions so;
    so.port = 0;
    so.threads = threads;
    server = std::make_unique<Server>(api, so);
    port = server->bind();
    thread = std::thread([this] { server->run(); });
  }
  ~LiveServer() {
    server->stop();
    thread.join();
  }
  std::unique_ptr<httplib::Client> client() const {
    auto c = std::make_unique<httplib::Client>("127.0.0.1", port);
    c->set_read_timeout(120);
    c->set_write_timeout(120);
    return c;
  }
  std::shared_ptr<Api> api;
  std::unique_ptr<Server> server;
  std::thread thread;
  int port = 0;
};

// The shared server over test_db(), no token, no dashboard.
inline LiveServer& shared_server() {
  static LiveServer s(ApiOptions{});
  return s;
}

// Sends `bytes` as they are over a new connection; returns the raw response
// (status line, headers, and the body its Content-Length announces), or ""
// if the server closed the connection without answering.
inline std::string raw_request(int port, std::string_view bytes) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
    ::close(fd);
    return {};
  }
  timeval tv{30, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  size_t sent = 0;
  while (sent < bytes.size()) {
    ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;
    sent += static_cast<size_t>(n);
  }
  // (No half-close: httplib takes a closed write side for a gone client.)
  std::string out;
  char buf[65536];
  for (;;) {
    size_t head = out.find("\r\n\r\n");
    if (head != std::string::npos) {
      size_t want = 0;
      size_t cl = out.find("Content-Length: ");
      if (cl != std::string::npos && cl < head) want = std::strtoull(out.c_str() + cl + 16, nullptr, 10);
      if (out.size() >= head + 4 + want) break;
    }
    ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0) break;
    out.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  return out;
}

inline int raw_status(const std::string& raw) {
  // "HTTP/1.1 404 Not Found"
  if (raw.size() < 12 || raw.compare(0, 5, "HTTP/") != 0) return 0;
  return std::atoi(raw.c_str() + raw.find(' ') + 1);
}

}  // namespace detente::serve::testing
