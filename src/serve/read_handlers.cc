// The read-only endpoints: health, dyads, actors, dyad, events, documents/{id}.
#include <fmt/format.h>

#include "core/error.h"
#include "serve/internal.h"
#include "store/query.h"

namespace detente::serve {

using ojson = nlohmann::ordered_json;

namespace {

ojson date_or_null(Date d) { return d.ok() ? ojson(d.iso()) : ojson(nullptr); }

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return out;
}

void check_range(Date from, Date to) {
  if (from.ok() && to.ok() && to < from)
    throw HttpError(400, fmt::format("from {} is after to {}", from.iso(), to.iso()));
}

}  // namespace

Response Api::Handlers::health(const Api& api, const Request& r) {
  Params p(r, {});
  StoreSummary s = api.summary();
  ojson j = {{"status", "ok"},       {"version", DETENTE_VERSION},           {"documents", s.documents},
             {"events", s.events},   {"first_date", date_or_null(s.first)}, {"last_date", date_or_null(s.last)}};
  return json_response(dump(j));
}

Response Api::Handlers::dyads(const Api& api, const Request& r) {
  Params p(r, {"limit"});
  auto limit = static_cast<size_t>(p.integer("limit", 20, 1, kMaxDyads));
  Store& store = api.reader();
  ojson list = ojson::array();
  {
    std::lock_guard lk(api.cache_->mu);
    Cache& c = *api.cache_;
    c.refresh(store);
    if (!c.dyads) {
      c.dyads.emplace();
      for (DyadCount& d : top_dyads(store, SIZE_MAX))
        if (c.dyads->size() < static_cast<size_t>(kMaxDyads) && c.ranked(d.a) && c.ranked(d.b))
          c.dyads->push_back(std::move(d));
    }
    for (size_t i = 0; i < c.dyads->size() && i < limit; ++i) {
      const DyadCount& d = (*c.dyads)[i];
      list.push_back({{"a", d.a}, {"b", d.b}, {"events", d.events}});
    }
  }
  return json_response(dump(ojson{{"dyads", std::move(list)}}));
}

Response Api::Handlers::actors(const Api& api, const Request& r) {
  Params p(r, {"q", "limit"});
  std::string q = lower_ascii(p.str("q"));
  auto limit = static_cast<size_t>(p.integer("limit", 50, 1, kMaxActors));
  Store& store = api.reader();
  const auto& names = api.cache_->names;
  ojson list = ojson::array();
  {
    std::lock_guard lk(api.cache_->mu);
    Cache& c = *api.cache_;
    c.refresh(store);
    if (!c.entities) c.entities = entity_counts(store);
    for (const EntityCount& e : *c.entities) {
      if (list.size() >= limit) break;
      if (!c.ranked(e.entity)) continue;
      auto it = names.find(e.entity);
      bool match = q.empty() || lower_ascii(e.entity).rfind(q, 0) == 0 ||
                   (it != names.end() && lower_ascii(it->second).find(q) != std::string::npos);
      if (!match) continue;
      list.push_back({{"code", e.entity},
                      {"name", it != names.end() ? ojson(it->second) : ojson(nullptr)},
                      {"events", e.events}});
    }
  }
  return json_response(dump(ojson{{"actors", std::move(list)}}));
}

Response Api::Handlers::dyad(const Api& api, const Request& r) {
  Params p(r, {"a", "b", "by", "from", "to", "all_events"});
  DyadQuery q;
  q.a = std::string(p.str("a"));
  q.b = std::string(p.str("b"));
  if (q.a.empty() || q.b.empty()) throw HttpError(400, "parameters \"a\" and \"b\" (the two actors) are required");
  std::string_view by = p.has("by") ? p.str("by") : "month";
  try {
    q.by = parse_period(by);
  } catch (const Error&) {
    throw HttpError(400, fmt::format("by \"{}\": use day, week, month or year", by.substr(0, 20)));
  }
  q.from = p.date("from", false);
  q.to = p.date("to", true);
  check_range(q.from, q.to);
  q.all_events = p.flag("all_events", false);
  q.max_periods = kMaxPeriods;
  auto rows = api.conn().dyad->series(q);  // Error(kUsage) beyond kMaxPeriods: a 400
  return json_response(dyad_json(q, rows));
}

Response Api::Handlers::events(const Api& api, const Request& r) {
  Params p(r, {"a", "b", "directed", "from", "to", "code", "root", "quad", "doc", "page", "page_size"});
  EventQuery q;
  q.a = std::string(p.str("a"));
  q.b = std::string(p.str("b"));
  q.directed = p.flag("directed", false);
  q.from = p.date("from", false);
  q.to = p.date("to", true);
  check_range(q.from, q.to);
  q.code = std::string(p.str("code", 16));
  q.root = std::string(p.str("root", 16));
  q.quad = static_cast<int>(p.integer("quad", 0, 0, 4));
  q.doc_id = std::string(p.str("doc", 1024));
  int64_t page = p.integer("page", 1, 1, 1'000'000'000);
  int64_t size = p.integer("page_size", 50, 1, kMaxPageSize);
  q.offset = static_cast<uint64_t>((page - 1) * size);
  q.limit = static_cast<uint64_t>(size);
  Store& store = api.reader();
  uint64_t total = count_events(store, q);
  EventArray events(true);
  if (q.offset < total)
    find_events(store, q, [&](const Document& doc, const Event& e, const EventExtras& x) { events.add(doc, e, x); });
  std::string body = fmt::format("{{\"total\":{},\"page\":{},\"page_size\":{},\"events\":", total, page, size);
  body += events.finish();
  body += '}';
  return json_response(std::move(body));
}

Response Api::Handlers::document(const Api& api, const Request& r) {
  Params p(r, {});
  std::string_view id = r.path.substr(std::string_view("/api/documents/").size());
  if (id.size() > 4096) throw HttpError(400, "document id too long");
  Store& store = api.reader();
  StoredDocument d;
  if (!find_document(store, id, d)) throw HttpError(404, fmt::format("no document \"{}\" in the database", id.substr(0, 200)));
  EventQuery q;
  q.doc_row = d.row;
  EventArray events(true);
  find_events(store, q, [&](const Document& doc, const Event& e, const EventExtras& x) { events.add(doc, e, x); });
  ojson j = {{"doc_id", d.doc.id},
             {"date", date_or_null(d.doc.date)},
             {"title", d.doc.title},
             {"source", d.doc.source},
             {"url", d.doc.url},
             {"text", d.has_text ? ojson(d.doc.text) : ojson(nullptr)}};
  std::string body = dump(j);
  body.pop_back();  // '}'
  body += ",\"events\":";
  body += events.finish();
  body += '}';
  return json_response(std::move(body));
}

Response Api::Handlers::openapi(const Api& api, const Request& r) {
  Params p(r, {});
  return json_response(openapi_json());
}

}  // namespace detente::serve
