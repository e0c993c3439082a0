#include "store/query.h"

#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <iterator>
#include <ctime>
#include <map>
#include <tuple>
#include <unordered_map>
#include <optional>
#include <variant>

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

std::string_view period_name(Period p) {
  switch (p) {
    case Period::kDay: return "day";
    case Period::kWeek: return "week";
    case Period::kMonth: return "month";
    case Period::kYear: return "year";
  }
  return "month";
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

size_t count_periods(Period p, Date first, Date last) {
  if (!first.ok() || !last.ok() || last < first) return 0;
  Date a = period_start(p, first), b = period_start(p, last);
  switch (p) {
    case Period::kDay: return static_cast<size_t>(b.days() - a.days()) + 1;
    case Period::kWeek: return static_cast<size_t>(b.days() - a.days()) / 7 + 1;
    case Period::kMonth: return static_cast<size_t>((b.year - a.year) * 12 + (b.month - a.month)) + 1;
    case Period::kYear: return static_cast<size_t>(b.year - a.year) + 1;
  }
  return 0;
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

// The daily rows of one direction, in date order (a range of dyad_daily's
// primary key: no sorting); variant bit 0: the source is selected by a code
// prefix too, bit 1: the target.
std::string direction_sql(int variant) {
  std::string q =
      "SELECT date, quad, 1, mentions, goldstein, gsum FROM dyad_daily "
      "WHERE src_entity = (SELECT id FROM actors WHERE code = ?1) AND "
      "tgt_entity = (SELECT id FROM actors WHERE code = ?2) AND date BETWEEN ?3 AND ?4";
  if (variant & 1) q += " AND src IN (SELECT id FROM actors WHERE substr(code, 1, length(?5)) = ?5)";
  if (variant & 2) q += " AND tgt IN (SELECT id FROM actors WHERE substr(code, 1, length(?6)) = ?6)";
  q += " ORDER BY date";
  return q;
}

// Per-day tallies of one direction, in date order.
using DayTallies = std::vector<std::pair<int32_t, Tally>>;

// Accumulates daily rows of one direction into per-day tallies (the rows
// come in date order).
void direction(sql::Stmt& s, const ActorSel& src, const ActorSel& tgt, int32_t from, int32_t to, bool all,
               DayTallies& out) {
  s.bind(1, src.entity).bind(2, tgt.entity).bind(3, from).bind(4, to);
  if (!src.prefix.empty()) s.bind(5, src.prefix);
  if (!tgt.prefix.empty()) s.bind(6, tgt.prefix);
  while (s.step()) {
    auto day = static_cast<int32_t>(s.i64(0));
    if (out.empty() || out.back().first != day) out.emplace_back(day, Tally{});
    Tally& t = out.back().second;
    int quad = static_cast<int>(s.i64(1));
    uint64_t n = static_cast<uint64_t>(all ? s.i64(3) : s.i64(2));
    t.events += n;
    if (quad >= 1 && quad <= 4) t.quad[quad] += n;
    t.goldstein_sum += all ? s.dbl(5) : s.dbl(4);
  }
  s.reset();
}

}  // namespace

struct DyadStatements::Impl {
  Store& store;
  std::optional<sql::Stmt> variants[4];  // prepared on first use
  sql::Stmt& get(const ActorSel& src, const ActorSel& tgt) {
    int v = (src.prefix.empty() ? 0 : 1) | (tgt.prefix.empty() ? 0 : 2);
    if (!variants[v]) variants[v].emplace(store.db(), direction_sql(v));
    return *variants[v];
  }
};

DyadStatements::DyadStatements(Store& store) : impl_(new Impl{store, {}}) {}
DyadStatements::~DyadStatements() = default;

std::vector<DyadPeriod> dyad_series(Store& store, const DyadQuery& q) { return DyadStatements(store).series(q); }

std::vector<DyadPeriod> DyadStatements::series(const DyadQuery& q) {
  ActorSel a = actor_sel(q.a), b = actor_sel(q.b);
  int32_t from = q.from.ok() ? q.from.days() : INT32_MIN, to = q.to.ok() ? q.to.days() : INT32_MAX;
  DayTallies ab, ba;
  direction(impl_->get(a, b), a, b, from, to, q.all_events, ab);
  bool same = a.entity == b.entity && a.prefix == b.prefix;
  if (!same) direction(impl_->get(b, a), b, a, from, to, q.all_events, ba);
  std::vector<DyadPeriod> out;
  if (ab.empty() && ba.empty() && !(q.from.ok() && q.to.ok())) return out;
  int32_t lo = INT32_MAX, hi = INT32_MIN;
  for (auto* m : {&ab, &ba})
    if (!m->empty()) {
      lo = std::min(lo, m->front().first);
      hi = std::max(hi, m->back().first);
    }
  Date first = q.from.ok() ? q.from : Date::from_days(lo);
  Date last = q.to.ok() ? q.to : Date::from_days(hi);
  if (last < first) return out;
  size_t periods = count_periods(q.by, first, last);
  if (periods > q.max_periods)
    throw Error(Errc::kUsage, fmt::format("{} {}s from {} to {}: more than {} periods; use a longer period or a "
                                          "shorter range",
                                          periods, period_name(q.by), first.iso(), last.iso(), q.max_periods));
  out.reserve(periods);
  for (Date s = period_start(q.by, first); s.ok() && s <= last; s = period_next(q.by, s)) {
    DyadPeriod p;
    p.start = s;
    p.label = period_label(q.by, s);
    out.push_back(std::move(p));
  }
  auto place = [&](const DayTallies& m, Tally DyadPeriod::*dir) {
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

namespace {

// The columns read_event() decodes, and the joins they come from.
constexpr const char* kEventSelect =
    "SELECT e.id, e.sentence, e.date, e.source, e.target, e.code, e.root, e.quad, e.goldstein, e.plover, e.mode, "
    "e.source_text, e.target_text, e.verb_text, e.source_begin, e.source_end, e.verb_begin, e.verb_end, "
    "e.target_begin, e.target_end, e.loc_name, e.loc_geonames, e.loc_admin1, e.loc_country, e.loc_lat, e.loc_lon, "
    "e.loc_how, e.pattern, e.attribution, s.text, d.doc_id, d.date, d.title, d.outlet, d.url, d.story, d.added, "
    "y.mentions, y.sources, y.articles "
    "FROM events e JOIN documents d ON d.id = e.doc "
    "LEFT JOIN sentences s ON s.doc = e.doc AND s.idx = e.sentence "
    "LEFT JOIN actors ys ON ys.code = e.source LEFT JOIN actors yt ON yt.code = e.target "
    "LEFT JOIN dyad_daily y ON y.src_entity = ys.entity AND y.tgt_entity = yt.entity AND y.date = e.date AND "
    "y.src = ys.id AND y.tgt = yt.id AND y.code = e.code ";

// Decodes one row of kEventSelect.
void read_event(const sql::Stmt& s, Document& doc, Event& e, EventExtras& x) {
  auto str = [&](int c) { return std::string(s.text(c)); };
  auto u32 = [&](int c) { return static_cast<uint32_t>(s.i64(c)); };
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
}

}  // namespace

// Steps a statement built on kEventSelect and hands each event to `out`.
static uint64_t emit_events(sql::Stmt& s, const ExportSink& out) {
  Document doc;
  Event e;
  EventExtras x;
  uint64_t n = 0;
  while (s.step()) {
    read_event(s, doc, e, x);
    out(doc, e, x);
    ++n;
  }
  return n;
}

uint64_t export_events(Store& store, const ExportFilter& f, const ExportSink& out) {
  std::string q = std::string(kEventSelect) + "WHERE 1";
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

  return emit_events(s, out);
}

StoreStats store_stats(Store& store, int top) {
  sql::Db& db = store.db();
  StoreStats st;
  st.schema_version = store.schema_version();
  st.documents = static_cast<uint64_t>(db.scalar("SELECT count(*) FROM documents"));
  st.sentences = static_cast<uint64_t>(db.scalar("SELECT coalesce(sum(sentences), 0) FROM documents"));
  st.events = static_cast<uint64_t>(db.scalar("SELECT count(*) FROM events"));
  st.stories = static_cast<uint64_t>(db.scalar("SELECT count(DISTINCT story) FROM documents"));
  st.clustered_documents = static_cast<uint64_t>(db.scalar("SELECT count(*) FROM documents WHERE story != id"));
  // One pass over dyad_daily in key order (entity pairs are runs of rows):
  // the row count, the date range, the events by entity pair and by code.
  std::vector<std::tuple<int64_t, int64_t, uint64_t>> pairs;
  std::map<std::string, uint64_t, std::less<>> codes;
  {
    sql::Stmt s(db, "SELECT src_entity, tgt_entity, date, code, mentions FROM dyad_daily ORDER BY src_entity, "
                    "tgt_entity");
    int64_t lo = 0, hi = 0;
    auto code_it = codes.end();  // the last row's code (rows of a pair often share it)
    while (s.step()) {
      int64_t se = s.i64(0), te = s.i64(1), date = s.i64(2), n = s.i64(4);
      std::string_view code = s.text(3);
      if (st.daily++ == 0) lo = hi = date;
      lo = std::min(lo, date);
      hi = std::max(hi, date);
      if (pairs.empty() || std::get<0>(pairs.back()) != se || std::get<1>(pairs.back()) != te)
        pairs.emplace_back(se, te, 0);
      std::get<2>(pairs.back()) += static_cast<uint64_t>(n);
      if (code_it == codes.end() || code != code_it->first) {
        code_it = codes.find(code);
        if (code_it == codes.end()) code_it = codes.emplace(std::string(code), 0).first;
      }
      code_it->second += static_cast<uint64_t>(n);
    }
    if (st.daily) {
      st.first = Date::from_days(static_cast<int32_t>(lo));
      st.last = Date::from_days(static_cast<int32_t>(hi));
    }
  }
  // Ordered by events, then by name (as SQL's ORDER BY n DESC, name); top < 0: all.
  auto tops = [&](std::vector<std::pair<std::string, uint64_t>>& v, std::vector<std::pair<std::string, uint64_t>>& out) {
    std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (top >= 0 && v.size() > static_cast<size_t>(top)) v.resize(static_cast<size_t>(top));
    out = std::move(v);
  };
  std::unordered_map<int64_t, std::string> names;
  {
    sql::Stmt a(db, "SELECT id, code FROM actors");
    while (a.step()) names.emplace(a.i64(0), std::string(a.text(1)));
  }
  std::vector<std::pair<std::string, uint64_t>> v;
  for (const auto& [se, te, n] : pairs) {
    auto a = names.find(se), b = names.find(te);
    if (a != names.end() && b != names.end()) v.emplace_back(a->second + "-" + b->second, n);
  }
  tops(v, st.top_dyads);
  v.assign(codes.begin(), codes.end());
  tops(v, st.top_codes);
  return st;
}

DateRange store_date_range(Store& store) {
  sql::Db& db = store.db();
  // The first row of the next entity pair (its first date): the next target
  // of the same source, else the next source (two seeks: SQLite seeks a row
  // value (src_entity, tgt_entity) > (?, ?) on src_entity only, then scans).
  // Then that pair's last row.
  sql::Stmt same(db, "SELECT src_entity, tgt_entity, date FROM dyad_daily WHERE src_entity = ?1 AND tgt_entity > ?2 "
                     "ORDER BY tgt_entity, date LIMIT 1");
  sql::Stmt next(db, "SELECT src_entity, tgt_entity, date FROM dyad_daily WHERE src_entity > ?1 "
                     "ORDER BY src_entity, tgt_entity, date LIMIT 1");
  sql::Stmt last(db, "SELECT date FROM dyad_daily WHERE src_entity = ?1 AND tgt_entity = ?2 ORDER BY date DESC "
                     "LIMIT 1");
  DateRange r;
  int64_t se = INT64_MIN, te = INT64_MIN, lo = 0, hi = 0;
  bool any = false;
  while (true) {
    sql::Stmt* found = &same;
    same.bind(1, se).bind(2, te);
    if (!same.step()) {
      same.reset();
      found = &next;
      next.bind(1, se);
      if (!next.step()) break;
    }
    se = found->i64(0);
    te = found->i64(1);
    int64_t first = found->i64(2);
    found->reset();
    last.bind(1, se).bind(2, te);
    if (!last.step()) throw Error(Errc::kInternal, "store_date_range: entity pair without a last row");
    int64_t end = last.i64(0);
    last.reset();
    lo = any ? std::min(lo, first) : first;
    hi = any ? std::max(hi, end) : end;
    any = true;
  }
  if (any) {
    r.first = Date::from_days(static_cast<int32_t>(lo));
    r.last = Date::from_days(static_cast<int32_t>(hi));
  }
  return r;
}

std::string dyad_json(const DyadQuery& q, const std::vector<DyadPeriod>& rows) {
  // Goldstein sums and means are rounded to 3 decimals: sums of one-decimal
  // scores otherwise print as 31.000000000000004.
  auto rounded = [](double v) { return std::round(v * 1000) / 1000; };
  std::string out;
  out.reserve(64 + rows.size() * 400);
  out += "{\"a\":";
  append_json_string(out, upper(q.a));
  out += ",\"b\":";
  append_json_string(out, upper(q.b));
  out += fmt::format(",\"by\":\"{}\",\"counting\":\"{}\",\"periods\":[", period_name(q.by),
                     q.all_events ? "all" : "one-a-day");
  for (size_t i = 0; i < rows.size(); ++i) {
    const auto& r = rows[i];
    fmt::format_to(std::back_inserter(out), "{}{{\"period\":\"{}\",\"start\":\"{:04}-{:02}-{:02}\"", i ? "," : "",
                   r.label, int{r.start.year}, int{r.start.month}, int{r.start.day});
    for (auto [name, t] : {std::pair{"ab", &r.ab}, {"ba", &r.ba}, {"both", &r.both}}) {
      fmt::format_to(std::back_inserter(out), ",\"{}\":{{\"events\":{},\"quad\":[{},{},{},{}],\"goldstein_sum\":", name,
                     t->events, t->quad[1], t->quad[2], t->quad[3], t->quad[4]);
      append_json_number(out, rounded(t->goldstein_sum));
      out += ",\"goldstein_mean\":";
      if (t->events) append_json_number(out, rounded(t->goldstein_mean()));
      else out += "null";
      out += "}";
    }
    out += "}";
  }
  out += "]}";
  return out;
}

namespace {

// A query under construction: SQL text plus its bound values, in order.
struct Sql {
  std::string text;
  std::vector<std::variant<int64_t, std::string>> values;
  // Appends the next placeholder ("?3") and records the value it binds.
  std::string& param(std::variant<int64_t, std::string> v) {
    values.push_back(std::move(v));
    text += fmt::format("?{}", values.size());
    return text;
  }
  void bind(sql::Stmt& s) const {
    for (size_t i = 0; i < values.size(); ++i) {
      int k = static_cast<int>(i + 1);
      if (auto* n = std::get_if<int64_t>(&values[i])) s.bind(k, *n);
      else s.bind(k, std::get<std::string>(values[i]));
    }
  }
};

// `col` holds an actor code that `arg` selects as dyad_series reads actors:
// the code's entity is arg's entity, and it starts with arg when arg is a
// longer code. Both come down to "starts with arg" when the entity is a
// prefix of its codes (a country, or a six-letter IGO/NGO/IMG/MNC code), and
// to equality otherwise (an unusual short code).
void actor_cond(Sql& q, const char* col, std::string_view arg) {
  std::string up = upper(arg);
  std::string entity = actor_entity(up);
  std::string_view head = std::string_view(entity).substr(0, 3);
  bool org = head == "IGO" || head == "NGO" || head == "IMG" || head == "MNC";
  bool prefix = (entity.size() == 3 && !org) || (entity.size() == 6 && org);
  if (prefix) {
    q.text += fmt::format("substr({}, 1, ", col);
    q.param(static_cast<int64_t>(up.size()));
    q.text += ") = ";
    q.param(up);
  } else {
    q.text += fmt::format("{} = ", col);
    q.param(up);
  }
}

void event_where(Sql& q, const EventQuery& f) {
  q.text += "WHERE 1";
  auto pair = [&](std::string_view src, std::string_view tgt) {
    q.text += "(";
    if (!src.empty()) actor_cond(q, "e.source", src);
    if (!src.empty() && !tgt.empty()) q.text += " AND ";
    if (!tgt.empty()) actor_cond(q, "e.target", tgt);
    q.text += ")";
  };
  if (!f.a.empty() || !f.b.empty()) {
    q.text += " AND (";
    if (f.directed) {
      pair(f.a, f.b);
    } else if (!f.a.empty() && !f.b.empty()) {
      pair(f.a, f.b);
      q.text += " OR ";
      pair(f.b, f.a);
    } else {
      std::string_view one = f.a.empty() ? f.b : f.a;
      pair(one, {});
      q.text += " OR ";
      pair({}, one);
    }
    q.text += ")";
  }
  if (f.from.ok()) {
    q.text += " AND e.date >= ";
    q.param(int64_t{f.from.days()});
  }
  if (f.to.ok()) {
    q.text += " AND e.date <= ";
    q.param(int64_t{f.to.days()});
  }
  if (!f.code.empty()) {
    q.text += " AND substr(e.code, 1, ";
    q.param(static_cast<int64_t>(f.code.size()));
    q.text += ") = ";
    q.param(f.code);
  }
  if (!f.root.empty()) {
    q.text += " AND e.root = ";
    q.param(f.root);
  }
  if (f.quad) {
    q.text += " AND e.quad = ";
    q.param(int64_t{f.quad});
  }
  // A document's events are the ids first_event .. first_event + events - 1
  // (schema version 4 has no index on events.doc): the range is the lookup.
  if (!f.doc_id.empty()) {
    q.text += " AND d.doc_id = ";
    q.param(f.doc_id);
  }
  if (f.doc_row) {
    q.text += " AND d.id = ";
    q.param(f.doc_row);
  }
  if (!f.doc_id.empty() || f.doc_row) q.text += " AND e.id BETWEEN d.first_event AND d.first_event + d.events - 1";
}

}  // namespace

uint64_t find_events(Store& store, const EventQuery& f, const ExportSink& out) {
  Sql q;
  q.text = kEventSelect;
  event_where(q, f);
  q.text += " ORDER BY e.date, e.id";
  if (f.limit || f.offset) {
    q.text += " LIMIT ";
    q.param(f.limit ? static_cast<int64_t>(std::min<uint64_t>(f.limit, INT64_MAX)) : int64_t{-1});
    q.text += " OFFSET ";
    q.param(static_cast<int64_t>(std::min<uint64_t>(f.offset, INT64_MAX)));
  }
  sql::Stmt s(store.db(), q.text);
  q.bind(s);
  return emit_events(s, out);
}

uint64_t count_events(Store& store, const EventQuery& f) {
  Sql q;
  q.text = "SELECT count(*) FROM events e JOIN documents d ON d.id = e.doc ";
  event_where(q, f);
  sql::Stmt s(store.db(), q.text);
  q.bind(s);
  return s.step() ? static_cast<uint64_t>(s.i64(0)) : 0;
}

bool find_document(Store& store, std::string_view doc_id, StoredDocument& out) {
  sql::Stmt s(store.db(),
              "SELECT id, doc_id, date, title, outlet, url, text FROM documents WHERE doc_id = ?1 "
              "ORDER BY id DESC LIMIT 1");
  s.bind(1, doc_id);
  if (!s.step()) return false;
  out.row = s.i64(0);
  out.doc = Document{};
  out.doc.id = std::string(s.text(1));
  out.doc.date = s.null(2) ? Date{} : Date::from_days(static_cast<int32_t>(s.i64(2)));
  out.doc.title = std::string(s.text(3));
  out.doc.source = std::string(s.text(4));
  out.doc.url = std::string(s.text(5));
  out.has_text = !s.null(6);
  out.doc.text = std::string(s.text(6));
  return true;
}

std::vector<DyadCount> top_dyads(Store& store, size_t limit) {
  sql::Stmt s(store.db(),
              "SELECT min(se.code, te.code) a, max(se.code, te.code) b, sum(g.n) n FROM (SELECT src_entity, "
              "tgt_entity, sum(mentions) n FROM dyad_daily WHERE src_entity != tgt_entity GROUP BY src_entity, "
              "tgt_entity) g JOIN actors se ON se.id = g.src_entity JOIN actors te ON te.id = g.tgt_entity "
              "WHERE length(se.code) >= 3 AND length(te.code) >= 3 GROUP BY a, b ORDER BY n DESC, a, b LIMIT ?1");
  s.bind(1, static_cast<int64_t>(std::min<size_t>(limit, INT64_MAX)));
  std::vector<DyadCount> out;
  while (s.step())
    out.push_back({std::string(s.text(0)), std::string(s.text(1)), static_cast<uint64_t>(s.i64(2))});
  return out;
}

std::vector<EntityCount> entity_counts(Store& store) {
  // An event counts once for each entity it involves (once for a self-pair).
  sql::Stmt s(store.db(),
              "SELECT a.code x, sum(g.n) t FROM ("
              "SELECT src_entity x, sum(mentions) n FROM dyad_daily GROUP BY src_entity UNION ALL "
              "SELECT tgt_entity x, sum(mentions) n FROM dyad_daily WHERE tgt_entity != src_entity "
              "GROUP BY tgt_entity) g JOIN actors a ON a.id = g.x WHERE length(a.code) >= 3 GROUP BY a.code "
              "ORDER BY t DESC, x");
  std::vector<EntityCount> out;
  while (s.step()) out.push_back({std::string(s.text(0)), static_cast<uint64_t>(s.i64(1))});
  return out;
}

}  // namespace detente
