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
// document in the transaction (nearly all of them) is written as that
// document's upsert would write it: sixteen keys per plain INSERT OR IGNORE
// (no statement journal), and, if some of the sixteen were already stored,
// the one-row upsert for each, guarded so that it only adds to the rows
// stored before (see flush()); a key with several documents is inserted,
// or, if already stored, read and updated with the documents' sums added
// one by one.
//
// Keys are integers (actor ids, date, an interned code) in a flat
// open-addressing table: the actor ids are resolved as each event is added,
// from ActorIds' cache, which lives as long as the Store (cleared only when
// a transaction is rolled back, since that undoes the `actors` rows it
// added).
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

uint64_t DailyBatch::hash(const Key& k) {
  uint64_t h = static_cast<uint64_t>(k.src) * 0x9e3779b97f4a7c15ull;
  h ^= static_cast<uint64_t>(k.tgt) * 0xc2b2ae3d27d4eb4full;
  h ^= ((static_cast<uint64_t>(static_cast<uint32_t>(k.date)) << 32) | k.code) * 0x165667b19e3779f9ull;
  return h ^ (h >> 29);
}

void DailyBatch::grow() {
  size_t cap = slots_.empty() ? 4096 : slots_.size() * 2;
  slots_.assign(cap, 0);
  size_t mask = cap - 1;
  for (uint32_t i = 0; i < rows_.size(); ++i) {
    size_t at = hash(rows_[i].key) & mask;
    while (slots_[at]) at = (at + 1) & mask;
    slots_[at] = i + 1;
  }
}

DailyBatch::Row& DailyBatch::row(const Key& k) {
  if ((rows_.size() + 1) * 2 > slots_.size()) grow();
  size_t mask = slots_.size() - 1;
  for (size_t at = hash(k) & mask;; at = (at + 1) & mask) {
    uint32_t i = slots_[at];
    if (i == 0) {
      slots_[at] = static_cast<uint32_t>(rows_.size() + 1);
      rows_.emplace_back().key = k;
      return rows_.back();
    }
    if (rows_[i - 1].key == k) return rows_[i - 1];
  }
}

uint32_t DailyBatch::code_index(std::string_view code) {
  auto it = code_index_.find(code);
  if (it != code_index_.end()) return it->second;
  uint32_t i = static_cast<uint32_t>(codes_.size());
  codes_.emplace_back(code);
  code_index_.emplace(std::string(code), i);
  return i;
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
std::string upsert_sql(int rows, const char* verb = "INSERT") {
  std::string q = verb + std::string(kDailyColumns + 6);
  for (int r = 0; r < rows; ++r) {
    q += r ? ",(" : "(";
    // articles and sources are 1 (one document, one outlet): literals, not parameters.
    for (int c = 1; c <= kUpsertParams; ++c)
      q += fmt::format("{}?{}", c == 1 ? "" : c == 12 ? ",1,1," : ",", r * kUpsertParams + c);
    q += ")";
  }
  if (std::string_view(verb) != "INSERT") return q;
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
      upsert_(db, upsert_sql(1)),
      insert_new_(db, upsert_sql(kUpsertRows, "INSERT OR IGNORE")),
      upsert_old_(db, upsert_sql(1) + " WHERE first_event != excluded.first_event"),
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
  // A document's events often repeat their actors: the previous ids are
  // reused when the code is the same.
  std::string_view last_source, last_target;
  ActorIds::Ids s{}, t{};
  bool first = true;
  for (const Event& e : events) {
    if (first || e.source != last_source) s = actors_.get(last_source = e.source);
    if (first || e.target != last_target) t = actors_.get(last_target = e.target);
    first = false;
    Row& r = row(Key{s.id, t.id, e.date, code_index(e.code)});
    if (r.mentions++ == 0) {
      r.src_entity = s.entity;
      r.tgt_entity = t.entity;
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
  // The rows in primary-key order: neighbouring keys share B-tree pages.
  std::vector<uint32_t> order(rows_.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t i, uint32_t j) {
    const Row& a = rows_[i];
    const Row& b = rows_[j];
    if (a.src_entity != b.src_entity) return a.src_entity < b.src_entity;
    if (a.tgt_entity != b.tgt_entity) return a.tgt_entity < b.tgt_entity;
    if (a.key.date != b.key.date) return a.key.date < b.key.date;
    if (a.key.src != b.key.src) return a.key.src < b.key.src;
    if (a.key.tgt != b.key.tgt) return a.key.tgt < b.key.tgt;
    return codes_[a.key.code] < codes_[b.key.code];
  });
  // Keys of one document go kUpsertRows at a time; `pending` holds them
  // until a statement is full (their bound text lives in rows_ and
  // outlet_names_ until the statement has run).
  const Row* pending[kUpsertRows];
  int npending = 0;
  auto bind_one = [&](sql::Stmt& s, int row, const Row& r) {
    int b = row * kUpsertParams;
    s.bind(b + 1, r.src_entity).bind(b + 2, r.tgt_entity).bind(b + 3, r.key.date).bind(b + 4, r.key.src);
    s.bind(b + 5, r.key.tgt).bind(b + 6, codes_[r.key.code]);
    s.bind(b + 7, r.quad).bind(b + 8, r.goldstein).bind(b + 9, r.first_event);
    s.bind(b + 10, static_cast<int64_t>(r.mentions)).bind(b + 11, 0.0 + r.first_sum);
    s.bind(b + 12, outlet_names_[r.first_outlet]);
  };
  auto run_pending = [&] {
    sql::Stmt& s = upsert_;
    if (npending == kUpsertRows) {
      // Most keys are new: a plain insert, which (unlike the upsert) needs
      // no statement journal. If some keys were already stored, the
      // upsert adds to those rows (not to the rows just inserted, which
      // carry this transaction's first_event; stored rows have an older one).
      for (int i = 0; i < npending; ++i) bind_one(insert_new_, i, *pending[i]);
      insert_new_.rerun();  // every parameter is bound each time
      if (db_.changes() != npending)
        for (int i = 0; i < npending; ++i) {
          bind_one(upsert_old_, 0, *pending[i]);
          upsert_old_.rerun();
        }
    } else {
      for (int i = 0; i < npending; ++i) {
        bind_one(s, 0, *pending[i]);
        s.rerun();
      }
    }
    npending = 0;
  };
  std::string outlets;
  for (uint32_t i : order) {
    const Row& r = rows_[i];
    if (r.articles == 1) {
      pending[npending++] = &r;
      if (npending == kUpsertRows) run_pending();
      continue;
    }
    const std::string& code = codes_[r.key.code];
    double gsum = 0;
    r.each_sum([&](double d) { gsum += d; });
    outlets.clear();
    outlets.push_back('\x1f');
    r.each_outlet([&](uint32_t o) { outlets.append(outlet_names_[o], 1, std::string::npos); });
    insert_.bind(1, r.src_entity).bind(2, r.tgt_entity).bind(3, r.key.date).bind(4, r.key.src);
    insert_.bind(5, r.key.tgt).bind(6, code);
    insert_.bind(7, r.quad).bind(8, r.goldstein).bind(9, r.first_event).bind(10, static_cast<int64_t>(r.mentions));
    insert_.bind(11, gsum).bind(12, static_cast<int64_t>(r.articles));
    insert_.bind(13, static_cast<int64_t>(r.outlet_count)).bind(14, outlets);
    insert_.rerun();  // every parameter is bound each time
    if (db_.changes() > 0) continue;
    // The key is already stored: add to it, document by document.
    find_.bind(1, r.src_entity).bind(2, r.tgt_entity).bind(3, r.key.date).bind(4, r.key.src);
    find_.bind(5, r.key.tgt).bind(6, code);
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
    update_.bind(1, r.src_entity).bind(2, r.tgt_entity).bind(3, r.key.date).bind(4, r.key.src);
    update_.bind(5, r.key.tgt).bind(6, code);
    update_.bind(7, mentions).bind(8, sum).bind(9, articles).bind(10, sources).bind(11, merged);
    update_.rerun();
  }
  if (npending) run_pending();
  reset();
}

void DailyBatch::reset() {
  rows_.clear();
  std::fill(slots_.begin(), slots_.end(), 0);
  outlet_names_.clear();
  outlet_index_.clear();
}

void DailyBatch::clear() {
  reset();
  actors_.clear();  // the rolled-back transaction may have added some
}

}  // namespace detente::store_internal
