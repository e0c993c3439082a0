// The `daily` table's changes of one transaction, aggregated in memory (see
// DailyBatch in store/internal.h).
//
// What one upsert per (document, key) used to write, and this reproduces:
// mentions += the document's events with the key; articles += 1; the
// document's outlet appended to `outlets` (and sources += 1) if it is not
// there yet; gsum += the document's Goldstein sum for the key (summed in
// event order); a new row takes first_event, quad and goldstein from the
// first event. Floating-point sums are added document by document in the
// same order, so the stored values are bit for bit the same.
//
// At commit the keys are written in primary-key order. A key with one
// document in the transaction (nearly all of them) is written by that
// document's upsert, sixteen keys per statement (schema 5); a key with
// several documents is inserted, or, if already stored, read and updated
// with the documents' sums added one by one.
#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>
#include <tuple>

#include "store/internal.h"
#include "store/store.h"

namespace detente::store_internal {

std::string outlet_key(std::string_view outlet) {
  std::string k(1, '\x1f');
  for (char c : outlet)
    if (c != '\x1f') k.push_back(c);
  k.push_back('\x1f');
  return k;
}

size_t DailyBatch::KeyHash::operator()(const Key& k) const {
  size_t h = std::hash<std::string_view>()(k.source);
  h = h * 31 + std::hash<std::string_view>()(k.target);
  h = h * 31 + std::hash<std::string_view>()(k.code);
  return h * 1000003 + static_cast<size_t>(static_cast<uint32_t>(k.date));
}

namespace {

constexpr const char* kDailyColumns =
    "INSERT INTO dyad_daily(src_entity, tgt_entity, date, src, tgt, code, quad, goldstein, first_event, mentions, "
    "gsum, articles, sources, outlets) VALUES";
constexpr int kUpsertParams = 12;  // per row: the 14 columns but articles and sources

// One document's rows: what one upsert per document wrote (schema version
// 2's statement), `rows` rows per statement. On a stored key, the SET
// expressions read the stored row: mentions and articles add up, the
// document's Goldstein sum is added to the stored sum (one addition, as
// before), and its outlet is appended (and counted) unless already there.
std::string upsert_sql(int rows) {
  std::string q = kDailyColumns;
  for (int r = 0; r < rows; ++r) {
    q += r ? ",(" : "(";
    // articles and sources are 1 (one document, one outlet): literals, not parameters.
    for (int c = 1; c <= kUpsertParams; ++c)
      q += fmt::format("{}?{}", c == 1 ? "" : c == 12 ? ",1,1," : ",", r * kUpsertParams + c);
    q += ")";
  }
  q += " ON CONFLICT DO UPDATE SET mentions = mentions + excluded.mentions, gsum = gsum + excluded.gsum, "
       "articles = articles + excluded.articles, sources = sources + (instr(outlets, excluded.outlets) = 0), "
       "outlets = CASE WHEN instr(outlets, excluded.outlets) = 0 THEN outlets || substr(excluded.outlets, 2) "
       "ELSE outlets END";
  return q;
}

}  // namespace

DailyBatch::DailyBatch(sql::Db& db)
    : db_(db),
      actors_(db),
      upsert_{sql::Stmt(db, upsert_sql(1)), sql::Stmt(db, upsert_sql(kUpsertRows))},
      insert_(db,
              "INSERT INTO dyad_daily(src_entity, tgt_entity, date, src, tgt, code, quad, goldstein, first_event, "
              "mentions, gsum, articles, sources, outlets) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
              "?13, ?14) ON CONFLICT DO NOTHING"),
      find_(db,
            "SELECT mentions, gsum, articles, sources, outlets FROM dyad_daily WHERE src_entity = ?1 AND "
            "tgt_entity = ?2 AND date = ?3 AND src = ?4 AND tgt = ?5 AND code = ?6"),
      update_(db,
              "UPDATE dyad_daily SET mentions = ?7, gsum = ?8, articles = ?9, sources = ?10, outlets = ?11 WHERE "
              "src_entity = ?1 AND tgt_entity = ?2 AND date = ?3 AND src = ?4 AND tgt = ?5 AND code = ?6") {}

void DailyBatch::add_document(std::string_view outlet, const std::vector<Event>& events) {
  if (events.empty()) return;
  ++doc_seq_;
  std::string ok = outlet_key(outlet);
  auto [oi, fresh] = outlet_index_.try_emplace(ok, static_cast<uint32_t>(outlet_names_.size()));
  if (fresh) outlet_names_.push_back(ok);
  uint32_t o = oi->second;
  for (const Event& e : events) {
    probe_.date = e.date;
    probe_.source.assign(e.source);
    probe_.target.assign(e.target);
    probe_.code.assign(e.code);
    auto it = rows_.find(probe_);
    if (it == rows_.end()) it = rows_.emplace(probe_, Row{}).first;
    Row& r = it->second;
    if (r.mentions++ == 0) {
      r.first_event = e.id;
      r.quad = e.quad;
      r.goldstein = e.goldstein;
    }
    if (r.last_doc != doc_seq_) {  // the document's first event with this key
      r.last_doc = doc_seq_;
      if (r.articles++ > 0) r.more_sums.push_back(0.0);
      if (!r.has_outlet(o)) {
        if (r.outlet_count++ == 0) r.first_outlet = o;
        else r.more_outlets.push_back(o);
      }
    }
    r.doc_sum() += e.goldstein;
  }
}

void DailyBatch::flush() {
  // Actor ids first (new codes are added to `actors`), then the rows in
  // primary-key order: neighbouring keys share B-tree pages.
  actors_.clear();  // a cache per transaction: a rolled-back one forgets its ids
  struct Out {
    int64_t se, te;
    int32_t date;
    int64_t s, t;
    const std::pair<const Key, Row>* kv;
  };
  std::vector<Out> order;
  order.reserve(rows_.size());
  for (const auto& kv : rows_) {
    auto s = actors_.get(kv.first.source), t = actors_.get(kv.first.target);
    order.push_back({s.entity, t.entity, kv.first.date, s.id, t.id, &kv});
  }
  std::sort(order.begin(), order.end(), [](const Out& a, const Out& b) {
    return std::tie(a.se, a.te, a.date, a.s, a.t, a.kv->first.code) <
           std::tie(b.se, b.te, b.date, b.s, b.t, b.kv->first.code);
  });
  // Keys of one document go kUpsertRows at a time; `pending` holds them
  // until a statement is full (their bound text lives in rows_ and
  // outlet_names_ until the statement has run).
  const Out* pending[kUpsertRows];
  int npending = 0;
  auto bind_one = [&](sql::Stmt& s, int row, const Out& x) {
    const Key& k = x.kv->first;
    const Row& r = x.kv->second;
    int b = row * kUpsertParams;
    s.bind(b + 1, x.se).bind(b + 2, x.te).bind(b + 3, k.date).bind(b + 4, x.s).bind(b + 5, x.t).bind(b + 6, k.code);
    s.bind(b + 7, r.quad).bind(b + 8, r.goldstein).bind(b + 9, r.first_event);
    s.bind(b + 10, static_cast<int64_t>(r.mentions)).bind(b + 11, 0.0 + r.first_sum);
    s.bind(b + 12, outlet_names_[r.first_outlet]);
  };
  auto run_pending = [&] {
    sql::Stmt& s = upsert_[npending == kUpsertRows ? 1 : 0];
    if (npending == kUpsertRows) {
      for (int i = 0; i < npending; ++i) bind_one(s, i, *pending[i]);
      s.rerun();  // every parameter is bound each time
    } else {
      for (int i = 0; i < npending; ++i) {
        bind_one(s, 0, *pending[i]);
        s.rerun();
      }
    }
    npending = 0;
  };
  std::string outlets;
  for (const Out& x : order) {
    const Key& k = x.kv->first;
    const Row& r = x.kv->second;
    if (r.articles == 1) {
      pending[npending++] = &x;
      if (npending == kUpsertRows) run_pending();
      continue;
    }
    double gsum = 0;
    r.each_sum([&](double d) { gsum += d; });
    outlets.clear();
    outlets.push_back('\x1f');
    r.each_outlet([&](uint32_t o) { outlets.append(outlet_names_[o], 1, std::string::npos); });
    insert_.bind(1, x.se).bind(2, x.te).bind(3, k.date).bind(4, x.s).bind(5, x.t).bind(6, k.code);
    insert_.bind(7, r.quad).bind(8, r.goldstein).bind(9, r.first_event).bind(10, static_cast<int64_t>(r.mentions));
    insert_.bind(11, gsum).bind(12, static_cast<int64_t>(r.articles));
    insert_.bind(13, static_cast<int64_t>(r.outlet_count)).bind(14, outlets);
    insert_.rerun();  // every parameter is bound each time
    if (db_.changes() > 0) continue;
    // The key is already stored: add to it, document by document.
    find_.bind(1, x.se).bind(2, x.te).bind(3, k.date).bind(4, x.s).bind(5, x.t).bind(6, k.code);
    if (!find_.step()) throw std::logic_error("daily: conflicting row not found");
    int64_t mentions = find_.i64(0) + r.mentions;
    double sum = find_.dbl(1);
    int64_t articles = find_.i64(2) + r.articles;
    int64_t sources = find_.i64(3);
    std::string merged(find_.text(4));
    find_.reset();
    r.each_sum([&](double d) { sum += d; });
    r.each_outlet([&](uint32_t o) {
      const std::string& name = outlet_names_[o];
      if (merged.find(name) != std::string::npos) return;
      merged.append(name, 1, std::string::npos);
      ++sources;
    });
    update_.bind(1, x.se).bind(2, x.te).bind(3, k.date).bind(4, x.s).bind(5, x.t).bind(6, k.code);
    update_.bind(7, mentions).bind(8, sum).bind(9, articles).bind(10, sources).bind(11, merged);
    update_.rerun();
  }
  if (npending) run_pending();
  clear();
}

void DailyBatch::clear() {
  rows_.clear();
  actors_.clear();
  outlet_names_.clear();
  outlet_index_.clear();
}

}  // namespace detente::store_internal
