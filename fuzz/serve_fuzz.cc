// Fuzzes the HTTP API's request handlers (serve/api.h) in process: any bytes
// are read as an HTTP request (request line, headers, body; the path and
// query decoded as the server's transport decodes them) and handed to
// Api::handle over a real SQLite database, a real static root and the real
// pipeline. Checks: the handler never throws or crashes; the status is one
// the API documents; JSON answers parse and errors have the documented
// shape; a 200 from the static root never carries a file from outside it.
#include <httplib.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "fuzz_util.h"
#include "serve/api.h"
#include "store/store.h"

using namespace detente;
namespace fs = std::filesystem;

namespace {

constexpr const char* kSecret = "FUZZ-SECRET-OUTSIDE-ROOT";
constexpr const char* kToken = "fuzz-token-0123456789abcdef";

struct World {
  std::string dir, db, root;
  std::unique_ptr<serve::Api> api;
  ~World() {  // at exit: the scratch directory goes with it
    api.reset();
    std::error_code ec;
    if (!dir.empty()) fs::remove_all(dir, ec);
  }
};

World& world() {
  static World x;
  static const bool built = [] {
    const char* tmp = std::getenv("TMPDIR");
    x.dir = std::string(tmp && *tmp ? tmp : "/tmp") + "/detente-fuzz-serve-" + std::to_string(getpid());
    fs::remove_all(x.dir);
    fs::create_directories(x.dir + "/web/assets");
    x.root = x.dir + "/web";
    std::ofstream(x.root + "/index.html") << "<!doctype html><title>fuzz</title>";
    std::ofstream(x.root + "/assets/app.js") << "console.log(1)";
    std::ofstream(x.dir + "/secret.txt") << kSecret;
    fs::create_symlink(x.dir + "/secret.txt", x.root + "/escape");
    x.db = x.dir + "/fuzz.db";
    {
      auto store = Store::open(x.db);
      Document d;
      d.id = "doc/1";
      d.date = make_date(2019, 10, 24);
      d.text = "Japan agreed to talks with South Korea.";
      d.title = "Talks";
      Event e;
      e.doc_id = d.id;
      e.date = d.date;
      e.source = "JPNGOV";
      e.target = "KORGOV";
      e.code = "036";
      e.root = "03";
      e.quad = 1;
      e.goldstein = 4.0;
      e.source_span = {0, 5};
      e.source_text = "Japan";
      e.target_span = {27, 38};
      e.target_text = "South Korea";
      e.verb_span = {6, 12};
      e.verb_text = "agreed";
      e.text = d.text;
      store->add(d, {e});
      store->commit();
    }
    serve::ApiOptions o;
    o.db = x.db;
    o.static_root = x.root;
    o.token = kToken;
    o.max_body = 1 << 16;
    o.max_ingest_body = 1 << 16;
    x.api = std::make_unique<serve::Api>(Pipeline::load(PipelineConfig{}), o);
    return true;
  }();
  (void)built;
  return x;
}

std::string_view next_line(std::string_view& s) {
  size_t nl = s.find('\n');
  std::string_view line = s.substr(0, nl);
  s = nl == std::string_view::npos ? std::string_view() : s.substr(nl + 1);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

}  // namespace

// The world (pipeline, gazetteer, database) is built once before fuzzing: built
// inside the first input it took over libFuzzer's 10 s per-input timeout.
extern "C" int LLVMFuzzerInitialize(int*, char***) { world(); return 0; }

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  World& w = world();
  std::string_view in(reinterpret_cast<const char*>(data), size);
  // "METHOD TARGET VERSION"
  std::string_view line = next_line(in);
  size_t sp1 = line.find(' ');
  if (sp1 == std::string_view::npos) return 0;
  size_t sp2 = line.find(' ', sp1 + 1);
  std::string method(line.substr(0, sp1));
  std::string target(line.substr(sp1 + 1, sp2 == std::string_view::npos ? std::string_view::npos : sp2 - sp1 - 1));
  httplib::Headers headers;
  for (;;) {
    if (in.empty()) break;
    std::string_view h = next_line(in);
    if (h.empty()) break;
    size_t colon = h.find(':');
    if (colon == std::string_view::npos) continue;
    std::string_view v = h.substr(colon + 1);
    while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
    headers.emplace(std::string(h.substr(0, colon)), std::string(v));
  }
  // As httplib's transport: the path percent-decoded, the query parsed.
  size_t q = target.find('?');
  std::string path = httplib::detail::decode_url(target.substr(0, q), false);
  httplib::Params params;
  if (q != std::string::npos) httplib::detail::parse_query_text(target.substr(q + 1), params);

  serve::Request r;
  r.method = method;
  r.path = path;
  r.params = &params;
  r.headers = &headers;
  r.body = in;
  r.body_too_large = in.size() > w.api->body_limit(method, path);
  if (r.body_too_large) r.body = {};
  serve::Response res = w.api->handle(r);

  static const int kStatuses[] = {200, 400, 401, 403, 404, 405, 413, 415};
  bool known = false;
  for (int s : kStatuses) known = known || s == res.status;
  FUZZ_CHECK(known, std::to_string(res.status) + " for " + method + " " + path + ": " + res.body);
  if (res.content_type == "application/json") {
    auto j = nlohmann::json::parse(res.body, nullptr, false);
    FUZZ_CHECK(!j.is_discarded(), res.body.substr(0, 200));
    if (res.status != 200) {
      FUZZ_CHECK(j.is_object() && j.contains("error") && j["error"]["status"] == res.status, res.body.substr(0, 200));
      FUZZ_CHECK(j["error"]["message"].is_string(), res.body.substr(0, 200));
    }
  }
  // A file answer (not an error, not the API, which may echo the request)
  // never holds the file outside the root.
  if (res.status == 200 && path.rfind("/api", 0) != 0) FUZZ_CHECK(res.body.find(kSecret) == std::string::npos, path);
  return 0;
}
