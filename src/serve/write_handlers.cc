// The endpoints that run the pipeline: POST /api/code (stateless) and
// POST /api/documents (ingest, behind the bearer token).
#include <fmt/format.h>

#include <cstring>

#include "core/error.h"
#include "events/coder.h"
#include "pipeline/explain.h"
#include "serve/internal.h"
#include "store/ingest.h"
#include "text/utf8.h"

namespace detente::serve {

using ojson = nlohmann::ordered_json;

namespace {

std::string_view header(const Request& r, const char* name) {
  if (!r.headers) return {};
  auto it = r.headers->find(name);
  return it == r.headers->end() ? std::string_view() : std::string_view(it->second);
}

// The media type without parameters, lower-cased ("application/json").
std::string media_type(const Request& r) {
  std::string_view ct = header(r, "Content-Type");
  ct = ct.substr(0, ct.find(';'));
  while (!ct.empty() && ct.back() == ' ') ct.remove_suffix(1);
  while (!ct.empty() && ct.front() == ' ') ct.remove_prefix(1);
  std::string out(ct.substr(0, 100));
  for (auto& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return out;
}

void check_size(const Api& api, const Request& r) {
  size_t limit = api.body_limit(r.method, r.path);
  if (r.body_too_large || r.body.size() > limit)
    throw HttpError(413, fmt::format("request body too large (limit {} bytes)", limit));
}

bool optional_bool(const ojson& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return false;
  if (!it->is_boolean()) throw HttpError(400, fmt::format("\"{}\" must be true or false", key));
  return it->get<bool>();
}

}  // namespace

Response Api::Handlers::code(const Api& api, const Request& r) {
  Params p(r, {});
  check_size(api, r);
  if (media_type(r) != "application/json")
    throw HttpError(415, "send the request as JSON (Content-Type: application/json)");
  ojson j;
  try {
    j = ojson::parse(r.body);
  } catch (const std::exception& e) {
    throw HttpError(400, fmt::format("the body is not JSON: {}", std::string_view(e.what()).substr(0, 200)));
  }
  if (!j.is_object()) throw HttpError(400, "the body must be a JSON object {\"text\": ..., \"date\": ...}");
  for (const auto& [key, value] : j.items())
    if (key != "text" && key != "date" && key != "explain" && key != "keep_modal" && key != "allow_no_target")
      throw HttpError(400, fmt::format("unknown field \"{}\": use text, date, explain, keep_modal, allow_no_target",
                                       std::string_view(key).substr(0, 60)));
  auto text = j.find("text");
  if (text == j.end() || !text->is_string()) throw HttpError(400, "\"text\" (a string) is required");
  auto date = j.find("date");
  if (date == j.end() || !date->is_string())
    throw HttpError(400, "\"date\" (YYYY-MM-DD) is required: actors' roles depend on it");
  bool explain = optional_bool(j, "explain");
  bool keep_modal = optional_bool(j, "keep_modal");
  bool allow_no_target = optional_bool(j, "allow_no_target");

  Document doc;
  doc.id = "request";
  doc.text = text->get<std::string>();
  if (std::memchr(doc.text.data(), 0, doc.text.size())) throw HttpError(400, "the text contains a NUL character");
  if (find_invalid_utf8(doc.text) != std::string::npos) throw HttpError(400, "the text is not valid UTF-8");
  normalize_nfc(doc.text);
  std::string raw_date = date->get<std::string>();
  doc.date = parse_date(raw_date);
  if (!doc.date.ok())
    throw HttpError(400, fmt::format("date \"{}\" is not a date (use YYYY-MM-DD)", std::string_view(raw_date).substr(0, 40)));
  check_year(doc.date, "date");

  // The pipeline loaded at start, or its variant with the coder options asked for.
  const PipelineConfig& base = api.pipeline_->config();
  const Pipeline* pipeline = api.pipeline_.get();
  if (keep_modal != base.keep_modal || allow_no_target != base.allow_no_target) {
    int v = (keep_modal ? 1 : 0) + (allow_no_target ? 2 : 0);
    Cache& c = *api.cache_;
    std::call_once(c.variant_once[v], [&] { c.variants[v] = api.pipeline_->with_coder_options(keep_modal, allow_no_target); });
    pipeline = c.variants[v].get();
  }
  thread_local CodedDocument coded;
  thread_local CodeTrace trace;
  trace.clear();
  try {
    pipeline->code(doc, coded, explain ? &trace : nullptr);
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    throw Error(Errc::kInternal, fmt::format("coding failed: {}", e.what()));
  }
  EventArray events(false);
  for (const Event& e : coded.events) events.add(doc, e, EventExtras{});
  std::string body = "{\"text\":";
  append_json_string(body, doc.text);
  body += ",\"events\":";
  body += events.finish();
  if (explain) {
    body += ",\"explain\":";
    body += explain_json(doc, coded, trace).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  body += '}';
  return json_response(std::move(body));
}

Response Api::Handlers::ingest(const Api& api, const Request& r) {
  Params p(r, {});
  if (api.opt_.token.empty())
    throw HttpError(403,
                    "ingest is disabled: start `detente serve` with --token-file FILE (or the DETENTE_TOKEN "
                    "environment variable) to accept POST /api/documents with that bearer token");
  std::string_view auth = header(r, "Authorization");
  std::string scheme(auth.substr(0, 7));
  for (auto& c : scheme) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  bool bearer = scheme == "bearer ";
  if (auth.empty()) throw HttpError(401, "send the ingest token: Authorization: Bearer <token>");
  if (!bearer || !constant_time_equal(auth.substr(7), api.opt_.token)) throw HttpError(401, "wrong token");
  check_size(api, r);

  ojson rejects = ojson::array();
  uint64_t rejects_total = 0;
  auto reject = [&](uint64_t line, const std::string& id, const std::string& reason) {
    if (rejects_total++ < kMaxRejectsListed) rejects.push_back({{"line", line}, {"id", id}, {"reason", reason}});
  };
  ReadOptions ro;
  auto reader = DocumentReader::jsonl_text("request", std::string(r.body), ro,
                                           [&](const Reject& x) { reject(x.line, x.id, x.reason); });
  IngestResult res;
  {
    std::lock_guard lk(api.cache_->write_mu);
    Cache& c = *api.cache_;
    try {
      if (!c.writer) {
        StoreOptions so;
        so.create = false;
        c.writer = Store::open(api.opt_.db, so);
      }
      res = detente::ingest(*reader, *api.pipeline_, *c.writer, api.opt_.ingest_threads,
                            [&](const Document& doc, const std::string& reason) { reject(doc.origin.line, doc.id, reason); });
    } catch (...) {
      c.writer.reset();  // reopened by the next request; the open transaction was rolled back
      throw;
    }
  }
  ojson j = {{"read", res.read},
             {"coded", res.coded},
             {"rejected", res.rejected},
             {"stored", res.stored.documents},
             {"already_stored", res.stored.duplicates},
             {"events", res.stored.events},
             {"rejects", std::move(rejects)}};
  if (rejects_total > kMaxRejectsListed) j["rejects_truncated"] = true;
  return json_response(dump(j));
}

}  // namespace detente::serve
