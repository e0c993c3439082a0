// serve/internal.h — what the API's files share; not part of the API.
#pragma once
#include <cstdio>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/date.h"
#include "serve/api.h"

namespace detente::serve {

// A failure with its HTTP status; Api::handle turns it into the JSON error.
struct HttpError : std::runtime_error {
  HttpError(int status, std::string message, std::string code = "E007")
      : std::runtime_error(std::move(message)), status(status), code(std::move(code)) {}
  int status;
  std::string code;
};

// The query parameters of one request, checked against what the endpoint
// takes: an unknown or repeated parameter is a 400 naming the ones it takes.
class Params {
 public:
  Params(const Request& r, std::initializer_list<std::string_view> allowed);
  bool has(std::string_view name) const;
  // The value ("" when absent); longer than `max_bytes` is a 400.
  std::string_view str(std::string_view name, size_t max_bytes = 100) const;
  // An integer in [lo, hi]; `def` when absent.
  int64_t integer(std::string_view name, int64_t def, int64_t lo, int64_t hi) const;
  // 0/1/true/false; `def` when absent.
  bool flag(std::string_view name, bool def) const;
  // A date bound (YYYY, YYYY-MM, YYYY-MM-DD or any form detente reads; `end`
  // picks the last day of a month or year), years kMinYear..kMaxYear;
  // invalid Date when absent.
  Date date(std::string_view name, bool end) const;

 private:
  std::vector<std::pair<std::string_view, std::string_view>> values_;
};

// A date in kMinYear..kMaxYear, or a 400 naming `what`.
void check_year(Date d, std::string_view what);

// JSON text of `j` (invalid UTF-8 from the database becomes U+FFFD).
std::string dump(const nlohmann::ordered_json& j);

Response json_response(std::string body, int status = 200);

// Event records as a JSON array, exactly the JSON Lines records of
// `detente code` (sinks/sinks.h); with `stored`, the store's columns
// (event_id, num_mentions, num_sources, num_articles, story) and the
// document's "title" are added to each.
class EventArray {
 public:
  explicit EventArray(bool stored);
  ~EventArray();
  void add(const Document& doc, const Event& e, const EventExtras& x);
  std::string finish();  // "[{...},{...}]"

 private:
  bool stored_;
  char* buf_ = nullptr;
  size_t len_ = 0;
  std::FILE* mem_ = nullptr;
  std::unique_ptr<EventWriter> writer_;
  std::vector<std::string> titles_;
};

// Static files: the canonical file for `url_path` under `root` (canonical),
// or "" when there is none or it would lie outside the root.
std::string resolve_static(const std::string& root, std::string_view url_path);
std::string_view content_type_for(std::string_view file);
// The page `/` answers when the dashboard is not built.
std::string_view not_built_page();

struct Api::Cache {
  // What the ranking endpoints and /api/health answer, recomputed when the
  // store's highest document or event id moves (rows are never deleted, so
  // that is exactly when the counts change). Guarded by `mu`.
  std::mutex mu;
  int64_t max_doc = -1, max_event = -1;
  StoreSummary summary;
  std::optional<std::vector<DyadCount>> dyads;  // the top kMaxDyads
  std::optional<std::vector<EntityCount>> entities;
  void refresh(Store& store);  // call with `mu` held

  // Entity code -> name from the actor dictionaries, and the country codes
  // among them; immutable after construction.
  std::unordered_map<std::string, std::string> names;
  std::unordered_set<std::string> countries;
  // A country (as the dictionaries know them) or an organization code
  // (IGO/NGO/IMG/MNC + 3): the level /api/dyads and /api/actors rank, not
  // bare role codes ("GOV") of actors whose country was not resolved.
  bool ranked(const std::string& entity) const;

  // The one writer (POST /api/documents), opened on first use.
  std::mutex write_mu;
  std::unique_ptr<Store> writer;

  // Pipelines for /api/code's keep_modal/allow_no_target, loaded on first use.
  std::once_flag variant_once[4];
  std::shared_ptr<const Pipeline> variants[4];
};

// One thread's read-only connection, with the dyad statements prepared on it.
struct Api::Conn {
  uint64_t serial = 0;  // the Api it belongs to
  std::unique_ptr<Store> store;
  std::unique_ptr<DyadStatements> dyad;  // destroyed before the store
  ~Conn() { dyad.reset(); }
};

struct Api::Handlers {
  static Response health(const Api& api, const Request& r);
  static Response dyads(const Api& api, const Request& r);
  static Response actors(const Api& api, const Request& r);
  static Response dyad(const Api& api, const Request& r);
  static Response events(const Api& api, const Request& r);
  static Response document(const Api& api, const Request& r);
  static Response code(const Api& api, const Request& r);
  static Response ingest(const Api& api, const Request& r);
  static Response openapi(const Api& api, const Request& r);
  static Response static_file(const Api& api, const Request& r);
};

}  // namespace detente::serve
