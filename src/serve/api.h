// serve/api.h — the HTTP API of `detente serve` as a plain function from a
// request to a response, with no sockets: the server (serve/server.h), the
// tests and the fuzz target all call `Api::handle`. docs/serve.md documents
// every endpoint; `openapi_json()` describes them (GET /api/openapi.json).
//
// Contract
// - `Api(pipeline, options)` checks the database opens read-only (throws
//   Error(kBadDatabase) if not) and resolves the static root; the pipeline
//   (loaded once by the caller) codes POST /api/code and /api/documents.
// - `handle(request)` never throws: every failure is a JSON error
//   {"error":{"status","code","message"}} (400 bad parameter, 401 missing or
//   wrong token, 403 ingest disabled, 404, 405, 413 body too large, 415 not
//   JSON, 500). Query parameters are checked: unknown or repeated ones are a
//   400, so a misspelt filter never silently matches everything.
// - Thread safety: `handle` may be called from any number of threads at
//   once. Each thread reads through its own read-only SQLite connection,
//   opened on its first request and kept (thread_local, tagged with this
//   Api's serial number so a thread never reuses another Api's connection);
//   writes (POST /api/documents) go through one read-write connection behind
//   a mutex. The pipeline and the actor names are shared read-only.
// - Every SQL value is a bound parameter (see store/query.h).
// - Responses carry their route-specific headers (Cache-Control, Allow,
//   WWW-Authenticate); the transport adds `security_headers()` to every one.
#pragma once
#include <httplib.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/date.h"
#include "pipeline/pipeline.h"
#include "store/query.h"
#include "store/store.h"

namespace detente::serve {

// A request as the transport parsed it. Views stay valid during handle().
struct Request {
  std::string_view method;                    // "GET", "HEAD", "POST", ...
  std::string_view path;                      // percent-decoded, without the query
  const httplib::Params* params = nullptr;    // decoded query parameters (may be null)
  const httplib::Headers* headers = nullptr;  // case-insensitive names (may be null)
  std::string_view body;
  bool body_too_large = false;  // the transport stopped keeping the body at body_limit()
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // route-specific extra headers
};

struct ApiOptions {
  std::string db;                           // database file (must exist)
  std::string static_root;                  // dashboard files; "" or missing = "not built" page
  std::string token;                        // bearer token for POST /api/documents; "" = disabled
  size_t max_body = size_t(1) << 20;        // request bodies (POST /api/code)
  size_t max_ingest_body = size_t(16) << 20;  // POST /api/documents
  int ingest_threads = 1;                   // coding threads per ingest request
};

// Answer limits (docs/serve.md).
constexpr size_t kMaxPeriods = 5000;     // /api/dyad periods per answer
constexpr int64_t kMaxPageSize = 500;    // /api/events page_size
constexpr int64_t kMaxDyads = 200;       // /api/dyads limit
constexpr int64_t kMaxActors = 500;      // /api/actors limit
constexpr int kMinYear = 1800, kMaxYear = 2200;
constexpr size_t kMinTokenBytes = 16;
constexpr size_t kMaxRejectsListed = 1000;  // POST /api/documents "rejects"

struct RouteInfo {
  const char* method;  // "GET", "POST"
  const char* path;    // OpenAPI form: "/api/documents/{doc_id}"
};

// What the store holds, for /api/health and the start-up line.
struct StoreSummary {
  uint64_t documents = 0, events = 0;
  Date first, last;  // first and last event dates (invalid if none)
};

class Api {
 public:
  Api(std::shared_ptr<const Pipeline> pipeline, ApiOptions options);
  ~Api();
  Api(const Api&) = delete;
  Api& operator=(const Api&) = delete;

  Response handle(const Request& req) const;

  // The largest body the transport should keep for `method path`; beyond it
  // the transport discards the rest and sets Request::body_too_large.
  size_t body_limit(std::string_view method, std::string_view path) const;
  StoreSummary summary() const;
  const ApiOptions& options() const { return opt_; }
  bool dashboard_built() const { return !static_root_.empty(); }
  const std::string& static_root() const { return static_root_; }

  // Every route the API answers, in the order OpenAPI lists them.
  static const std::vector<RouteInfo>& routes();

 private:
  struct Cache;
  struct Handlers;
  struct Route;
  friend struct Handlers;
  static const std::vector<Route>& table();  // the /api/ routes and their handlers
  struct Conn;
  Conn& conn() const;     // this thread's read-only connection and its prepared statements
  Store& reader() const;  // conn()'s Store
  Response dispatch(const Request& req) const;

  std::shared_ptr<const Pipeline> pipeline_;
  ApiOptions opt_;
  std::string static_root_;  // canonical path, "" if no dashboard
  uint64_t serial_;          // tags this Api's thread_local connections
  std::unique_ptr<Cache> cache_;
};

// The headers every response carries (CSP, nosniff, no referrer).
const std::vector<std::pair<std::string, std::string>>& security_headers();

// {"error":{"status":S,"code":"E0xx","message":M}}
std::string error_json(int status, std::string_view code, std::string_view message);

// Compares two secrets in time that depends only on their lengths.
bool constant_time_equal(std::string_view a, std::string_view b);

// Where the dashboard is when --static is not given: the directory `web`
// next to the running executable (the build puts it there), else
// resource_path("web/dist"); "" if neither holds an index.html.
std::string default_static_root();

// The OpenAPI 3.1 description of routes() (GET /api/openapi.json).
const std::string& openapi_json();

}  // namespace detente::serve
