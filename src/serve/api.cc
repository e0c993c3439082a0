// The router: which handler answers a request, errors as JSON, the per-thread
// read connections and the summary cache.
#include "serve/api.h"

#include <fmt/format.h>

#include <cstdio>
#include <filesystem>

#include "actors/dictionary.h"
#include "core/error.h"
#include "serve/internal.h"
#include "store/sqlite.h"

namespace detente::serve {

namespace {

std::atomic<uint64_t> next_serial{1};

}  // namespace

struct Api::Route {
  RouteInfo info;
  Response (*fn)(const Api&, const Request&);
};

const std::vector<Api::Route>& Api::table() {
  static const std::vector<Route> t = {
      {{"GET", "/api/health"}, &Handlers::health},
      {{"GET", "/api/dyads"}, &Handlers::dyads},
      {{"GET", "/api/actors"}, &Handlers::actors},
      {{"GET", "/api/dyad"}, &Handlers::dyad},
      {{"GET", "/api/events"}, &Handlers::events},
      {{"GET", "/api/documents/{doc_id}"}, &Handlers::document},
      {{"POST", "/api/code"}, &Handlers::code},
      {{"POST", "/api/documents"}, &Handlers::ingest},
      {{"GET", "/api/openapi.json"}, &Handlers::openapi},
  };
  return t;
}

const std::vector<RouteInfo>& Api::routes() {
  static const std::vector<RouteInfo> r = [] {
    std::vector<RouteInfo> v;
    for (const Route& route : table()) v.push_back(route.info);
    v.push_back({"GET", "/"});        // the dashboard's index.html
    v.push_back({"GET", "/{path}"});  // its other files
    return v;
  }();
  return r;
}

const std::vector<std::pair<std::string, std::string>>& security_headers() {
  static const std::vector<std::pair<std::string, std::string>> h = {
      {"Content-Security-Policy",
       "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
       "object-src 'none'; frame-ancestors 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
  };
  return h;
}

std::string error_json(int status, std::string_view code, std::string_view message) {
  nlohmann::ordered_json j = {{"error", {{"status", status}, {"code", code}, {"message", message}}}};
  return dump(j);
}

bool constant_time_equal(std::string_view a, std::string_view b) {
  // Every byte of the longer string is visited whatever the contents, and the
  // result is folded without branches.
  size_t n = std::max(a.size(), b.size());
  unsigned diff = static_cast<unsigned>(a.size() != b.size());
  for (size_t i = 0; i < n; ++i) {
    unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
    unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
    diff |= static_cast<unsigned>(x ^ y);
  }
  return diff == 0;
}

void Api::Cache::refresh(Store& store) {
  sql::Db& db = store.db();
  int64_t d = db.scalar("SELECT coalesce(max(id), 0) FROM documents");
  int64_t e = db.scalar("SELECT coalesce(max(id), 0) FROM events");
  if (d == max_doc && e == max_event) return;
  max_doc = d;
  max_event = e;
  summary = StoreSummary{};
  summary.documents = static_cast<uint64_t>(db.scalar("SELECT count(*) FROM documents"));
  summary.events = static_cast<uint64_t>(db.scalar("SELECT count(*) FROM events"));
  DateRange range = store_date_range(store);  // schema 5: no index on dates; a skip-scan of dyad_daily's key
  summary.first = range.first;
  summary.last = range.last;
  dyads.reset();
  entities.reset();
}

bool Api::Cache::ranked(const std::string& entity) const {
  if (entity.size() == 3) return countries.count(entity) > 0;
  std::string_view head = std::string_view(entity).substr(0, 3);
  return entity.size() == 6 && (head == "IGO" || head == "NGO" || head == "IMG" || head == "MNC");
}

Api::Api(std::shared_ptr<const Pipeline> pipeline, ApiOptions options)
    : pipeline_(std::move(pipeline)), opt_(std::move(options)), serial_(next_serial++),
      cache_(std::make_unique<Cache>()) {
  if (!pipeline_) throw Error(Errc::kInternal, "serve: no pipeline");
  if (!opt_.token.empty() && opt_.token.size() < kMinTokenBytes)
    throw Error(Errc::kUsage, fmt::format("the ingest token must be at least {} bytes (e.g. `openssl rand -hex 32`)",
                                          kMinTokenBytes));
  if (opt_.ingest_threads < 1) opt_.ingest_threads = 1;
  {
    StoreOptions so;
    so.read_only = true;
    so.create = false;
    auto probe = Store::open(opt_.db, so);  // throws with the reason if it is not a usable database
    std::lock_guard lk(cache_->mu);
    cache_->refresh(*probe);
  }
  if (!opt_.static_root.empty()) {
    std::error_code ec;
    auto root = std::filesystem::canonical(opt_.static_root, ec);
    if (!ec && std::filesystem::is_regular_file(root / "index.html", ec)) static_root_ = root.string();
  }
  // Names of country- and organization-level actors: country entries first,
  // then any entry whose code is itself an entity ("IGOUNO").
  const ActorDictionary& dict = pipeline_->actors().dictionary();
  for (int pass = 0; pass < 2; ++pass)
    for (const auto& e : dict.entries()) {
      if ((e.kind == ActorKind::kCountry) != (pass == 0)) continue;
      for (const auto& c : e.codes)
        if (c.code.size() >= 3 && actor_entity(c.code) == c.code) {
          cache_->names.emplace(c.code, e.name);
          if (pass == 0 && c.code.size() == 3) cache_->countries.insert(c.code);
        }
    }
}

Api::~Api() = default;

Api::Conn& Api::conn() const {
  // One read-only connection per thread, opened on first use. The serial
  // number keeps a thread from using a connection of an Api that is gone.
  thread_local Conn slot;
  if (slot.serial != serial_ || !slot.store) {
    slot.dyad.reset();
    slot.store.reset();
    slot.serial = 0;
    StoreOptions so;
    so.read_only = true;
    so.create = false;
    slot.store = Store::open(opt_.db, so);
    slot.dyad = std::make_unique<DyadStatements>(*slot.store);
    slot.serial = serial_;
  }
  return slot;
}

Store& Api::reader() const { return *conn().store; }

StoreSummary Api::summary() const {
  Store& r = reader();
  std::lock_guard lk(cache_->mu);
  cache_->refresh(r);
  return cache_->summary;
}

size_t Api::body_limit(std::string_view method, std::string_view path) const {
  return method == "POST" && path == "/api/documents" ? opt_.max_ingest_body : opt_.max_body;
}

Response json_response(std::string body, int status) {
  Response r;
  r.status = status;
  r.body = std::move(body);
  return r;
}

Response Api::dispatch(const Request& r) const {
  std::string_view method = r.method == "HEAD" ? std::string_view("GET") : r.method;
  std::string_view path = r.path;
  if (path != "/api" && path.substr(0, 5) != "/api/") {
    if (method != "GET") {
      Response res = json_response(error_json(405, "E007", fmt::format("{} is not allowed here; use GET", method)), 405);
      res.headers.emplace_back("Allow", "GET, HEAD");
      return res;
    }
    return Handlers::static_file(*this, r);
  }
  std::string allow;
  for (const Route& route : table()) {
    std::string_view pattern = route.info.path;
    bool match;
    if (size_t brace = pattern.find('{'); brace != std::string_view::npos)
      match = path.size() > brace && path.substr(0, brace) == pattern.substr(0, brace);
    else
      match = path == pattern;
    if (!match) continue;
    if (method == route.info.method) return route.fn(*this, r);
    if (allow.find(route.info.method) == std::string::npos) {
      if (!allow.empty()) allow += ", ";
      allow += route.info.method;
      if (std::string_view(route.info.method) == "GET") allow += ", HEAD";
    }
  }
  if (allow.empty())
    throw HttpError(404, fmt::format("no endpoint {} (see /api/openapi.json)", path.substr(0, 200)));
  Response res = json_response(
      error_json(405, "E007", fmt::format("{} is not allowed on {}; use {}", method.substr(0, 20), path, allow)), 405);
  res.headers.emplace_back("Allow", allow);
  return res;
}

Response Api::handle(const Request& r) const {
  auto fail = [&](int status, std::string_view code, std::string_view message) {
    return json_response(error_json(status, code, message), status);
  };
  try {
    return dispatch(r);
  } catch (const HttpError& e) {
    Response res = fail(e.status, e.code, e.what());
    if (e.status == 401) res.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"detente\"");
    return res;
  } catch (const Error& e) {
    if (e.code() == Errc::kUsage || e.code() == Errc::kBadRequest) return fail(400, "E007", e.what());
    std::fprintf(stderr, "detente serve: %.*s %.*s: %s\n", static_cast<int>(std::min<size_t>(r.method.size(), 20)),
                 r.method.data(), static_cast<int>(std::min<size_t>(r.path.size(), 200)), r.path.data(), e.what());
    if (e.code() == Errc::kBadDatabase) return fail(500, error_id(e.code()), "database error (see the server's log)");
    return fail(500, error_id(e.code()), e.what());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "detente serve: %.*s %.*s: %s\n", static_cast<int>(std::min<size_t>(r.method.size(), 20)),
                 r.method.data(), static_cast<int>(std::min<size_t>(r.path.size(), 200)), r.path.data(), e.what());
    return fail(500, "E099", fmt::format("internal error: {}", e.what()));
  }
}

}  // namespace detente::serve
