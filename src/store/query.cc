#include "store/query.h"

#include <fmt/format.h>

#include <algorithm>
#include <ctime>
#include <map>

#include "core/error.h"
#include "store/sqlite.h"

namespace detente {

Period parse_period(std::string_view s) {
  if (s == "day") return Period::kDay;
  if (s == "week") return Period::kWeek;
  if (s == "month") return Period::kMonth;
  if (s == "year") return Period::kYear;
  throw Error(Errc::kUsage, fmt::format("--by \"{}\": use day, week, month or year", s));
}

Date parse_date_bound(const std::string& s, std::string_view option, bool end) {
  if (s.empty()) return Date{};
  auto digits = [&](size_t b, size_t n) {
    int v = 0;
    for (size_t i = b; i < b + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return -1;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  Date d;
  if (s.size() == 4 && digits(0, 4) > 0) {
    d = end ? make_date(digits(0, 4), 12, 31) : make_date(digits(0, 4), 1, 1);
  } else if (s.size() == 7 && s[4] == '-' && digits(0, 4) > 0 && digits(5, 2) > 0) {
    d = make_date(digits(0, 4), digits(5, 2), 1);
    if (d.ok() && end) d = Date::from_days(period_next(Period::kMonth, d).days() - 1);
  } else {
    d = parse_date(s);
  }
  if (!d.ok())
    throw Error(Errc::kUsage, fmt::format("{} \"{}\" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)", option, s));
  return d;
}

Date period_start(Period p, Date d) {
  switch (p) {
    case Period::kDay: return d;
    case Period::kWeek: {
      int32_t n = d.days();
      int32_t monday = n - (((n + 3) % 7) + 7) % 7;  // 1970-01-01 was a Thursday
      return Date::from_days(monday);
    }
    case Period::kMonth: return make_date(d.year, d.month, 1);
    case Period::kYear: return make_date(d.year, 1, 1);
  }
  return d;
}

Date period_next(Period p, Date s) {
  switch (p) {
    case Period::kDay: return Date::from_days(s.days() + 1);
    case Period::kWeek: return Date::from_days(s.days() + 7);
    case Period::kMonth: return s.month == 12 ? make_date(s.year + 1, 1, 1) : make_date(s.year, s.month + 1, 1);
    case Period::kYear: return make_date(s.year + 1, 1, 1);
  }
  return s;
}

std::string period_label(Period p, Date s) {
  switch (p) {
    case Period::kDay: return s.iso();
    case Period::kWeek: {
      Date thursday = Date::from_days(s.days() + 3);  // ISO 8601: the week belongs to its Thursday's year
      int week = (thursday.days() - make_date(thursday.year, 1, 1).days()) / 7 + 1;
      return fmt::format("{:04}-W{:02}", thursday.year, week);
    }
    case Period::kMonth: return fmt::format("{:04}-{:02}", s.year, s.month);
    case Period::kYear: return fmt::format("{:04}", s.year);
  }
  return s.iso();
}

void Tally::add(const Tally& o) {
  events += o.events;
  for (int i = 0; i < 5; ++i) quad[i] += o.quad[i];
  goldstein_sum += o.goldstein_sum;
}

namespace {

// How an actor argument selects rows: its entity (indexed) and, for a longer
// code, a prefix on the code itself.
struct ActorSel {
  std::string entity, prefix;  // prefix empty = the whole entity
};
ActorSel actor_sel(std::string_view arg) {
  std::string up;
  for (char c : arg) up.push_back(static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c));
  ActorSel s;
  s.entity = actor_entity(up);
  if (up != s.entity) s.prefix = up;
  return s;
}

// Accumulates daily rows of one direction into per-day tallies.
void direction(sql::Db& db, const ActorSel& src, const ActorSel& tgt, int32_t from, int32_t to, bool all,
               std::map<int32_t, Tally>& out) {
  std::string q =
      "SELECT date, quad, count(*), sum(mentions), sum(goldstein), sum(gsum) FROM daily "
      "WHERE source_entity = ?1 AND target_entity = ?2 AND date BETWEEN ?3 AND ?4";
  if (!src.prefix.empty()) q += " AND substr(source, 1, length(?5)) = ?5";
  if (!tgt.prefix.empty()) q += " AND substr(target, 1, length(?6)) = ?6";
  q += " GROUP BY date, quad";
  sql::Stmt s(db, q);
  s.bind(1, src.entity).bind(2, tgt.entity).bind(3, from).bind(4, to);
  if (!src.prefix.empty()) s.bind(5, src.prefix);
  if (!tgt.prefix.empty()) s.bind(6, tgt.prefix);
  while (s.step()) {
    Tally& t = out[static_cast<int32_t>(s.i64(0))];
    int quad = static_cast<int>(s.i64(1));
    uint64_t n = static_cast<uint64_t>(all ? s.i64(3) : s.i64(2));
    t.events += n;
    if (quad >= 1 && quad <= 4) t.quad[quad] += n;
    t.goldstein_sum += all ? s.dbl(5) : s.dbl(4);
  }
}

}  // namespace

std::vector<DyadPeriod> dyad_series(Store& store, const DyadQuery& q) {
  ActorSel a = actor_sel(q.a), b = actor_sel(q.b);
  int32_t from = q.from.ok() ? q.from.days() : INT32_MIN, to = q.to.ok() ? q.to.days() : INT32_MAX;
  std::map<int32_t, Tally> ab, ba;
  direction(store.db(), a, b, from, to, q.all_events, ab);
  bool same = a.entity == b.entity && a.prefix == b.prefix;
  if (!same) direction(store.db(), b, a, from, to, q.all_events, ba);
  std::vector<DyadPeriod> out;
  if (ab.empty() && ba.empty() && !(q.from.ok() && q.to.ok())) return out;
  int32_t lo = INT32_MAX, hi = INT32_MIN;
  for (auto* m : {&ab, &ba})
    if (!m->empty()) {
      lo = std::min(lo, m->begin()->first);
      hi = std::max(hi, m->rbegin()->first);
    }
  Date first = q.from.ok() ? q.from : Date::from_days(lo);
  Date last = q.to.ok() ? q.to : Date::from_days(hi);
  if (last < first) return out;
  for (Date s = period_start(q.by, first); s.ok() && s <= last; s = period_next(q.by, s)) {
    DyadPeriod p;
    p.start = s;
    p.label = period_label(q.by, s);
    out.push_back(std::move(p));
    if (out.size() > 2'000'000) throw Error(Errc::kUsage, "too many periods: use a longer --by or a shorter range");
  }
  auto place = [&](const std::map<int32_t, Tally>& m, Tally DyadPeriod::*dir) {
    size_t i = 0;
    for (const auto& [day, t] : m) {
      while (i + 1 < out.size() && out[i + 1].start.days() <= day) ++i;
      (out[i].*dir).add(t);
    }
  };
  place(ab, &DyadPeriod::ab);
  place(ba, &DyadPeriod::ba);
  for (auto& p : out) {
    p.both = p.ab;
    p.both.add(p.ba);
  }
  return out;
}

namespace {
std::string datetime14(int64_t unix_seconds) {
  std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return fmt::format("{:04}{:02}{:02}{:02}{:02}{:02}", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                     tm.tm_min, tm.tm_sec);
}
std::string upper(std::string_view s) {
  std::string u;
  for (char c : s) u.push_back(static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c));
  return u;
}
}  // namespace

uint64_t export_events(Store& store, const ExportFilter& f, const ExportSink& out) {
  std::string q =
      "SELECT e.id, e.sentence, e.date, e.source, e.target, e.code, e.root, e.quad, e.goldstein, e.plover, e.mode, "
      "e.source_text, e.target_text, e.verb_text, e.source_begin, e.source_end, e.verb_begin, e.verb_end, "
      "e.target_begin, e.target_end, e.loc_name, e.loc_geonames, e.loc_admin1, e.loc_country, e.loc_lat, e.loc_lon, "
      "e.loc_how, e.pattern, e.attribution, s.text, d.doc_id, d.date, d.title, d.outlet, d.url, d.story, d.added, "
      "y.mentions, y.sources, y.articles "
      "FROM events e JOIN documents d ON d.id = e.doc "
      "LEFT JOIN sentences s ON s.doc = e.doc AND s.idx = e.sentence "
      "LEFT JOIN daily y ON y.date = e.date AND y.source = e.source AND y.target = e.target AND y.code = e.code "
      "WHERE 1";
  std::vector<std::string> binds;
  auto any_prefix = [&](const std::vector<std::string>& values, std::initializer_list<const char*> cols) {
    if (values.empty()) return;
    q += " AND (";
    bool first = true;
    for (const auto& v : values)
      for (const char* c : cols) {
        binds.push_back(upper(v));
        q += fmt::format("{}substr({}, 1, {}) = ?{}", first ? "" : " OR ", c, v.size(), binds.size() + 2);
        first = false;
      }
    q += ")";
  };
  if (f.from.ok()) q += " AND e.date >= ?1";
  if (f.to.ok()) q += " AND e.date <= ?2";
  any_prefix(f.sources, {"e.source"});
  any_prefix(f.targets, {"e.target"});
  any_prefix(f.actors, {"e.source", "e.target"});
  any_prefix(f.codes, {"e.code"});
  if (f.one_a_day) q += " AND y.first_event = e.id";
  q += " ORDER BY e.id";
  if (f.limit) q += fmt::format(" LIMIT {}", f.limit);
  sql::Stmt s(store.db(), q);
  if (f.from.ok()) s.bind(1, f.from.days());
  if (f.to.ok()) s.bind(2, f.to.days());
  for (size_t i = 0; i < binds.size(); ++i) s.bind(static_cast<int>(i + 3), binds[i]);

  Document doc;
  Event e;
  EventExtras x;
  uint64_t n = 0;
  auto str = [&](int c) { return std::string(s.text(c)); };
  auto u32 = [&](int c) { return static_cast<uint32_t>(s.i64(c)); };
  while (s.step()) {
    e.doc_id = str(30);
    e.sentence = u32(1);
    e.date = s.null(2) ? Date{} : Date::from_days(static_cast<int32_t>(s.i64(2)));
    e.source = str(3);
    e.target = str(4);
    e.code = str(5);
    e.root = str(6);
    e.quad = static_cast<int>(s.i64(7));
    e.goldstein = s.dbl(8);
    e.plover = str(9);
    e.mode = str(10);
    e.source_text = str(11);
    e.target_text = str(12);
    e.verb_text = str(13);
    e.source_span = {u32(14), u32(15)};
    e.verb_span = {u32(16), u32(17)};
    e.target_span = {u32(18), u32(19)};
    e.location = Location{};
    if (!s.null(23)) {
      e.location.name = str(20);
      e.location.geonames_id = s.i64(21);
      e.location.admin1 = str(22);
      e.location.country = str(23);
      e.location.lat = s.dbl(24);
      e.location.lon = s.dbl(25);
      e.location.how = str(26);
    }
    e.pattern = str(27);
    e.attribution = str(28);
    e.text = str(29);
    doc.id = e.doc_id;
    doc.date = s.null(31) ? Date{} : Date::from_days(static_cast<int32_t>(s.i64(31)));
    doc.title = str(32);
    doc.source = str(33);
    doc.url = str(34);
    x.event_id = static_cast<uint64_t>(s.i64(0));
    x.story = s.i64(35);
    x.added = datetime14(s.i64(36));
    x.mentions = s.null(37) ? 1 : u32(37);
    x.sources = s.null(38) ? 1 : u32(38);
    x.articles = s.null(39) ? 1 : u32(39);
    out(doc, e, x);
    ++n;
  }
  return n;
}

StoreStats store_stats(Store& store, int top) {
  sql::Db& db = store.db();
  StoreStats st;
  st.schema_version = store.schema_version();
  st.documents = static_cast<uint64_t>(db.scalar("SELECT count(*) FROM documents"));
  st.sentences = static_cast<uint64_t>(db.scalar("SELECT coalesce(sum(sentences), 0) FROM documents"));
  st.events = static_cast<uint64_t>(db.scalar("SELECT count(*) FROM events"));
  st.daily = static_cast<uint64_t>(db.scalar("SELECT count(*) FROM daily"));
  st.stories = static_cast<uint64_t>(db.scalar("SELECT count(DISTINCT story) FROM documents"));
  st.clustered_documents = static_cast<uint64_t>(db.scalar("SELECT count(*) FROM documents WHERE story != id"));
  if (st.daily) {
    st.first = Date::from_days(static_cast<int32_t>(db.scalar("SELECT min(date) FROM daily")));
    st.last = Date::from_days(static_cast<int32_t>(db.scalar("SELECT max(date) FROM daily")));
  }
  auto tops = [&](const std::string& q, std::vector<std::pair<std::string, uint64_t>>& out) {
    sql::Stmt s(db, q);
    s.bind(1, top);
    while (s.step()) out.emplace_back(std::string(s.text(0)), static_cast<uint64_t>(s.i64(1)));
  };
  tops("SELECT source_entity || '-' || target_entity, sum(mentions) n FROM daily GROUP BY source_entity, "
       "target_entity ORDER BY n DESC, 1 LIMIT ?1",
       st.top_dyads);
  tops("SELECT code, sum(mentions) n FROM daily GROUP BY code ORDER BY n DESC, 1 LIMIT ?1", st.top_codes);
  return st;
}

}  // namespace detente
